/**
 * A FlatGeobuf sites file read a view at a time with HTTP range requests (issue 13 item 7): the file's
 * header once, then for each view only the nodes of its spatial index that cross the view and the
 * features they point to. The file may be far larger than a browser could download; what one view
 * costs is bounded by `maxFeatures`.
 *
 * flatgeobuf's own `deserialize(url, rect)` reads every feature in the rectangle, in ranges as long as
 * the rectangle holds (a whole-district view would fetch the whole file in one request). Here the
 * index search (search-packed-rtree.ts) stops once `maxFeatures` + 1 features are found, and only
 * those are fetched, through FgbRangeClient (the `src` rules: allowed origins, timeout, abort, byte
 * cap). flatgeobuf reads the header and decodes each feature.
 *
 * Each feature then passes the same geo/ schema and checks as a GeoJSON `src` (parse-sites.ts), a bad
 * one reported by file, feature (its index in the file) and field.
 */
import { fromFeature } from 'flatgeobuf/lib/mjs/geojson/feature.js';
import { HttpReader } from 'flatgeobuf/lib/mjs/http-reader.js';
import type { Site } from '../model/types';
import { allowedDataOrigins, refuseDataUrl } from './data-origins';
import { FgbRangeClient } from './fgb-range-client';
import { SITES_TIMEOUT_MS } from './fetch-site-bytes';
import { GeoDataError } from './geo-data-error';
import { siteReader } from './parse-sites';
import { searchPackedRtree } from './search-packed-rtree';

/**
 * The most features one view reads. The map clusters any number, but each is checked on the main
 * thread as it arrives: 5,000 keep a view's check short, and a view that holds more says so (a notice
 * asks the visitor to zoom in).
 */
export const MAX_VIEW_FEATURES = 5000;

/** Features closer than this in the file are fetched in one request (the gap's bytes are read and dropped). */
const MERGE_GAP_BYTES = 16 * 1024;

/** Range requests for one view's features in flight at once. */
const PARALLEL_REQUESTS = 4;

/** FlatGeobuf's geometry types a sites file may declare: Unknown (mixed, each feature says) and Point. */
const POINT_TYPES = new Set([0, 1]);

/** [west, south, east, north] in degrees (WGS 84). */
export type Bbox = readonly [number, number, number, number];

export interface FgbView {
  /** The good sites in view, each with its index in the file (`indexes[i]` is `sites[i]`'s). */
  sites: Site[];
  indexes: number[];
  /** One per feature left out, or per link dropped. */
  problems: GeoDataError[];
  /** The view holds more than `maxFeatures` features: only the first `maxFeatures` (in the file's order) were read. */
  capped: boolean;
  /** Bytes fetched for this view (index nodes and features). */
  bytes: number;
}

export interface FgbFile {
  readonly url: string;
  /** Features in the whole file (the header's count). */
  readonly featuresCount: number;
  /** Bytes fetched so far: the header and every view's. */
  readonly bytesRead: number;
  /** Reads the features in `bbox`; `signal` stops it (an AbortError, not a GeoDataError). */
  readView(bbox: Bbox, options: { signal?: AbortSignal; maxFeatures?: number }): Promise<FgbView>;
}

export interface OpenFgbOptions {
  /** Stops opening (the header's request). */
  signal?: AbortSignal;
  /** Milliseconds for each range request (`src-timeout`; default as for any `src`). */
  timeoutMs?: number;
  /** Origins data may come from; default the page's rule (data-origins.ts), `undefined` for none. */
  allowedOrigins?: readonly string[];
  fetch?: typeof fetch;
}

/**
 * Opens a FlatGeobuf file: checks the URL against the page's rule, then reads and checks the header
 * (magic bytes, a spatial index, point geometry, WGS 84). Every problem is a GeoDataError naming `url`.
 */
