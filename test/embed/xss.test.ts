/**
 * Hostile text in every text field of a site (test/fixtures/xss/payloads.json): nothing runs, no dialog
 * opens, no element from a payload appears, and the text shows literally in the marker and the popup.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../src/embed/index';
import payloads from '../fixtures/xss/payloads.json';
import { marker, mount, nextEvent, notices, popupCard, root, waitFor } from './helpers';

declare global {
  interface Window {
    __lzXss?: string;
  }
}

const calls: string[] = [];
const stubs = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;
const saved = new Map<string, unknown>();
const savedShowModal = HTMLDialogElement.prototype.showModal;
const savedShow = HTMLDialogElement.prototype.show;

/** The test page's own scripts, styles and such (Vitest's), to compare against. */
const pageElements = () => [...document.querySelectorAll(FOREIGN)].map((e) => e.outerHTML);
let pageBefore: string[] = [];

beforeAll(() => {
  pageBefore = pageElements();
  for (const name of stubs) {
    saved.set(name, window[name]);
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    };
  }
  HTMLDialogElement.prototype.showModal = function () {
    calls.push('dialog.showModal');
  };
  HTMLDialogElement.prototype.show = function () {
    calls.push('dialog.show');
  };
});

afterAll(() => {
  for (const name of stubs) (window as unknown as Record<string, unknown>)[name] = saved.get(name);
  HTMLDialogElement.prototype.showModal = savedShowModal;
  HTMLDialogElement.prototype.show = savedShow;
});

afterEach(() => document.body.replaceChildren());

const text = (s: string) => ({ zh: s, en: s });

/** One site per payload, the payload in every text field; ids are plain (the schema allows no other). */
function hostileSites() {
  return {
    type: 'FeatureCollection',
    features: payloads.map(({ name, payload }, i) => ({
      type: 'Feature',
      id: `xss-${name}`,
      properties: {
        name: { zh: `${payload} 中`, en: `${payload} en` },
        category: 'museum',
        themes: [],
        zone: 'core',
        description: text(`${payload} description`),
        heritage: text(`${payload} heritage`),
        era: text(`${payload} era`),
        source: `${payload} source`,
        precision: 'approximate',
        confidence: 'low',
        links: [
          'javascript:alert(1)',
          'JAVASCRIPT:alert(2)',
          ` javascript:alert(3)`,
          'data:text/html,<script>alert(4)</script>',
          'https://example.org/ok',
        ],
      },
      geometry: { type: 'Point', coordinates: [102.6 + (i % 10) * 0.01, 37.9 + Math.floor(i / 10) * 0.01] },
    })),
  };
}

/** Tags a payload would bring; none may appear in the widget's shadow trees. */
// Elements and attributes a payload would bring and the widget's own templates never use. (Buttons,
// inputs and <details> are the panels' own; a payload's versions would carry the on* handlers below.)
const FOREIGN =
  'img, script, iframe, object, embed, style, base, meta, form, video, source, dialog, math, template, [popover], [onerror], [onload], [onfocus], [ontoggle], [onclick], [onmouseover], [autofocus]';

function allShadowElements(node: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of node.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allShadowElements(el.shadowRoot));
  }
  return found;
}

async function settle(): Promise<void> {
  // Let any onerror/onload a payload managed to plant fire before checking.
  await new Promise((r) => setTimeout(r, 150));
}

function expectNothingRan(): void {
  expect(window.__lzXss).toBeUndefined();
  expect(calls).toEqual([]);
}

