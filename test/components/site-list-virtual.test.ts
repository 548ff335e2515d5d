/**
 * lz-site-list over 100,000 sites (issue 13): virtualised, so only rows near the view are in the DOM,
 * each row saying its place in the whole list; the arrow keys, Home and End still reach every row.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/lz-site-list';
import { VIRTUAL_FROM, type LzSiteList } from '../../src/components/lz-site-list';
import type { Site } from '../../src/model/types';
import { whenSiteIndexReady } from '../../src/search/site-index';
import { waitFor } from '../embed/helpers';
import { site } from '../fixtures/site-feature';

afterEach(() => document.body.replaceChildren());

const N = 100_000;
const many: Site[] = Array.from({ length: N }, (_, i) => site(`s${i}`, { name: { zh: `点${i}`, en: `Site ${i}` } }));

async function mount(sites: readonly Site[]): Promise<LzSiteList> {
  const el = document.createElement('lz-site-list');
  el.sites = sites;
  el.lang = 'en';
  el.style.cssText = 'display:flex;flex-direction:column;height:500px;width:320px';
  document.body.appendChild(el);
  await el.updateComplete;
  return el;
}

const rows = (el: LzSiteList) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.site')];
const focused = (el: LzSiteList) => el.shadowRoot!.activeElement as HTMLButtonElement | null;
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('lz-site-list, virtualised', () => {
  it('draws only the rows near the view, each with its place in the whole list', async () => {
    const el = await mount(many);
    const first = await waitFor(() => rows(el)[0], 'the first row');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toMatch(/100,000 sites/);
    expect(rows(el).length).toBeGreaterThan(0);
    expect(rows(el).length).toBeLessThan(300);
    const li = first.closest('li')!;
    expect([li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')]).toEqual(['1', String(N)]);
    expect(first.dataset.siteId).toBe('s0');
  });

  it('reaches rows not yet drawn with End, Home and the arrows', async () => {
    const el = await mount(many);
    const first = await waitFor(() => rows(el)[0], 'the first row');
    first.focus();
    key(first, 'ArrowDown');
    await waitFor(() => focused(el)?.dataset.siteId === 's1', 'the second row focused');
    key(focused(el)!, 'End');
    const last = await waitFor(() => focused(el)?.dataset.siteId === `s${N - 1}` && focused(el), 'the last row');
    expect(last.closest('li')!.getAttribute('aria-posinset')).toBe(String(N));
    key(last, 'ArrowUp');
    await waitFor(() => focused(el)?.dataset.siteId === `s${N - 2}`, 'the row before the last');
    key(focused(el)!, 'Home');
    await waitFor(() => focused(el)?.dataset.siteId === 's0', 'the first row again');
  });

  it('searches all of them as the visitor types', async () => {
    const el = await mount(many);
    // Indexed between frames once the list has its sites (site-search-scale.test.ts types before that).
    await whenSiteIndexReady(many);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'Site 4242';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // The exact name first, then the ten that start with it ("Site 42420"...), then the nine whose
    // words both match ("Site 14242"...).
    await waitFor(() => rows(el)[0]?.dataset.siteId === 's4242', 'the exact match first');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toMatch(/20 sites/);
    expect(rows(el).map((b) => b.dataset.siteId)).toEqual([
      's4242',
      ...Array.from({ length: 10 }, (_, i) => `s4242${i}`),
      ...Array.from({ length: 9 }, (_, i) => `s${i + 1}4242`),
    ]);
    // Under VIRTUAL_FROM results: the whole list is drawn.
    expect(VIRTUAL_FROM).toBeGreaterThan(20);
  });
});
