/**
 * The doors of issue 11 as <liangzhou-map> uses them (the pure checks are in test/state/doors.test.ts):
 * notices capped, attributed and clear of the panel; `tiles` refused with an lz-error and unticked when
 * the server fails; `src-timeout`; `site` waiting for the page's own file; `layers` naming unknown ids.
 * Each case failed before this change (run first on the merged main at a63143d).
 */
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { NOTICE_MAX_CHARS } from '../../src/state/notice-text';
import {
  BUILT_IN_SITES,
  drawnAreas,
  expectBuiltInLayers,
  nextEvent,
  notices,
  root,
  sitesDrawn,
  waitFor,
} from '../embed/helpers';
import { mountMap } from './mount-map';

const hostile = inject('hostileOrigin');
const fixture = (name: string) => `${location.origin}/test/fixtures/bureau/${name}`;

// Wide enough for a 1,100 px map: elementFromPoint only sees what is in the viewport.
beforeAll(() => page.viewport(1200, 800));
afterEach(() => document.body.replaceChildren());

/** Mounts with a listener for lz-error on before the element connects: the first errors come early. */
async function mountWithErrors(attrs: Record<string, string>, width = 1100) {
  const errors: CustomEvent[] = [];
  const el = await mountMap(attrs, { width, height: 600, on: { 'lz-error': (e) => errors.push(e) } });
  return { el, errors };
}

const noticeItems = (el: LiangzhouMap) => [...root(el).querySelectorAll<HTMLElement>('[part="notice"]')];

describe('notices', () => {
  it('a 1 MB `type` value gives a short notice naming the host, and lz-error carries a category (repro 8)', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify({ type: big, features: [] })], { type: 'application/json' }),
    );
    const el = await mountMap({}, { width: 1100, height: 600 });
    const error = nextEvent(el, 'lz-error', 10_000);
    el.setAttribute('src', url);
    const { detail } = await error;
    expect(detail).toMatchObject({ file: url, field: 'type', category: 'invalid-data' });
    const item = await waitFor(() => noticeItems(el)[0], 'the notice');
    const text = item.querySelector('p')!.textContent!;
    expect([...text].length).toBeLessThanOrEqual(NOTICE_MAX_CHARS + ` (${location.host})`.length);
    expect(text.endsWith(`(${location.host})`)).toBe(true);
    expect(text).toContain('…');
    // Before: 369,096 px tall over a 600 px map.
    expect(item.getBoundingClientRect().height).toBeLessThan(200);
    expectBuiltInLayers(el);
    URL.revokeObjectURL(url);
  });

  for (const width of [800, 1100]) {
    it(`the notice's × can be pressed beside the open panel at ${width} px (repro 8)`, async () => {
      const el = await mountMap({ site: 'no-such-site' }, { width, height: 600 });
      const item = await waitFor(() => noticeItems(el)[0], 'the notice');
      expect(root(el).querySelector('lz-panel')?.hasAttribute('open') ?? true).toBe(true);
      const button = item.querySelector('button')!;
      const box = button.getBoundingClientRect();
      expect(root(el).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)).toBe(button);
      // And the notice stays clear of the panel's card.
      const panel = root(el).querySelector('lz-panel')!.getBoundingClientRect();
      expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(panel.left);
      button.click();
      await expect.poll(() => noticeItems(el).length).toBe(0);
    });
  }
});

describe('tiles', () => {
  it('a template with an unknown placeholder fires lz-error naming tiles and why; the map works (repro 3)', async () => {
    const { el, errors } = await mountWithErrors({
      tiles: 'https://api.example/{z}/{x}/{y}.png?access_token={accessToken}',
    });
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0].detail).toMatchObject({ file: 'tiles', category: 'invalid-attribute' });
    expect(errors[0].detail.message).toMatch(/^tiles: .*\{accessToken\}/);
    expect(root(el).querySelector('lz-panel')).not.toBeNull();
    expect(el.showSite('baita-temple')).toBe(true);
    expectBuiltInLayers(el);
    expect(notices(el).join(' ')).toMatch(/accessToken/);
  });

  it('an http template on a public host is refused with an lz-error saying https', async () => {
    const { el, errors } = await mountWithErrors({ tiles: 'http://tiles.example/{z}/{x}/{y}.png' });
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0].detail.message).toMatch(/^tiles: .*https/);
    expect(root(el).querySelectorAll('.leaflet-tile').length).toBe(0);
    expectBuiltInLayers(el);
  });

  it('tiles that fail at run time fall back to the outlines, choose `none` and say so once', async () => {
    const el = await mountMap({ tiles: `${hostile}/no-tiles/{z}/{x}/{y}.png` }, { width: 1100, height: 600 });
    const none = await waitFor(
      () => root(el).querySelector<HTMLInputElement>('.basemap-choice input[value="none"]'),
      'the base-map choice',
    );
    await expect.poll(() => none.checked && notices(el).length > 0, { timeout: 10_000 }).toBe(true);
    expect(notices(el).filter((n) => /自定义瓦片.*无法加载/.test(n))).toHaveLength(1);
    expect(root(el).querySelectorAll('.leaflet-tile-container img').length).toBe(0);
    expectBuiltInLayers(el);
  });
});

