/**
 * The widget among other things on a page: two instances stay independent, and page CSS leaves it
 * as it is. Page CSS reaches a shadow root only through inherited properties and through rules that
 * match the host element itself; these tests look at both, node by node.
 */
import { siteFeature } from '../fixtures/site-feature';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/embed/index';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { drawnAreas, marker, nextEvent, popupCard, root, sitesDrawn, ownMarker } from './helpers';
import { mountMap } from '../components/mount-map';

afterEach(() => {
  document.body.replaceChildren();
  for (const s of document.querySelectorAll('style[data-test-hostile]')) s.remove();
});

describe('two instances on one page', () => {
  it('keep their own layers, language, popups and events', async () => {
    const a = await mountMap({ lang: 'zh-CN' }, { width: 400, height: 400 });
    const b = await mountMap({ lang: 'en' }, { width: 400, height: 400 });
    const heardOnB: string[] = [];
    for (const t of ['lz-layer-toggle', 'lz-site-select', 'lz-view-change'])
      b.addEventListener(t, () => heardOnB.push(t));

    expect(a.setLayerVisible('south', false)).toBe(true);
    expect(drawnAreas(a).south).toBe(false);
    expect(drawnAreas(b).south).toBe(true);
    expect(b.isLayerVisible('south')).toBe(true);
    a.showSite('baita-temple');
    a.fitTo('core');
    expect(root(b).querySelector('.leaflet-popup')).toBeNull();
    expect(heardOnB).toEqual([]);

    // A hidden zone takes its label with it; the other map keeps both.
    // (By class: a label may shorten its text to make room, src/map/layout-layers.ts.)
    expect(root(a).querySelector('.lz-label-west')).not.toBeNull();
    expect(root(a).querySelector('.lz-label-south')).toBeNull();
    expect(root(b).querySelector('.lz-label-south')).not.toBeNull();
    expect((await popupCard(a)).shadowRoot!.querySelector('[part="title"]')!.textContent).toContain('白塔寺');

    await a.updateComplete;
    expect(a.getAttribute('layers')).not.toContain('south');
    expect(b.hasAttribute('layers')).toBe(false);
  });

  it('keep their own data, and one goes on working when the other is removed', async () => {
    const a = await mountMap();
    const b = await mountMap();
    a.sites = {
      type: 'FeatureCollection',
      features: [siteFeature('only-in-a', { zh: '甲', en: 'A' }, { category: 'park' })],
    };
    await a.updateComplete;
    expect(ownMarker(a, 'only-in-a')).not.toBeNull();
    expect(marker(b, 'only-in-a')).toBeNull();
    a.remove();
    const selected = nextEvent(b, 'lz-site-select');
    expect(b.showSite('haizang-temple')).toBe(true);
    expect((await selected).detail.id).toBe('haizang-temple');
    expect(sitesDrawn(b)).toBeGreaterThan(30);
  });
});

// ---------------------------------------------------------------------------------------------
// Page CSS

const PROPS = [
  'display',
  'box-sizing',
  'padding-top',
  'padding-left',
  'margin-top',
  'width',
  'height',
  'max-width',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'direction',
  'color',
  'fill',
  'stroke',
  'visibility',
  'cursor',
];

/** Computed styles of inner nodes: the map container, a marker and its glyph, a zone path, labels, popup title ... */
async function innerStyles(el: LiangzhouMap): Promise<Record<string, Record<string, string>>> {
  const r = root(el);
  const card = await popupCard(el);
  const nodes: Record<string, Element | null> = {
    'map container': r.querySelector('.leaflet-container'),
    marker: r.querySelector('.lz-site-marker'),
    'marker glyph': r.querySelector('.lz-site-marker svg'),
    'marker circle': r.querySelector('.lz-site-marker circle'),
    'zone path': r.querySelector('path.lz-zone-south'),
    'area renderer svg': r.querySelector('.leaflet-lz-zones-pane svg'),
    'zone label': r.querySelector('.lz-label-zone'),
    note: r.querySelector('[part="note"]'),
    'zoom button': r.querySelector('.leaflet-control-zoom-in'),
    popup: r.querySelector('.leaflet-popup-content-wrapper'),
    'popup title': card.shadowRoot!.querySelector('[part="title"]'),
    'popup description': card.shadowRoot!.querySelector('.description'),
  };
  const out: Record<string, Record<string, string>> = {};
  for (const [name, node] of Object.entries(nodes)) {
    expect(node, name).not.toBeNull();
    const cs = getComputedStyle(node!);
    out[name] = Object.fromEntries(PROPS.map((p) => [p, cs.getPropertyValue(p)]));
  }
  return out;
}

