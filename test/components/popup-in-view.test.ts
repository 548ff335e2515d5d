/**
 * Issue 9, items 1 and 2: every site's popup opens wholly inside the visible part of the map, clear of
 * the panel (card or sheet), the schematic note and the map's controls (zoom, attribution, scale), and
 * nothing covers its title or its close button.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { mountMap } from './mount-map';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) =>
  a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;
const fmt = (b: Box) => `[${[b.left, b.top, b.right, b.bottom].map(Math.round).join(', ')}]`;

/** The topmost element at `el`'s centre, looked up through the shadow roots from the map element down. */
function topmostAt(host: LiangzhouMap, el: Element): Element | null {
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  let root: ShadowRoot | null = host.shadowRoot;
  let hit: Element | null = null;
  while (root) {
    const next = root.elementFromPoint(x, y);
    if (!next || next === hit) break;
    hit = next;
    root = next.shadowRoot;
  }
  return hit;
}

/** What is wrong with the open popup of `id` now; empty when nothing is. */
function problems(el: LiangzhouMap, id: string): string[] {
  const root = el.shadowRoot!;
  const popup = root.querySelector<HTMLElement>('.leaflet-popup');
  const card = popup?.querySelector('lz-site-card');
  if (!popup || !card || card.site?.id !== id) return [`${id}: no popup for it`];
  const title = card.shadowRoot!.querySelector('h3');
  const close = card.shadowRoot!.querySelector('.close');
  if (!title || !close) return [`${id}: the card has not rendered`];
  const box = popup.getBoundingClientRect();
  const found: string[] = [];
  const map = el.getBoundingClientRect();
  if (!inside(box, map)) found.push(`${id}: popup ${fmt(box)} is not inside the map ${fmt(map)}`);
  for (const o of root.querySelectorAll('lz-panel, .note, .leaflet-control')) {
    const r = o.getBoundingClientRect();
    if (r.width && r.height && overlaps(box, r))
      found.push(`${id}: popup ${fmt(box)} meets ${o.localName}.${o.className} ${fmt(r)}`);
  }
  for (const part of [title, close]) {
    const top = topmostAt(el, part);
    if (!top || !(part === top || part.contains(top)))
      found.push(`${id}: ${part.localName} is covered by ${top?.localName}.${top?.className}`);
  }
  return found;
}

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
