import { html } from 'lit';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import type { Lang, Site } from '../model/types';

/**
 * What an open popup shows when the site card's chunk could not be loaded (offline, a deploy that replaced the
 * files, a dropped connection): the site's name, that its details are missing, and a way to try again. Part of
 * the map's first-frame code, hence a few plain elements styled by the map (site-card-failed.styles.ts).
 */
export function siteCardFailed(site: Site, lang: Lang, retry: () => void, close: () => void) {
  // No lang attribute or label of its own: the map's reflected `lang` covers it, and the heading names it.
  return html`<div class="lz-card-failed">
    <h3>${localized(site.name, lang)}</h3>
    <p role="alert">${t(lang, 'popup.failed')}</p>
    <button type="button" @click=${retry}>${t(lang, 'popup.retry')}</button>
    <button type="button" @click=${close}>${t(lang, 'popup.close')}</button>
  </div>`;
}
