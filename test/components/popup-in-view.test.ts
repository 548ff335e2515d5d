/**
 * Issue 9, items 1 and 2: every site's popup opens wholly inside the visible part of the map, clear of
 * the panel (card or sheet), the schematic note and the map's controls (zoom, attribution, scale), and
 * nothing covers its title or its close button.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { mountMap } from './mount-map';
import { popupProblems as problems } from './popup-problems';

async function expectInView(el: LiangzhouMap, id: string) {
  // The map pans to the popup once its card has rendered: wait for the popup to be wholly in view.
  await vi.waitFor(() => expect(problems(el, id)).toEqual([]), { timeout: 4000, interval: 20 });
}

beforeAll(async () => {
  // Room for the largest map: elementFromPoint answers only inside the viewport.
  await page.viewport(1400, 860);
});

afterEach(() => document.body.replaceChildren());

describe('every site’s popup opens wholly in view', () => {
  const sizes: Array<[string, number, number]> = [
    ['a phone, 375 × 667', 375, 667],
    ['a phone in landscape, 667 × 375', 667, 375],
    ['a desktop, 1366 × 800', 1366, 800],
    ['an embed 480 px high', 800, 480],
  ];
  for (const [name, width, height] of sizes) {
    it(`on ${name}`, { timeout: 120_000 }, async () => {
      const el = await mountMap({}, { width, height });
      for (const id of el.siteIds) {
        expect(el.showSite(id)).toBe(true);
        await expectInView(el, id);
      }
    });
  }
});

describe('however the popup is opened', () => {
  // 文庙 has a long card (hours, tickets, links): the tallest kind.
  const id = 'wuwei-confucian-temple';

  it('from a marker click on a phone, with the sheet open', async () => {
    const el = await mountMap({}, { width: 375, height: 667 });
    el.showSite(id);
    await expectInView(el, id);
    el.showSite('leitai-han-tomb');
    await expectInView(el, 'leitai-han-tomb');
    // The temple stands apart from its neighbours where fitTo frames it (closer in, they share a cluster).
    el.fitTo(id);
    // The visitor opens the sheet, then taps a marker: the sheet folds to its bar, clear of the popup.
    const panel = el.shadowRoot!.querySelector('lz-panel')!;
    panel.shadowRoot!.querySelector<HTMLElement>('#tab-list')!.click();
    await el.updateComplete;
    expect(panel.open).toBe(true);
    el.shadowRoot!.querySelector<HTMLElement>(`[data-site-id="${id}"]`)!.click();
    await expectInView(el, id);
  });

  it('from the site list', async () => {
    const el = await mountMap({}, { width: 1366, height: 800 });
    const panel = el.shadowRoot!.querySelector('lz-panel')!;
    panel.shadowRoot!.querySelector<HTMLElement>('#tab-list')!.click();
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('lz-site-list')!;
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLElement>(`[part~="item"][data-site-id="${id}"]`)!.click();
    await expectInView(el, id);
  });

  it('from the `site` attribute at start (as ?site= sets it), in a short embed', async () => {
    const el = await mountMap({ site: id }, { width: 640, height: 480 });
    await expectInView(el, id);
  });
});