function differences(
  before: Record<string, Record<string, string>>,
  after: Record<string, Record<string, string>>,
): string[] {
  const diff: string[] = [];
  for (const node of Object.keys(before))
    for (const p of PROPS)
      if (before[node][p] !== after[node][p]) diff.push(`${node} ${p}: ${before[node][p]} -> ${after[node][p]}`);
  return diff;
}

function addPageCss(text: string): void {
  const style = document.createElement('style');
  style.dataset.testHostile = '';
  style.textContent = text;
  document.head.append(style);
}

/** The element inside a wrapper the hostile CSS also targets (inheritance starts there). */
async function mountWrapped(): Promise<LiangzhouMap> {
  const wrapper = document.createElement('div');
  wrapper.className = 'page-wrapper';
  document.body.append(wrapper);
  return mountMap({ site: 'leitai-han-tomb' }, { parent: wrapper });
}

const TYPE_SELECTORS = `
  img { max-width: 100%; height: auto; border: 3px solid red; }
  div { line-height: 3; padding: 4px; margin: 7px; }
  svg { display: none; }
  path { fill: red; stroke: blue; }
  circle { fill: lime; }
  p, h3, dl, dd { margin: 40px; font-size: 40px; color: red; }
  a { color: red; text-decoration: underline; }
  span { font-size: 40px; }
  article { display: none; }
  .leaflet-container, .leaflet-marker-icon, .lz-site-marker, .leaflet-popup-content { display: none !important; background: red !important; }
`;

const UNIVERSAL = `* { box-sizing: content-box; padding: 4px; }`;

const INHERITED = `
  .page-wrapper {
    letter-spacing: 3px; word-spacing: 10px; text-transform: uppercase; font-style: italic; font-weight: 900;
    font-variant-caps: small-caps; text-align: right; text-indent: 20px; text-shadow: 1px 1px red;
    white-space: pre; direction: rtl; cursor: wait;
    font-family: serif; font-size: 30px; line-height: 5; color: red;
  }
`;

describe('hostile page CSS', () => {
  it('type and class selectors (img, div, svg, path, p, .leaflet-container ...) do not cross the shadow boundary', async () => {
    const el = await mountWrapped();
    const before = await innerStyles(el);
    addPageCss(TYPE_SELECTORS);
    expect(differences(before, await innerStyles(el))).toEqual([]);
  });

  it('a universal `* {box-sizing: content-box; padding: 4px}` leaves the inner nodes unchanged', async () => {
    const el = await mountWrapped();
    const before = await innerStyles(el);
    addPageCss(UNIVERSAL);
    expect(differences(before, await innerStyles(el))).toEqual([]);
  });

  it('text properties inherited from the page (font, size, line height, colour, spacing ...) leave the widget unchanged', async () => {
    const el = await mountWrapped();
    const before = await innerStyles(el);
    addPageCss(INHERITED);
    expect(differences(before, await innerStyles(el))).toEqual([]);
  });

  it('adds no CSS to the page and uses none of it', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const el = await mountMap();
    expect(document.styleSheets.length).toBe(sheets);
    expect(document.adoptedStyleSheets.length).toBe(adopted);
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('style, link').length).toBe(0);
  });
});

describe('theming from the page', () => {
  it('takes zone, core and accent colours set on the element, and styles exported parts', async () => {
    const el = await mountMap({ site: 'leitai-han-tomb' });
    el.style.setProperty('--lz-zone-south', 'rgb(1, 2, 3)');
    el.style.setProperty('--lz-core', 'rgb(4, 5, 6)');
    el.style.setProperty('--lz-color-accent', 'rgb(7, 8, 9)');
    addPageCss(
      `liangzhou-map::part(note) { color: rgb(10, 11, 12); } liangzhou-map::part(title) { text-decoration: underline; }`,
    );
    const r = root(el);
    expect(getComputedStyle(r.querySelector('path.lz-zone-south')!).fill).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(r.querySelector('path.lz-core')!).fill).toBe('rgb(4, 5, 6)');
    expect(getComputedStyle(r.querySelector('[part="note"]')!).color).toBe('rgb(10, 11, 12)');
    const title = (await popupCard(el)).shadowRoot!.querySelector('[part="title"]')!;
    expect(getComputedStyle(title).textDecorationLine).toBe('underline');
    // The map's own focus ring follows the accent.
    const m = ownMarker(el, 'haizang-temple')!;
    m.focus();
    expect(getComputedStyle(m).outlineColor).toBe('rgb(7, 8, 9)');
  });

  it('colours the popup title with the accent set on the element', async () => {
    const el = await mountMap({ site: 'leitai-han-tomb' });
    el.style.setProperty('--lz-color-accent', 'rgb(7, 8, 9)');
    const title = (await popupCard(el)).shadowRoot!.querySelector('[part="title"]')!;
    expect(getComputedStyle(title).color).toBe('rgb(7, 8, 9)');
  });
});
