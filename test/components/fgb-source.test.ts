/**
 * A FlatGeobuf `src` (issue 13 item 7) read from a host on another origin that answers HTTP Range
 * (test/range-server.ts). The file is written here: 50,000 seeded sites across the district
 * (test/fixtures/seeded-sites.ts) as an indexed FlatGeobuf (test/fixtures/write-fgb.ts), one of them
 * malformed. What the host sent is read from its log, so "only a fraction of the file" is counted
 * in bytes, not assumed.
 */
import type { Point } from 'geojson';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { t } from '../../src/i18n/t';
import { root, waitFor } from '../embed/helpers';
import { seededSites } from '../fixtures/seeded-sites';
import { writeFgb } from '../fixtures/write-fgb';
import { mountMap } from './mount-map';
import { FgbSourceController } from '../../src/components/fgb-source-controller';
import type { Site } from '../../src/model/types';

const origin = inject('rangeOrigin');
const BAD = 'b-100';

let bytes: Uint8Array<ArrayBuffer>;
let order: ReturnType<typeof writeFgb>['order'];
let featuresStart = 0;
let names = 0;

/** Puts the file on the host under a fresh name (each test reads its own log). */
async function put(ext = '.fgb'): Promise<string> {
  const name = `sites-${++names}-${Math.random().toString(36).slice(2, 8)}${ext}`;
  const res = await fetch(`${origin}/files/${name}`, { method: 'PUT', body: bytes });
  expect(res.status).toBe(201);
  return name;
}

interface HostLog {
  requests: Array<{ path: string; range: string | null; sent: number }>;
  open: number;
  aborted: number;
}
const hostLog = async (name: string): Promise<HostLog> => (await fetch(`${origin}/log/${name}`)).json();
const sent = (log: HostLog) => log.requests.reduce((n, r) => n + r.sent, 0);

let byId = new Map<string, [number, number]>();
const lonLat = (id: string) => ({ coordinates: byId.get(id)! });
const fgbIds = (el: LiangzhouMap) => el.siteIds.filter((id) => id.startsWith('b-'));
const inside = ([x, y]: number[], [w, s, e, n]: number[]) => x >= w && x <= e && y >= s && y <= n;

beforeAll(() => {
  // Made here, once: about a second for 50,000 features.
  const fc = seededSites(50_000);
  fc.features[100].properties.category = 'spaceport' as never;
  ({ bytes, order } = writeFgb(fc));
  byId = new Map(order.map((f) => [String(f.id), (f.geometry as Point).coordinates as [number, number]]));
  const v = new DataView(bytes.buffer);
  const headerEnd = 8 + 4 + v.getUint32(8, true);
  // The index: 50,000 leaves and their parents (16 a node), 40 bytes each.
  let nodes = 0;
  for (let n = 50_000; n > 1; n = Math.ceil(n / 16)) nodes += n;
  featuresStart = headerEnd + (nodes + 1) * 40;
});

afterEach(() => document.body.replaceChildren());

