/**
 * A FlatGeobuf sites file read by view (read-fgb-view.ts), against an in-memory host that answers
 * Range requests as a static server does: what one view costs, that its features pass the geo/ checks
 * (a bad one named by its index in the file), the cap, and the hosts it refuses.
 */
import { describe, expect, it } from 'vitest';
import { GeoDataError } from '../../src/data/geo-data-error';
import { openFgb, type Bbox } from '../../src/data/read-fgb-view';
import { isFgbPath } from '../../src/data/sniff-fgb';
import { seededSites } from '../fixtures/seeded-sites';
import { writeFgb } from '../fixtures/write-fgb';

const URL_ = 'https://data.example/sites.fgb';

/** A host for `bytes`: 206 for a Range (clipped at the end, as servers do), 200 and the whole file without one. */
function rangeHost(bytes: Uint8Array, { range = true } = {}) {
  const log: Array<{ range: string | null; sent: number }> = [];
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    init?.signal?.throwIfAborted();
    const asked = new Headers(init?.headers).get('range');
    const m = asked && /^bytes=(\d+)-(\d+)$/.exec(asked);
    if (!range || !m) {
      log.push({ range: asked, sent: bytes.byteLength });
      return new Response(bytes.slice(), { status: 200, headers: { 'content-length': String(bytes.byteLength) } });
    }
    const start = Number(m[1]);
    const end = Math.min(Number(m[2]), bytes.byteLength - 1);
    const body = bytes.slice(start, end + 1);
    log.push({ range: asked, sent: body.byteLength });
    return new Response(body, {
      status: 206,
      headers: {
        'content-range': `bytes ${start}-${end}/${bytes.byteLength}`,
        'content-length': String(body.byteLength),
      },
    });
  };
  return { fetch, log, sent: () => log.reduce((n, r) => n + r.sent, 0) };
}

const fc = seededSites(20_000);
const { bytes, order } = writeFgb(fc);
const inBox = ([w, s, e, n]: Bbox) =>
  order.filter((f) => {
    const [x, y] = (f.geometry as { coordinates: number[] }).coordinates;
    return x >= w && x <= e && y >= s && y <= n;
  });

describe('isFgbPath', () => {
  it('knows a .fgb path, whatever the query, hash or case', () => {
    expect(isFgbPath('https://x.example/a/sites.fgb')).toBe(true);
    expect(isFgbPath('https://x.example/sites.FGB?v=2#top')).toBe(true);
    expect(isFgbPath('/data/sites.fgb')).toBe(true);
    expect(isFgbPath('https://x.example/sites.geojson?f=.fgb')).toBe(false);
    expect(isFgbPath('https://x.example/fgb')).toBe(false);
  });
});

