import { html, nothing } from 'lit';
import { t } from '../i18n/t';
import type { Lang } from '../model/types';

/** A printed page's approval-number line (审图号), as text; nothing when there is no number. */
export function reviewLine(lang: Lang, reviewNumber: string | undefined) {
  return reviewNumber
    ? html`<p class="meta review-number">${t(lang, 'baseMap.review', { numbers: reviewNumber })}</p>`
    : nothing;
}
