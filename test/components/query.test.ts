/**
 * The search text as part of the one filter, through the public surface: `query` set by a page gives
 * the same sites on the map, in the list and in the legend's count, and the visitor's typing is read
 * back from the attribute.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { inner, layout, markerIds, settle } from './filtered-map';
import { mountMap } from './mount-map';

/** Ids of the sites with a marker of their own, each framed by fitTo(id) (a cluster names none). Moves the map. */
function views(el: LiangzhouMap) {
  const list = inner(el, 'lz-site-list').shadowRoot!;
  return {
    box: list.querySelector<HTMLInputElement>('input[type=search]')!.value,
    listed: [...list.querySelectorAll<HTMLElement>('button.site')].map((b) => b.dataset.siteId!),
    legend: Number(inner(el, 'lz-layer-panel').shadowRoot!.querySelector<HTMLElement>('.shown')!.dataset.shown),
  };
}

afterEach(() => document.body.replaceChildren());

describe('`query`: the search text a page sets and reads', () => {
  it('set as an attribute, narrows the map, the list and the legend alike, and shows in the search box', async () => {
    const el = await mountMap({ query: '寺' });
    await settle(el);
    const { box, listed, legend } = views(el);
    expect(box).toBe('寺');
    // Every site the list finds has 寺 in its name: a narrowing, not everything and not nothing.
    const names = new Map(layout.sites.map((s) => [s.id, s.name.zh]));
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.length).toBeLessThan(layout.sites.length);
    for (const id of listed) expect(names.get(id)).toContain('寺');
    expect(el.shownSiteIds).toEqual(listed);
    expect(legend).toBe(listed.length);
    expect(markerIds(el).sort()).toEqual([...listed].sort());

    // Changed by the page, with the rest of the filter: the views follow, and clearing brings all back.
    el.query = 'leitai';
    el.only('theme:none');
    await settle(el);
    expect(views(el).listed).toEqual(el.shownSiteIds);
    el.removeAttribute('query');
    el.removeAttribute('layers');
    await settle(el);
    expect(el.query).toBe('');
    const all = views(el);
    expect(all.box).toBe('');
    expect([...all.listed].sort()).toEqual(layout.sites.map((s) => s.id).sort());
    expect(all.legend).toBe(layout.sites.length);
  });

  it('follows the visitor’s typing (reflected), and is kept one short, well-formed line', async () => {
    const el = await mountMap({ lang: 'en' });
    const search = inner(el, 'lz-site-list').shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'leitai';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(el.getAttribute('query')).toBe('leitai');
    expect(el.query).toBe('leitai');
    expect(el.shownSiteIds).toEqual(views(el).listed);
    expect(el.shownSiteIds.length).toBeGreaterThan(0);

    el.query = `a\nb${'塔'.repeat(300)}\uD800`;
    await settle(el);
    expect(el.query).toBe(`a b${'塔'.repeat(97)}`);
    expect(el.getAttribute('query')).toBe(el.query);
    expect(views(el).box).toBe(el.query);
  });
});
