import { afterEach, describe, expect, it } from 'vitest';
import { bindUrlState } from '../../src/embed/bind-url-state';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { mountMap } from '../components/mount-map';
import { popupCard } from '../embed/helpers';

const start = location.pathname;
let unbind: (() => void) | undefined;

function open(search: string): Promise<LiangzhouMap> {
  history.replaceState(null, '', `${start}${search}`);
  return mountMap({}, { height: 500, beforeConnect: (el) => (unbind = bindUrlState(el)) });
}

const popupTitle = async (el: LiangzhouMap) =>
  (await popupCard(el)).shadowRoot!.querySelector('[part="title"]')!.textContent;

/** The query parameter `name`, polled: the URL is written from a MutationObserver or an lz-view-change. */
const param = (name: string) => expect.poll(() => new URLSearchParams(location.search).get(name));

const popped = () => new Promise((r) => window.addEventListener('popstate', r, { once: true }));

afterEach(() => {
  unbind?.();
  document.body.replaceChildren();
  history.replaceState(null, '', start);
});

describe('URL state of the full page', () => {
  it('keeps the site filter: "only this zone" is one history entry, and back brings every site back', async () => {
    const el = await open('');
    const all = el.shownSiteIds;
    const entries = history.length;
    el.only('south');
    await param('layers').toBe('south,sites,-area:core,-area:east,-area:west,-area:north');
    expect(history.length).toBe(entries + 1);
    const south = el.shownSiteIds;
    expect(south.length).toBeLessThan(all.length);
    const p = popped();
    history.back();
    await p;
    await el.updateComplete;
    expect(el.shownSiteIds).toEqual(all);
    const q = popped();
    history.forward();
    await q;
    await el.updateComplete;
    expect(el.shownSiteIds).toEqual(south);
  });

  it('opens one site, in one language, with some layers, from a link', async () => {
    const el = await open('?site=tiantishan-grottoes&lang=en&layers=core,south,sites');
    expect(await popupTitle(el)).toBe('Tiantishan Grottoes');
    expect(el.shadowRoot!.querySelectorAll('path.lz-zone-east').length).toBe(0);
    expect(el.shadowRoot!.querySelectorAll('path.lz-zone-south').length).toBe(1);
  });

  it('records layer, site and language changes as history entries, and back/forward restore them', async () => {
    const el = await open('');
    expect(location.search).toBe('');
    el.setLayerVisible('east', false);
    await param('layers').toBe('core,axis,west,south,north,sites');
    el.showSite('baita-temple');
    await param('site').toBe('baita-temple');

    let p = popped();
    history.back();
    await p;
    await el.updateComplete;
    expect(el.hasAttribute('site')).toBe(false);
    expect(el.shadowRoot!.querySelectorAll('path.lz-zone-east').length).toBe(0);

    p = popped();
    history.back();
    await p;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('path.lz-zone-east').length).toBe(1);

    p = popped();
    history.forward();
    await p;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('path.lz-zone-east').length).toBe(0);
  });

  it('leaves a shared trip in the address for the trip reader', async () => {
    const el = await open('?trip=1*abc.leitai-han-tomb');
    el.setLayerVisible('east', false);
    await param('layers').toBe('core,axis,west,south,north,sites');
    expect(new URLSearchParams(location.search).get('trip')).toBe('1*abc.leitai-han-tomb');
  });

  it('keeps the view in the URL without adding history entries', async () => {
    const el = await open('');
    const length = history.length;
    el.fitTo('core');
    await param('center').toMatch(/^37\.9\d+,102\.6\d+$/);
    const q = new URLSearchParams(location.search);
    expect(Number(q.get('zoom'))).toBeGreaterThan(10);
    expect(history.length).toBe(length);
    // And a fresh page opened on that URL starts there.
    const url = location.search;
    unbind?.();
    document.body.replaceChildren();
    const again = await open(url);
    expect(again.center).toBe(q.get('center'));
  });
  it('keeps the search text as `q` while the visitor types, adding no history entry, and restores it from a link', async () => {
    const el = await open('?lang=en');
    const length = history.length;
    const list = el.shadowRoot!.querySelector('lz-site-list') as HTMLElement & { updateComplete: Promise<unknown> };
    await list.updateComplete;
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    for (const text of ['l', 'le', 'lei', 'leit', 'leitai']) {
      search.value = text;
      search.dispatchEvent(new Event('input'));
      await param('q').toBe(text);
    }
    await param('q').toBe('leitai');
    expect(el.getAttribute('query')).toBe('leitai');
    expect(history.length).toBe(length);
    const shown = el.shownSiteIds;
    expect(shown.length).toBeGreaterThan(0);

    // A layer change after it is one entry that keeps the text; Back returns to it, text and all.
    el.setLayerVisible('east', false);
    await param('layers').toBe('core,axis,west,south,north,sites');
    expect(history.length).toBe(length + 1);
    expect(new URLSearchParams(location.search).get('q')).toBe('leitai');
    const p = popped();
    history.back();
    await p;
    await el.updateComplete;
    expect(el.query).toBe('leitai');
    expect(el.isLayerVisible('east')).toBe(true);

    // Clearing the box takes `q` out of the address.
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await param('q').toBeNull();

    // A fresh page opened on a link with `q` shows the same sites, the text in its box.
    unbind?.();
    document.body.replaceChildren();
    const again = await open('?lang=en&q=leitai');
    await again.updateComplete;
    expect(again.query).toBe('leitai');
    expect(again.shownSiteIds).toEqual(shown);
    const box = again.shadowRoot!.querySelector('lz-site-list') as HTMLElement & { updateComplete: Promise<unknown> };
    await box.updateComplete;
    expect(box.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('leitai');
  });
});
