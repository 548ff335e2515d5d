import { afterEach, describe, expect, it } from 'vitest';
import '../../src/embed/index';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { builtInFiles } from '../../src/data/built-in-files';

const siteCount = JSON.parse(builtInFiles['sites.geojson']).features.length;

async function mount(attrs: Record<string, string> = {}): Promise<LiangzhouMap> {
  const el = document.createElement('liangzhou-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.height = '600px';
  el.style.width = '800px';
  const ready = new Promise<CustomEvent>((resolve) => el.addEventListener('lz-ready', resolve as EventListener, { once: true }));
  document.body.appendChild(el);
  const event = await ready;
  expect(event.detail.sites).toBe(siteCount);
  return el;
}

const shadow = (el: LiangzhouMap) => el.shadowRoot!;

afterEach(() => {
  document.body.replaceChildren();
});

describe('<liangzhou-map>', () => {
  it('renders its map inside its shadow root and nothing into the page', async () => {
    const el = await mount();
    expect(shadow(el).querySelector('.leaflet-container')).not.toBeNull();
    expect(document.querySelector('.leaflet-container')).toBeNull();
    // No widget CSS in the page: Leaflet's and ours live in the shadow root only.
    const pageCss = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
    expect(pageCss).not.toMatch(/leaflet|lz-/);
    expect(document.querySelectorAll('link[rel="stylesheet"]').length).toBe(0);
  });

  it('draws the four zones, the core, the axis and one marker per site', async () => {
    const el = await mount();
    const root = shadow(el);
    for (const id of ['east', 'west', 'south', 'north']) {
      expect(root.querySelectorAll(`path.lz-zone-${id}`).length, id).toBeGreaterThanOrEqual(1);
    }
    expect(root.querySelectorAll('path.lz-core').length).toBe(1);
    expect(root.querySelectorAll('path.lz-axis').length).toBe(1);
    const markers = root.querySelectorAll('.lz-site-marker');
    expect(markers.length).toBe(siteCount);
    expect(siteCount).toBeGreaterThanOrEqual(30);
    // Each zone is labelled with its name.
    const labels = [...root.querySelectorAll('.lz-label-zone')].map((l) => l.textContent);
    expect(labels).toContain('南部天梯山文化旅游区');
    expect(labels).toHaveLength(4);
    // Zones differ by colour and by pattern.
    const fills = new Set(['east', 'west', 'south', 'north'].map((id) => getComputedStyle(root.querySelector(`path.lz-zone-${id}`)!).fill));
    const dashes = new Set(['east', 'west', 'south', 'north'].map((id) => getComputedStyle(root.querySelector(`path.lz-zone-${id}`)!).strokeDasharray));
    expect(fills.size).toBe(4);
    expect(dashes.size).toBe(4);
  });

  it('gives every marker the site name as its accessible name and makes it keyboard-focusable', async () => {
    const el = await mount();
    const leitai = shadow(el).querySelector<HTMLElement>('[data-site-id="leitai-han-tomb"]')!;
    expect(leitai.getAttribute('aria-label')).toBe('雷台汉墓（雷台公园）');
    expect(leitai.getAttribute('role')).toBe('button');
    expect(leitai.tabIndex).toBe(0);
    for (const m of shadow(el).querySelectorAll('.lz-site-marker')) expect(m.getAttribute('aria-label')).toBeTruthy();
  });

  it('opens the popup of 雷台 on click, as DOM built from the data', async () => {
    const el = await mount();
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('lz-site-select', resolve as EventListener, { once: true }));
    shadow(el).querySelector<HTMLElement>('[data-site-id="leitai-han-tomb"]')!.click();
    expect((await selected).detail).toEqual({ id: 'leitai-han-tomb' });
    const card = shadow(el).querySelector('.leaflet-popup lz-site-card')!;
    expect(card).not.toBeNull();
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const text = card.shadowRoot!.textContent!;
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).toContain('雷台');
    expect(text).toContain('文物古迹'); // category
    expect(text).toContain('一核：凉州古城'); // area
    expect(text).toContain('位置为近似');
    expect(card.shadowRoot!.querySelector('.description')!.textContent!.length).toBeGreaterThan(20);
  });

  it('opens the 天梯山 popup through showSite, in English when lang="en"', async () => {
    const el = await mount({ lang: 'en' });
    expect(el.showSite('tiantishan-grottoes')).toBe(true);
    const card = shadow(el).querySelector('.leaflet-popup lz-site-card')!;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).toBe('Tiantishan Grottoes');
    expect(card.shadowRoot!.textContent).toContain('Southern Tiantishan Cultural Zone');
    expect(el.showSite('no-such-site')).toBe(false);
  });

  it('switches content language when lang changes', async () => {
    const el = await mount();
    el.lang = 'en';
    await el.updateComplete;
    const labels = [...shadow(el).querySelectorAll('.lz-label-zone')].map((l) => l.textContent);
    expect(labels).toContain('Northern Tengger Desert Ecology Zone');
    expect(shadow(el).querySelector('[data-site-id="leitai-han-tomb"]')!.getAttribute('aria-label')).toBe('Leitai Han Tomb (Leitai Park)');
    expect(shadow(el).querySelector('[part="note"]')!.textContent).toMatch(/schematic/);
  });

  it("applies Leaflet's CSS inside the shadow root", async () => {
    const el = await mount();
    const container = shadow(el).querySelector('.leaflet-container')!;
    expect(getComputedStyle(container).overflow).toBe('hidden');
    const pane = shadow(el).querySelector('.leaflet-map-pane')!;
    expect(getComputedStyle(pane).position).toBe('absolute');
    const zoom = shadow(el).querySelector('.leaflet-control-zoom')!;
    expect(getComputedStyle(zoom).borderRadius).not.toBe('0px');
  });

  it('cleans up its map when removed, and can be added again', async () => {
    const el = await mount();
    el.remove();
    expect(shadow(el).querySelector('.leaflet-pane')).toBeNull();
    const again = await mount();
    expect(shadow(again).querySelectorAll('.lz-site-marker').length).toBe(siteCount);
  });
});
