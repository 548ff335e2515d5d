/**
 * Search over 100,000 sites (issue 13 item 2): the index is built between frames right after the
 * sites arrive, never on a keystroke. While it is, a keystroke is still answered at once (the list
 * says, in its live region, that the search is being prepared); once it is, the list shows the
 * matches. That the build does not hold the main thread is shown by the frames the page draws while it
 * runs (a build in one task would let none through). Long tasks are not asserted: on this shared
 * machine the OS stretches a 5 ms slice past 50 ms (PerformanceObserver 'longtask' saw 51-132 ms
 * tasks with the load average at 15); the slices' durations are `npm run bench:search`'s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import '../../src/components/lz-site-list';
import type { LzSiteList } from '../../src/components/lz-site-list';
import type { Site } from '../../src/model/types';
import { siteIndexReady, whenSiteIndexReady } from '../../src/search/site-index';
import { root, waitFor } from '../embed/helpers';
import { site } from '../fixtures/site-feature';
import { mountMap } from './mount-map';

const urls: string[] = [];
afterEach(() => {
  document.body.replaceChildren();
  urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
});

const N = 100_000;
/** Made anew per test: an index is kept per sites array, and each test starts with none. */
const manySites = (): Site[] =>
  Array.from({ length: N }, (_, i) => site(`s${i}`, { name: { zh: `点${i}`, en: `Site ${i}` } }));

const status = (list: Element) => list.shadowRoot!.querySelector('[role="status"]')!;
const rowIds = (list: Element) =>
  [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.site')].map((b) => b.dataset.siteId);

function type(list: Element, text: string): void {
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

/** Frames drawn from now until `stop()`. */
function countFrames(): { stop: () => number } {
  let frames = 0;
  let on = true;
  const tick = () => {
    if (!on) return;
    frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop: () => {
      on = false;
      return frames;
    },
  };
}

/** The sites the list expects for "Site 4242": the exact name, the ten that start with it, the nine whose words both match. */
const SITE_4242 = [
  's4242',
  ...Array.from({ length: 10 }, (_, i) => `s4242${i}`),
  ...Array.from({ length: 9 }, (_, i) => `s${i + 1}4242`),
];

describe('search over 100,000 sites', () => {
  it('answers a keystroke while the index is built, says so, then lists the matches; frames go on meanwhile', async () => {
    const sites = manySites();
    const list = document.createElement('lz-site-list') as LzSiteList;
    list.sites = sites;
    list.lang = 'en';
    list.style.cssText = 'display:flex;flex-direction:column;height:500px;width:320px';
    document.body.appendChild(list);
    await list.updateComplete;
    await waitFor(() => rowIds(list).length > 0, 'the first rows');
    const frames = countFrames();
    expect(siteIndexReady(sites)).toBe(false);

    type(list, 'Site 4242');
    await list.updateComplete;
    // The keystroke is answered before the index is ready: the live region says the search is being prepared.
    expect(siteIndexReady(sites)).toBe(false);
    expect(status(list).getAttribute('aria-live')).toBe('polite');
    expect(status(list).textContent).toMatch(/Preparing search over 100,000 sites/);

    await whenSiteIndexReady(sites);
    // The page kept drawing while the index was built (100,000 sites take many slices).
    expect(frames.stop()).toBeGreaterThanOrEqual(10);
    await waitFor(() => rowIds(list)[0] === 's4242', 'the exact match first', 10_000);
    expect(status(list).textContent).toMatch(/20 sites/);
    expect(rowIds(list)).toEqual(SITE_4242);

    // The next keystrokes read the ready index: each answers in the same update (no waiting).
    type(list, 'Site 42421');
    await list.updateComplete;
    expect(rowIds(list)).toEqual(['s42421']);
    list.lang = 'zh-CN';
    type(list, '点4242');
    await list.updateComplete;
    expect(rowIds(list).slice(0, 11)).toEqual(SITE_4242.slice(0, 11));
  }, 120_000);

  it('a bureau file of 100,000 features: the list searches it, and the map shows what it finds', async () => {
    const parts: string[] = [];
    for (let i = 0; i < N; i++) {
      const lon = (102.2 + (i % 400) * 0.002).toFixed(4);
      const lat = (37.6 + Math.floor(i / 400) * 0.0025).toFixed(4);
      parts.push(
        `{"type":"Feature","id":"b${i}","properties":{"name":{"zh":"点${i}","en":"Bureau site ${i}"},` +
          `"pinyin":"dian${i}","category":"museum","themes":[],"zone":"core","description":{"zh":"测试","en":"Test"},` +
          `"precision":"approximate","source":"test"},"geometry":{"type":"Point","coordinates":[${lon},${lat}]}}`,
      );
    }
    const url = URL.createObjectURL(
      new Blob([`{"type":"FeatureCollection","features":[${parts.join(',')}]}`], { type: 'application/geo+json' }),
    );
    urls.push(url);
    // No markers drawn (what is measured elsewhere): the list and the filter model are what this is about.
    const el: LiangzhouMap = await mountMap({ layers: 'core', controls: 'list', lang: 'en', src: url });
    await waitFor(() => el.siteIds.length > N, 'the sites', 90_000);
    const list = await waitFor(() => root(el).querySelector<LzSiteList>('lz-site-list'), 'the list');
    type(list, 'Bureau site 4242');
    const expected = SITE_4242.map((id) => id.replace('s', 'b'));
    await waitFor(() => rowIds(list)[0] === 'b4242', 'the exact match first', 60_000);
    expect(status(list).textContent).toMatch(/20 sites/);
    expect(rowIds(list)).toEqual(expected);
    // The map's filter model answers from the same index: with the markers on, it shows the same sites.
    el.setAttribute('layers', 'core,sites');
    await waitFor(() => el.shownSiteIds.length === 20, 'the map to show the 20 sites', 10_000);
    expect(el.shownSiteIds).toEqual(expected);
  }, 180_000);
});
