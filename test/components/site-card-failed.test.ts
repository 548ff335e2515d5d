/**
 * The site card's chunk failing to load (popup-controller.ts): offline in the one-tag embed, a deploy that replaced
 * the files, a dropped connection. The popup shows the site's name, a message and "Try again" (site-card-failed.ts)
 * instead of an empty box, and a failed fetch is not kept: a retry or the next popup fetches again. The fetch is
 * import-site-card.ts, made to fail here (as site-marks-fallback.test.ts fails the clustering Worker's chunk); the
 * card itself is the real one once the fetch is let through.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/messages-en';
import { zhCN } from '../../src/i18n/messages';
import { axeViolations } from '../axe-violations';
import { siteFeature } from '../fixtures/site-feature';
import { lateCard } from './late-card';

const chunk = vi.hoisted(() => ({ fail: true, fetches: 0 }));
vi.mock('../../src/components/import-site-card', () => ({
  importSiteCard: async () => {
    chunk.fetches++;
    if (chunk.fail) throw new TypeError('Failed to fetch dynamically imported module');
    const actual = await vi.importActual<typeof import('../../src/components/import-site-card')>(
      '../../src/components/import-site-card',
    );
    return actual.importSiteCard();
  },
}));

const { mount, card: popupCard } = lateCard;
const HOSTILE = '<img src=x onerror="window.hacked=1">';
const fallback = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.leaflet-popup .lz-card-failed');
const buttons = (el: Element) => [...fallback(el)!.querySelectorAll('button')];

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('the site card, when its chunk cannot be loaded', () => {
  it('shows the site’s name as text and a message in the element’s language, closes, and the next popup fetches again', async () => {
    const el = await mount({ lang: 'en' });
    el.sites = {
      type: 'FeatureCollection',
      features: [siteFeature('hostile', { zh: `${HOSTILE}馆`, en: `${HOSTILE} Hall` })],
    };
    await el.updateComplete;
    expect(el.showSite('hostile')).toBe(true);
    await el.updateComplete; // covers the failed fetch and the stand-in's render
    expect(chunk.fetches).toBe(1);
    expect(customElements.get('lz-site-card')).toBeUndefined();
    expect(popupCard(el)).toBeNull();
    const box = fallback(el)!;
    expect(box.querySelector('h3')!.textContent).toBe(`${HOSTILE} Hall`);
    expect(box.querySelector('img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    expect(box.textContent).toContain(en['popup.failed']);
    expect(box.textContent).not.toContain(zhCN['popup.failed']);
    expect(buttons(el).map((b) => b.textContent!.trim())).toEqual([en['popup.retry'], en['popup.close']]);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('the site card could not be loaded'));

    // Its close button closes the popup.
    buttons(el)[1].click();
    await expect.poll(() => el.shadowRoot!.querySelector('.leaflet-popup')).toBeNull();
    expect(el.site).toBeUndefined();

    // Another popup fetches the chunk again (before, the failed promise was kept: every popup failed at once).
    expect(el.showSite('leitai-han-tomb')).toBe(true);
    await el.updateComplete;
    expect(chunk.fetches).toBe(2);
    expect(fallback(el)!.querySelector('h3')!.textContent).toBe('Leitai Han Tomb (Leitai Park)');

    // Escape closes it too.
    buttons(el)[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await expect.poll(() => el.shadowRoot!.querySelector('.leaflet-popup')).toBeNull();
    expect(el.site).toBeUndefined();
  });

  it('a popup opened from the keyboard puts focus on "Try again", which renders the real card once the chunk loads', async () => {
    chunk.fail = true;
    const el = await mount({});
    const fetches = chunk.fetches;
    const marker = el.shadowRoot!.querySelector<HTMLElement>('.lz-site-marker')!;
    marker.focus();
    marker.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', keyCode: 13, bubbles: true }));
    await el.updateComplete;
    expect(chunk.fetches).toBe(fetches + 1);
    const [retry] = buttons(el);
    expect(retry.textContent!.trim()).toBe(zhCN['popup.retry']);
    expect(fallback(el)!.textContent).toContain(zhCN['popup.failed']);
    await expect.poll(() => el.shadowRoot!.activeElement).toBe(retry);
    expect(await axeViolations(el, { resultTypes: ['violations'] })).toEqual([]);

    // Still failing: the stand-in stays, and so does focus.
    retry.click();
    await expect.poll(() => chunk.fetches).toBe(fetches + 2);
    await el.updateComplete;
    expect(buttons(el)[0]).toBe(retry);
    expect(el.shadowRoot!.activeElement).toBe(retry);

    // The connection is back: the real card replaces the stand-in, and focus moves into it.
    chunk.fail = false;
    retry.click();
    await expect.poll(() => popupCard(el)).not.toBeNull();
    const card = popupCard(el) as HTMLElement;
    expect(fallback(el)).toBeNull();
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).toBeTruthy();
    await expect.poll(() => el.shadowRoot!.activeElement).toBe(card);
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await expect.poll(() => el.shadowRoot!.activeElement).toBe(marker);
    expect(el.shadowRoot!.querySelector('.leaflet-popup')).toBeNull();
  });
});