describe('openFgb + readView', () => {
  it('reads exactly the features in a small view, fetching a small fraction of the file', async () => {
    const host = rangeHost(bytes);
    const file = await openFgb(URL_, { timeoutMs: 5000, fetch: host.fetch, allowedOrigins: undefined });
    expect(file.featuresCount).toBe(20_000);
    const box: Bbox = [102.6, 37.8, 102.65, 37.84];
    const expected = inBox(box).map((f) => String(f.id));
    expect(expected.length).toBeGreaterThan(0);
    const view = await file.readView(box, {});
    expect(view.problems).toEqual([]);
    expect(view.capped).toBe(false);
    expect(view.sites.map((s) => s.id).sort()).toEqual(expected.sort());
    // The sites read as the model reads a GeoJSON src: names in both languages, position kept.
    const first = view.sites[0];
    const source = order[view.indexes[0]];
    expect(first.id).toBe(source.id);
    expect(first.name).toEqual(source.properties!.name);
    expect(first.coordinates).toEqual((source.geometry as { coordinates: number[] }).coordinates);
    expect(host.sent()).toBe(file.bytesRead);
    expect(file.bytesRead / bytes.byteLength).toBeLessThan(0.1);
    expect(host.log.every((r) => r.range !== null)).toBe(true);
  });

  it('finds the same features as a scan of the file, for views of every size', async () => {
    const file = await openFgb(URL_, { timeoutMs: 5000, fetch: rangeHost(bytes).fetch, allowedOrigins: undefined });
    // The whole district is read by the cap test; these cross many index nodes without checking 20,000 features.
    const boxes: Bbox[] = [
      [102.3, 37.5, 102.6, 37.7],
      [102.9, 37.95, 103.38, 38.2],
      [103.0, 38.0, 103.01, 38.01],
      [90, 20, 91, 21],
    ];
    for (const box of boxes) {
      const view = await file.readView(box, { maxFeatures: 50_000 });
      expect(view.sites.map((s) => s.id).sort()).toEqual(
        inBox(box)
          .map((f) => String(f.id))
          .sort(),
      );
      expect(view.indexes.every((i, k) => order[i].id === view.sites[k].id)).toBe(true);
    }
  }, 30_000);

  it('caps a view at maxFeatures and says so', async () => {
    const host = rangeHost(bytes);
    const file = await openFgb(URL_, { timeoutMs: 5000, fetch: host.fetch, allowedOrigins: undefined });
    const view = await file.readView([102, 37.3, 103.4, 38.3], { maxFeatures: 300 });
    expect(view.capped).toBe(true);
    expect(view.sites).toHaveLength(300);
    // Only those 300 features (and the index nodes to find them) were fetched, not the whole file.
    expect(file.bytesRead / bytes.byteLength).toBeLessThan(0.25);
  });

  it('reports a malformed feature by file, its index in the file and the field, and keeps the rest', async () => {
    const bad = seededSites(2000);
    bad.features[777].properties.category = 'spaceport' as never;
    const written = writeFgb(bad);
    const at = written.order.findIndex((f) => f.id === 'b-777');
    const file = await openFgb(URL_, {
      timeoutMs: 5000,
      fetch: rangeHost(written.bytes).fetch,
      allowedOrigins: undefined,
    });
    const view = await file.readView([102, 37.3, 103.4, 38.3], {});
    expect(view.sites).toHaveLength(1999);
    expect(view.problems).toHaveLength(1);
    const [problem] = view.problems;
    expect(problem).toBeInstanceOf(GeoDataError);
    expect(problem.file).toBe(URL_);
    expect(problem.feature).toBe(`"b-777" (#${at})`);
    expect(problem.field).toBe('properties.category');
  }, 30_000);

  it('refuses a host that ignores Range, before reading its body', async () => {
    const host = rangeHost(bytes, { range: false });
    const err = await openFgb(URL_, { timeoutMs: 5000, fetch: host.fetch, allowedOrigins: undefined }).catch((e) => e);
    expect(err).toBeInstanceOf(GeoDataError);
    expect(err.category).toBe('fetch-failed');
    expect(err.message).toMatch(/HTTP 200.*Range requests with 206/);
  });

  it('refuses a file that is not FlatGeobuf, and a URL the page does not allow', async () => {
    const json = new TextEncoder().encode(JSON.stringify(fc).slice(0, 40_000));
    const notFgb = await openFgb(URL_, {
      timeoutMs: 5000,
      fetch: rangeHost(json).fetch,
      allowedOrigins: undefined,
    }).catch((e) => e);
    expect(notFgb.message).toMatch(/is not a FlatGeobuf file/);
    const host = rangeHost(bytes);
    const refused = await openFgb(URL_, {
      timeoutMs: 5000,
      fetch: host.fetch,
      allowedOrigins: ['https://own.example'],
    }).catch((e) => e);
    expect(refused.category).toBe('not-allowed');
    expect(host.log).toHaveLength(0);
  });

  it('stops a view when its signal aborts', async () => {
    const file = await openFgb(URL_, { timeoutMs: 5000, fetch: rangeHost(bytes).fetch, allowedOrigins: undefined });
    const abort = new AbortController();
    const reading = file.readView([102, 37.3, 103.4, 38.3], { signal: abort.signal });
    abort.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