describe('XSS payloads in site text', () => {
  it('the fixture set is large and reaches every text field', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(20);
    const props = hostileSites().features[0].properties;
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining(['name', 'description', 'heritage', 'era', 'source', 'links']),
    );
  });

  it('control: the harness does notice a payload that runs and a dialog that opens', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = payloads.find((p) => p.name === 'img-onerror')!.payload;
    document.body.append(host);
    await waitFor(() => window.__lzXss, 'the control payload to run');
    expect(window.__lzXss).toBe('img');
    window.alert('control');
    expect(calls).toEqual(['alert(control)']);
    delete window.__lzXss;
    calls.length = 0;
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`shows every payload literally in markers and popups (${lang}), runs none, opens no dialog`, async () => {
      const el = await mount({ lang });
      const errors: unknown[] = [];
      el.addEventListener('lz-error', (e) => errors.push(e.detail));
      el.sites = hostileSites();
      await el.updateComplete;
      expect(errors).toEqual([]);

      for (const { name, payload } of payloads) {
        const id = `xss-${name}`;
        const shownName = `${payload} ${lang === 'en' ? 'en' : '中'}`;
        const otherName = `${payload} ${lang === 'en' ? '中' : 'en'}`;
        const m = marker(el, id)!;
        expect(m.getAttribute('aria-label'), name).toBe(shownName);
        expect(m.getAttribute('title'), name).toBe(shownName);

        expect(el.showSite(id), name).toBe(true);
        const card = await popupCard(el);
        const sr = card.shadowRoot!;
        expect(sr.querySelector('[part="title"]')!.textContent, name).toBe(shownName);
        expect(sr.querySelector('.alt')!.textContent, name).toBe(otherName);
        expect(sr.querySelector('.description')!.textContent, name).toBe(`${payload} description`);
        const dds = [...sr.querySelectorAll('dd')].map((d) => d.textContent);
        expect(dds, name).toEqual(expect.arrayContaining([`${payload} heritage`, `${payload} era`]));
        expect(sr.querySelector('[part="note"]')!.textContent, name).toContain(`${payload} source`);
        // The card holds only its own template's elements.
        const tags = new Set([...sr.querySelectorAll('*')].map((e) => e.localName));
        expect(
          [...tags].filter(
            (t) => !['article', 'header', 'div', 'h3', 'p', 'dl', 'dt', 'dd', 'ul', 'li', 'button', 'a'].includes(t),
          ),
          name,
        ).toEqual([]);
        // Its only link is the one http(s) source that survived reading, shown by its host name.
        expect(
          [...sr.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
          name,
        ).toEqual([['https://example.org/ok', 'example.org']]);
      }

      await settle();
      expectNothingRan();
      const everything = allShadowElements(root(el));
      expect(everything.filter((e) => e.matches(FOREIGN)).map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
      // Links: the attribution's constants and the sites' checked https source; no javascript: URL anywhere.
      const hrefs = everything.filter((e) => e.hasAttribute('href')).map((e) => e.getAttribute('href'));
      expect(
        hrefs.filter(
          (h) =>
            !/^https:\/\/(leafletjs\.com|www\.openstreetmap\.org|example\.org\/ok$)/.test(h!) &&
            !/^#(close)?$/.test(h!),
        ),
      ).toEqual([]);
      // SVG only as the markers' glyphs, Leaflet's renderer of the areas, and the panels' own icons.
      const panelIcon = (e: Element) =>
        ['lz-panel', 'lz-layer-panel', 'lz-site-list', 'lz-trip-panel', 'lz-trip-print'].includes(
          (e.getRootNode() as ShadowRoot).host?.localName,
        );
      expect(
        everything.filter(
          (e) => e.localName === 'svg' && !e.closest('.lz-marker-glyph, .leaflet-overlay-pane') && !panelIcon(e),
        ),
      ).toEqual([]);
      // Nothing leaked into the page either.
      expect(pageElements()).toEqual(pageBefore);
      expect(document.body.children.length).toBe(1);
    });
  }

  it('drops javascript: and data: links while reading, keeping the https one', async () => {
    const { validateSites } = await import('../../src/data/parse-sites');
    const { sites } = validateSites(hostileSites(), 'xss');
    for (const s of sites) expect(s.links).toEqual(['https://example.org/ok']);
  });

  it('does the same when the file comes through `src`', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(hostileSites())], { type: 'application/geo+json' }));
    try {
      const el = await mount({ src: url, 'src-mode': 'replace' });
      await waitFor(() => marker(el, 'xss-img-onerror'), 'hostile markers');
      el.showSite('xss-svg-onload');
      const card = await popupCard(el);
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).toBe(
        `${payloads.find((p) => p.name === 'svg-onload')!.payload} 中`,
      );
      await settle();
      expectNothingRan();
      expect(allShadowElements(root(el)).filter((e) => e.matches(FOREIGN))).toEqual([]);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('shows a payload in a rejected id, a bad field and the site attribute as text in the notices', async () => {
    const img = payloads.find((p) => p.name === 'img-onerror')!.payload;
    const el = await mount();
    const errors: Array<{ message: string }> = [];
    el.addEventListener('lz-error', (e) => errors.push(e.detail));
    const base = hostileSites().features[0];
    el.sites = {
      type: 'FeatureCollection',
      features: [
        { ...base, id: img },
        { ...base, id: 'bad-category', properties: { ...base.properties, category: img } },
      ],
    };
    await el.updateComplete;
    expect(errors).toHaveLength(2);
    expect(errors[0].message).toContain('<img src=x onerror=');
    el.setAttribute('site', img);
    await el.updateComplete;
    await waitFor(() => notices(el).length >= 3 || null, 'three notices');
    expect(notices(el).some((n) => n.includes(img))).toBe(true);
    expect(notices(el).filter((n) => n.includes('<img src=x onerror=')).length).toBe(3);
    await settle();
    expectNothingRan();
    expect(allShadowElements(root(el)).filter((e) => e.matches(FOREIGN))).toEqual([]);
  });

  it('fetches nothing and runs nothing for src="javascript:…" and a hostile tiles value', async () => {
    const el = document.createElement('liangzhou-map');
    el.setAttribute('src', "javascript:window.__lzXss='src'");
    el.setAttribute('tiles', 'https://t.example/{z}/{x}/{y}.png"><img src=x onerror=alert(1)>');
    el.setAttribute('lang', '"><img src=x onerror=alert(1)>');
    const error = nextEvent(el, 'lz-error');
    document.body.append(el);
    // Refused before any fetch (data-origins.ts): not an http(s) URL.
    expect((await error).detail.message).toMatch(/is not an http\(s\) URL/);
    await settle();
    expectNothingRan();
    expect(root(el).querySelectorAll('.leaflet-tile').length).toBe(0);
    expect(allShadowElements(root(el)).filter((e) => e.matches(FOREIGN))).toEqual([]);
    expect(root(el).querySelector('[part="note"]')!.textContent).toMatch(/示意/);
  });
});