export async function openFgb(url: string, options: OpenFgbOptions): Promise<FgbFile> {
  const allowed = 'allowedOrigins' in options ? options.allowedOrigins : allowedDataOrigins();
  const refused = refuseDataUrl(url, allowed);
  if (refused) throw new GeoDataError({ file: url, category: 'not-allowed', problem: refused });
  const client = new FgbRangeClient(url, { timeoutMs: options.timeoutMs ?? SITES_TIMEOUT_MS, fetch: options.fetch });
  client.signal = options.signal;
  let reader: HttpReader;
  try {
    reader = await HttpReader.openSource(client);
  } catch (err) {
    throw headerError(err, url);
  }
  const { header } = reader;
  if (!POINT_TYPES.has(header.geometryType))
    throw new GeoDataError({
      file: url,
      field: 'header.geometryType',
      problem: `should be Point (1), got ${header.geometryType}: sites are points`,
    });
  const crs = header.crs?.code;
  if (crs && crs !== 4326)
    throw new GeoDataError({
      file: url,
      field: 'header.crs',
      problem: `should be EPSG:4326 (longitude, latitude), got EPSG:${crs} (ogr2ogr -t_srs EPSG:4326 converts it)`,
    });
  const treeStart = reader.lengthBeforeTree();
  const featuresStart = reader.lengthBeforeFeatures();

  const readView = async (
    bbox: Bbox,
    { signal, maxFeatures = MAX_VIEW_FEATURES }: { signal?: AbortSignal; maxFeatures?: number },
  ) => {
    client.signal = signal;
    const before = client.bytesRead;
    const [minX, minY, maxX, maxY] = bbox;
    // Index search, stopped once more than maxFeatures are found.
    const found = await searchPackedRtree(
      header.featuresCount,
      header.indexNodeSize,
      { minX, minY, maxX, maxY },
      (offset, size) => client.getRange(treeStart + offset, size, 'index'),
      { max: maxFeatures },
    );
    const capped = found.length > maxFeatures;
    if (capped) found.length = maxFeatures;
    const raw: unknown[] = [];
    const indexes: number[] = [];
    const problems: GeoDataError[] = [];
    // A few requests at a time: a view far from others in the file is several runs.
    const runs = batches(found);
    const fetched = await inPool(runs, PARALLEL_REQUESTS, async (batch) => {
      const first = batch[0];
      const last = batch[batch.length - 1];
      // The file's last feature has no next one to measure it by: its 4-byte size prefix says.
      const lastLength =
        last.length ||
        4 + new DataView(await client.getRange(featuresStart + last.offset, 4, 'size')).getUint32(0, true);
      const start = featuresStart + first.offset;
      return {
        start,
        bytes: await client.getRange(start, featuresStart + last.offset + lastLength - start, 'features'),
      };
    });
    for (const [i, batch] of runs.entries()) {
      const { start, bytes } = fetched[i];
      const local = {
        getRange: async (at: number, length: number) => {
          if (at - start + length > bytes.byteLength)
            throw new Error(`the file ends inside feature ranges (${bytes.byteLength} bytes)`);
          return bytes.slice(at - start, at - start + length);
        },
      };
      for (const { offset, index } of batch) {
        try {
          // readFeature only asks `local` for bytes already fetched.
          const feature = await reader.readFeature(local as never, offset, 0);
          raw.push(toGeoFeature(fromFeature(index, feature, header), index));
          indexes.push(index);
        } catch (err) {
          problems.push(
            new GeoDataError({
              file: url,
              feature: `#${index}`,
              problem: `could not be read as a FlatGeobuf feature (${err instanceof Error ? err.message : String(err)})`,
            }),
          );
        }
      }
    }
    const view: FgbView = { sites: [], indexes: [], problems, capped, bytes: 0 };
    if (raw.length > 0) {
      const checked = siteReader({ type: 'FeatureCollection', features: raw }, url, { indexes }).read(0, raw.length);
      problems.push(...checked.problems);
      // Ids are unique among the sites kept (a repeat is a problem above): each names its feature.
      const indexOf = new Map<unknown, number>();
      raw.forEach(
        (f, i) => indexOf.has((f as { id: unknown }).id) || indexOf.set((f as { id: unknown }).id, indexes[i]),
      );
      view.sites = checked.sites;
      view.indexes = checked.sites.map((site) => indexOf.get(site.id) ?? -1);
      problems.sort((a, b) => featureIndex(a) - featureIndex(b));
    }
    view.bytes = client.bytesRead - before;
    return view;
  };

  return {
    url,
    featuresCount: header.featuresCount,
    get bytesRead() {
      return client.bytesRead;
    },
    readView,
  };
}

/** Found features in runs close enough in the file to fetch in one request each. */
function batches<T extends { offset: number; length: number }>(found: T[]): T[][] {
  const sorted = [...found].sort((a, b) => a.offset - b.offset);
  const out: T[][] = [];
  for (const item of sorted) {
    const run = out[out.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && prev.length && item.offset - (prev.offset + prev.length) <= MERGE_GAP_BYTES) run.push(item);
    else out.push([item]);
  }
  return out;
}

/** `work` on each item, at most `limit` at a time; the results in the items' order. */
async function inPool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * A FlatGeobuf feature as the geo/ schema reads a GeoJSON one: its `id` column is the feature's id
 * (an integer column reads as its digits); a file without one gets `fgb-<index in the file>`.
 */
function toGeoFeature(feature: { properties?: Record<string, unknown> | null; geometry: unknown }, index: number) {
  const { id, ...properties } = feature.properties ?? {};
  return {
    type: 'Feature',
    id: id === undefined ? `fgb-${index}` : Number.isInteger(id) ? String(id) : id,
    properties,
    geometry: feature.geometry,
  };
}

/** For sorting problems in file order: the number after `#` in the feature's label. */
function featureIndex(problem: GeoDataError): number {
  return Number(/#(\d+)/.exec(problem.feature ?? '')?.[1] ?? 0);
}

function headerError(err: unknown, url: string): unknown {
  if (err instanceof GeoDataError || (err instanceof Error && err.name === 'AbortError')) return err;
  const message = err instanceof Error ? err.message : String(err);
  const problem =
    message === 'Not a FlatGeobuf file'
      ? 'is not a FlatGeobuf file (its first bytes are not "fgb\\u0003")'
      : /No index found/.test(message)
        ? 'has no spatial index, which reading by view needs (ogr2ogr writes one unless -lco SPATIAL_INDEX=NO)'
        : `has a FlatGeobuf header that cannot be read (${message})`;
  return new GeoDataError({ file: url, problem });
}
