import { afterEach, describe, expect, it } from 'vitest';
import '../../src/embed/index';
import { bindUrlState } from '../../src/embed/bind-url-state';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';

const start = location.pathname;
let unbind: (() => void) | undefined;

async function open(search: string): Promise<LiangzhouMap> {
  history.replaceState(null, '', `${start}${search}`);
  const el = document.createElement('liangzhou-map');
  el.style.height = '500px';
  unbind = bindUrlState(el);
  const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
  document.body.appendChild(el);
  await ready;
  return el;
}

const popupTitle = async (el: LiangzhouMap) => {
  const card = el.shadowRoot!.querySelector('.leaflet-popup lz-site-card') as
    (HTMLElement & { updateComplete: Promise<unknown> }) | null;
  if (!card) return null;
  await card.updateComplete;
  return card.shadowRoot!.querySelector('[part="title"]')!.textContent;
};

const popped = () => new Promise((r) => window.addEventListener('popstate', r, { once: true }));

afterEach(() => {
  unbind?.();
  document.body.replaceChildren();
  history.replaceState(null, '', start);
});

describe('URL state of the full page', () => {
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
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(new URLSearchParams(location.search).get('layers')).toBe('core,axis,west,south,north,sites');
    el.showSite('baita-temple');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(new URLSearchParams(location.search).get('site')).toBe('baita-temple');

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
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    const q = new URLSearchParams(location.search);
    expect(q.get('layers')).toBe('core,axis,west,south,north,sites');
    expect(q.get('trip')).toBe('1*abc.leitai-han-tomb');
  });

  it('keeps the view in the URL without adding history entries', async () => {
    const el = await open('');
    const length = history.length;
    el.fitTo('core');
    await new Promise((r) => setTimeout(r));
    const q = new URLSearchParams(location.search);
    expect(q.get('center')).toMatch(/^37\.9\d+,102\.6\d+$/);
    expect(Number(q.get('zoom'))).toBeGreaterThan(10);
    expect(history.length).toBe(length);
    // And a fresh page opened on that URL starts there.
    const url = location.search;
    unbind?.();
    document.body.replaceChildren();
    const again = await open(url);
    expect(again.center).toBe(q.get('center'));
  });
});
