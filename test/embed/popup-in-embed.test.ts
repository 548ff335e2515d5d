/**
 * Issue 9 item 1, the door the other popup tests do not use: embed.html's `site=` parameter, in an
 * iframe. The popup opens wholly inside the frame's map, clear of its panel, note and controls, and
 * its title and close button are the topmost elements where they are.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) =>
  a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;

/** The topmost element at `el`'s centre, through the shadow roots from `host` down (frame coordinates). */
function topmostAt(host: Element, el: Element): Element | null {
  const r = el.getBoundingClientRect();
  let root: ShadowRoot | null = host.shadowRoot;
  let hit: Element | null = null;
  while (root) {
    const next = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!next || next === hit) break;
    hit = next;
    root = next.shadowRoot;
  }
  return hit;
}

function problems(map: Element, id: string): string[] {
  const root = map.shadowRoot!;
  const popup = root.querySelector<HTMLElement>('.leaflet-popup');
  const card = popup?.querySelector('lz-site-card') as (Lit & { site?: { id: string } }) | null;
  if (!popup || !card || card.site?.id !== id) return ['no popup for it'];
  const title = card.shadowRoot!.querySelector('h3');
  const close = card.shadowRoot!.querySelector('.close');
  if (!title || !close) return ['the card has not rendered'];
  const box = popup.getBoundingClientRect();
  const found: string[] = [];
  if (!inside(box, map.getBoundingClientRect())) found.push('the popup is not inside the map');
  for (const o of root.querySelectorAll('lz-panel, .note, .leaflet-control')) {
    const r = o.getBoundingClientRect();
    if (r.width && r.height && overlaps(box, r)) found.push(`the popup meets ${o.localName}.${o.className}`);
  }
  for (const part of [title, close]) {
    const top = topmostAt(map, part);
    if (!top || !(part === top || part.contains(top))) found.push(`${part.localName} is covered by ${top?.localName}`);
  }
  return found;
}

beforeAll(async () => {
  await page.viewport(1400, 860);
});

afterEach(() => document.body.replaceChildren());

describe('embed.html?site= opens its popup wholly in view', () => {
  // 文庙 has the tallest kind of card (hours, tickets, links).
  const id = 'wuwei-confucian-temple';
  for (const [width, height] of [
    [800, 480],
    [375, 667],
  ]) {
    it(`in a ${width} × ${height} frame`, { timeout: 30_000 }, async () => {
      const iframe = document.createElement('iframe');
      iframe.title = 'Liangzhou map';
      iframe.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
      iframe.src = `/embed.html?site=${id}`;
      document.body.append(iframe);
      const map = await vi.waitFor(
        () => {
          const el = iframe.contentDocument?.querySelector('liangzhou-map');
          if (!el?.shadowRoot?.querySelector('.leaflet-popup')) throw new Error('no popup yet');
          return el;
        },
        { timeout: 20_000, interval: 50 },
      );
      await vi.waitFor(() => expect(problems(map, id)).toEqual([]), { timeout: 5000, interval: 20 });
    });
  }
});

describe('an overlay drawn after the popup opened', () => {
  it('moves the popup clear of a panel turned on while it is open', async () => {
    const { mountMap } = await import('../components/mount-map');
    const id = 'wuwei-confucian-temple';
    const map = await mountMap({ site: id, controls: 'none' }, { width: 800, height: 480 });
    await vi.waitFor(() => expect(problems(map, id)).toEqual([]), { timeout: 5000, interval: 20 });
    // The panel arrives: it must not cover the open popup.
    map.setAttribute('controls', 'layers,list,trip');
    await map.updateComplete;
    await vi.waitFor(() =>
      expect(map.shadowRoot!.querySelector('lz-panel')?.getBoundingClientRect().width).toBeGreaterThan(0),
    );
    await vi.waitFor(() => expect(problems(map, id)).toEqual([]), { timeout: 5000, interval: 20 });
  });
});