describe('a FlatGeobuf src', () => {
  it('reads only the features in view: a fraction of the file, the malformed one reported by feature and field', async () => {
    const name = await put();
    const [lon, lat] = lonLat(BAD).coordinates;
    let bounds: number[] = [];
    const errors: CustomEvent[] = [];
    const el = await mountMap(
      { src: `${origin}/files/${name}`, center: `${lat},${lon}`, zoom: '14', controls: 'none' },
      {
        on: {
          'lz-view-change': (e) => (bounds = e.detail.bounds),
          'lz-error': (e) => errors.push(e),
        },
      },
    );
    await waitFor(() => fgbIds(el).length > 0, 'the sites in view', 20_000);
    const error = await waitFor(() => errors.find((e) => e.detail.field === 'properties.category'), 'the lz-error');
    const at = order.findIndex((f) => f.id === BAD);
    expect(error.detail).toMatchObject({
      file: `${origin}/files/${name}`,
      feature: `"${BAD}" (#${at})`,
      category: 'invalid-data',
    });
    // Every source feature in the view is on the map (but the bad one); none from far away.
    const loaded = new Set(fgbIds(el));
    const inView = order.filter((f) => inside(lonLat(String(f.id)).coordinates, bounds)).map((f) => String(f.id));
    expect(inView.length).toBeGreaterThan(20);
    expect(inView.filter((id) => id !== BAD && !loaded.has(id))).toEqual([]);
    expect(loaded.has(BAD)).toBe(false);
    const [w, s, e, n] = bounds;
    const wide = [w - (e - w) * 0.11, s - (n - s) * 0.11, e + (e - w) * 0.11, n + (n - s) * 0.11];
    expect([...loaded].filter((id) => !inside(lonLat(id).coordinates, wide))).toEqual([]);
    // Range requests only, and a small part of the file.
    const log = await hostLog(name);
    expect(log.requests.every((r) => r.range?.startsWith('bytes='))).toBe(true);
    expect(sent(log) / bytes.byteLength).toBeLessThan(0.1);
  }, 60_000);

  it('fetches the new area when the map is panned, and its sites open as any site', async () => {
    const name = await put();
    const [lon, lat] = lonLat('b-5').coordinates;
    const el = await mountMap({
      src: `${origin}/files/${name}`,
      center: `${lat},${lon}`,
      zoom: '14',
      controls: 'none',
    });
    await waitFor(() => fgbIds(el).includes('b-5'), 'b-5 in view', 20_000);
    const before = (await hostLog(name)).requests.length;
    // A site far from b-5 (outside its view), then the map moved there.
    const far = order.find((f) => {
      const [x, y] = lonLat(String(f.id)).coordinates;
      return Math.abs(x - lon) > 0.3 && Math.abs(y - lat) > 0.2 && f.id !== BAD;
    })!;
    expect(fgbIds(el)).not.toContain(far.id);
    const [flon, flat] = lonLat(String(far.id)).coordinates;
    el.setAttribute('center', `${flat},${flon}`);
    await waitFor(() => fgbIds(el).includes(String(far.id)), 'the far site after the pan', 20_000);
    const log = await hostLog(name);
    expect(log.requests.length).toBeGreaterThan(before);
    expect(sent(log) / bytes.byteLength).toBeLessThan(0.2);
    // Loaded so far: the first view's sites stay (the list and popups keep them).
    expect(fgbIds(el)).toContain('b-5');
    // The site opens as any bureau site: its popup, with its name.
    expect(el.showSite(String(far.id))).toBe(true);
    const card = await waitFor(() => root(el).querySelector('.leaflet-popup lz-site-card'), 'the popup');
    const name_ = (far.properties as { name: { zh: string } }).name.zh;
    await waitFor(() => card.shadowRoot?.textContent?.includes(name_), 'the name in the popup');
  }, 60_000);

  it('says so when a view holds more sites than it reads', async () => {
    const name = await put();
    const el = await mountMap({ src: `${origin}/files/${name}`, controls: 'none' });
    const text = t('zh-CN', 'load.viewCapped', { max: '5,000' });
    await waitFor(
      () => [...root(el).querySelectorAll('[part="notice"]')].some((n) => n.textContent?.includes(text)),
      'the capped notice',
      20_000,
    );
    expect(fgbIds(el).length).toBe(5000);
    expect(sent(await hostLog(name)) / bytes.byteLength).toBeLessThan(0.25);
  }, 60_000);

  it('is recognised without the .fgb name: by its first bytes, and by its Content-Type', async () => {
    const name = await put('');
    const [lon, lat] = lonLat('b-5').coordinates;
    const attrs = { center: `${lat},${lon}`, zoom: '14', controls: 'none' };
    const a = await mountMap({ ...attrs, src: `${origin}/files/${name}` });
    await waitFor(() => fgbIds(a).includes('b-5'), 'sites by magic bytes', 20_000);
    a.remove();
    const b = await mountMap({ ...attrs, src: `${origin}/typed/${name}` });
    await waitFor(() => fgbIds(b).includes('b-5'), 'sites by Content-Type', 20_000);
  }, 60_000);

  it('from a host without Range support: a clear lz-error, the built-in sites kept', async () => {
    const name = await put();
    let listener: (e: CustomEvent) => void = () => undefined;
    const error = new Promise<CustomEvent>((resolve) => (listener = resolve));
    const el = await mountMap({ controls: 'none' }, { on: { 'lz-error': (e) => listener(e) } });
    const builtIn = el.siteIds.length;
    el.setAttribute('src', `${origin}/norange/${name}`);
    const { detail } = await error;
    expect(detail.category).toBe('fetch-failed');
    expect(detail.file).toBe(`${origin}/norange/${name}`);
    expect(detail.message).toMatch(/HTTP 200.*Range requests with 206 Partial Content/);
    expect(el.siteIds).toHaveLength(builtIn);
  });

  it("reads the first view at lz-ready when the file's header came while the map was being made", async () => {
    // The race: the map's first view change before the header (the file had nothing to read yet), the
    // header before the map was ready (no view to read). Before, no view was ever read. A bare host, so
    // the order is the test's.
    const host = Object.assign(document.createElement('div'), {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    let bounds: [number, number, number, number] | undefined;
    const shown: Site[][] = [];
    const fgb = new FgbSourceController(host, {
      bounds: () => bounds,
      onSites: (sites) => shown.push(sites),
      onError: () => {},
      notify: () => {},
    });
    fgb.hostConnected();
    try {
      host.dispatchEvent(new CustomEvent('lz-view-change'));
      await fgb.open(`${origin}/files/${await put()}`, undefined, new AbortController().signal);
      expect(shown).toEqual([[]]);
      bounds = [102.55, 37.85, 102.75, 37.98];
      host.dispatchEvent(new CustomEvent('lz-ready'));
      await expect.poll(() => shown.at(-1)?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      fgb.hostDisconnected();
    }
  });

  it('aborts the requests under way when the element leaves the page', async () => {
    const name = await put();
    const el = await mountMap({ src: `${origin}/hold/${name}?after=${featuresStart}`, controls: 'none' });
    await expect.poll(async () => (await hostLog(name)).open, { timeout: 20_000 }).toBeGreaterThan(0);
    el.remove();
    await expect.poll(async () => (await hostLog(name)).open, { timeout: 10_000 }).toBe(0);
    expect((await hostLog(name)).aborted).toBeGreaterThan(0);
  }, 60_000);
});
