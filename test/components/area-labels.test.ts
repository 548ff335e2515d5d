/**
 * Labels never collide (issue 9 item 7): at the start view, in zh-CN and en, on a phone and a
 * desktop, the zone and core labels overlap neither each other nor any marker or cluster, and lie
 * inside the map ("Western Mountain Forest and Summer Retreat Zone" used to run off the left edge).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mountMap } from './mount-map';

afterEach(() => document.body.replaceChildren());

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('area labels', () => {
  for (const lang of ['zh-CN', 'en'])
    for (const width of [375, 1366])
      it(`at the start view (${lang}, ${width} px) no label meets another, a marker or the map's edge`, async () => {
        const el = await mountMap({ lang }, { width, height: 700 });
        const root = el.shadowRoot!;
        const map = root.querySelector('.leaflet-container')!.getBoundingClientRect();
        const labels = [...root.querySelectorAll<HTMLElement>('.lz-label > span')]
          .filter((s) => s.checkVisibility())
          .map((s) => ({ text: s.textContent!, box: s.getBoundingClientRect() }));
        const buttons = [...root.querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster')].map((b) =>
          b.getBoundingClientRect(),
        );
        expect(labels.length).toBeGreaterThanOrEqual(3); // giving way is for the few that cannot fit
        for (const { text, box } of labels) {
          expect(box.left, text).toBeGreaterThanOrEqual(map.left);
          expect(box.right, text).toBeLessThanOrEqual(map.right);
          expect(box.top, text).toBeGreaterThanOrEqual(map.top);
          expect(box.bottom, text).toBeLessThanOrEqual(map.bottom);
          for (const b of buttons) expect(overlaps(box, b), `${text} over a marker`).toBe(false);
        }
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++)
            expect(overlaps(labels[i].box, labels[j].box), `${labels[i].text} / ${labels[j].text}`).toBe(false);
      });
});