describe('src-timeout', () => {
  it('a server that never answers ends in a notice and an lz-error after the timeout (repro 4)', async () => {
    const { el, errors } = await mountWithErrors({ src: `${hostile}/hang`, 'src-timeout': '1' });
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(1);
    expect(errors[0].detail).toMatchObject({ file: `${hostile}/hang`, category: 'timeout' });
    expect(errors[0].detail.message).toMatch(/within 1000 ms/);
    expect(notices(el).join(' ')).toMatch(/within 1000 ms/);
    expectBuiltInLayers(el);
  });

  it('defaults to 20 s and clamps what a page asks for', async () => {
    const el = await mountMap({}, { width: 800, height: 600 });
    expect(el.srcTimeout).toBe(20);
    el.setAttribute('src-timeout', '0.01');
    expect(el.srcTimeout).toBe(1);
    el.setAttribute('src-timeout', 'soon');
    expect(el.srcTimeout).toBe(20);
  });
});

describe('site waits for the page’s data (repro 5)', () => {
  it('opens a site of the bureau’s file once it arrives, with no "no such site" notice', async () => {
    const selected: string[] = [];
    const el = await mountMap(
      { src: fixture('valid.geojson'), site: 'bureau-visitor-centre' },
      { width: 1100, height: 600, on: { 'lz-site-select': (e) => selected.push(e.detail.id) } },
    );
    await expect.poll(() => selected, { timeout: 10_000 }).toEqual(['bureau-visitor-centre']);
    await waitFor(() => root(el).querySelector('.leaflet-popup lz-site-card'), 'the popup');
    expect(el.site).toBe('bureau-visitor-centre');
    expect(notices(el)).toEqual([]);
  });

  it('says the site is missing only once the file has arrived', async () => {
    const el = await mountMap({ src: fixture('valid.geojson'), site: 'no-such-site' }, { width: 1100, height: 600 });
    await waitFor(() => notices(el).length > 0, 'the notice', 10_000);
    // The file's sites were on the map when it said so (a marker counts one site, a cluster its count).
    expect(sitesDrawn(el)).toBeGreaterThan(BUILT_IN_SITES);
    expect(notices(el).join(' ')).toMatch(/no-such-site/);
  });

  it('says the site is missing once src has failed', async () => {
    const { el, errors } = await mountWithErrors({
      src: `${hostile}/hang`,
      'src-timeout': '1',
      site: 'bureau-visitor-centre',
    });
    await expect.poll(() => notices(el).some((n) => /bureau-visitor-centre/.test(n)), { timeout: 10_000 }).toBe(true);
    expect(errors.map((e) => e.detail.category)).toEqual(['timeout']);
  });

  it('in embed.html too', async () => {
    const iframe = document.createElement('iframe');
    iframe.title = 'Liangzhou map';
    iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
    iframe.src = `/embed.html?${new URLSearchParams({
      src: '/test/fixtures/bureau/valid.geojson',
      site: 'bureau-visitor-centre',
    })}`;
    document.body.append(iframe);
    const map = await waitFor(
      () => iframe.contentDocument?.querySelector<LiangzhouMap>('liangzhou-map[site]'),
      'the map',
      10_000,
    );
    await waitFor(() => root(map).querySelector('.leaflet-popup lz-site-card'), 'the popup', 10_000);
    expect(map.site).toBe('bureau-visitor-centre');
    expect(notices(map)).toEqual([]);
  });
});

describe('layers (repro 9)', () => {
  it('a value with no known id names it and shows the default layers, not a blank map', async () => {
    const el = await mountMap({ layers: 'sties' }, { width: 1100, height: 600 });
    expectBuiltInLayers(el);
    await waitFor(() => notices(el).length > 0, 'the notice');
    expect(notices(el).join(' ')).toMatch(/sties.*默认图层/);
  });

  it('unknown ids beside known ones are named and ignored', async () => {
    const el = await mountMap({ layers: 'core,sties', lang: 'en' }, { width: 1100, height: 600 });
    expect(drawnAreas(el)).toMatchObject({ core: true, east: false, sites: false });
    await waitFor(() => notices(el).length > 0, 'the notice');
    expect(notices(el).join(' ')).toMatch(/Unknown layers ignored: sties/);
  });
});
