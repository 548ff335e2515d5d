/**
 * How fast each door of the element refuses a hostile input (issue 11), min/median/max over several
 * runs: `src` bodies that never end (chunked, no Content-Length), that declare 1 GB, that never answer
 * (the default 20 s timeout), 200,001 features; the lite build's `?geo=` files that never end or never
 * answer, and a `?geo=` that cannot be a folder; a tiles template with an unknown placeholder and one of
 * 1 MB; a 1 MB `layers` value; a 2,000-day trip of 300,000-stop days, a stored 2,000-day trip, 8,000
 * characters of `?trip=`; a first date of 10000-01-01; storage that throws; 1 MB of lone surrogates; a
 * 1 MB notice; a 1 MB bridge command.
 * Against a real HTTP server on localhost, in Node (undici's fetch), not in the browser.
 * Run: npx tsx scripts/bench-doors.ts [--runs 5] [--hang-runs 3] [--hang-ms 20000]
 * A benchmark, not a test: no test asserts these times. The hanging cases take runs × the timeout.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fetchSites, MAX_SITES_BYTES, SITES_TIMEOUT_MS } from '../src/data/fetch-sites';
import { parseJsonText } from '../src/data/parse-json-text';
import { MAX_SITE_FEATURES, validateSites } from '../src/data/parse-sites';
import { wellFormed } from '../src/data/well-formed';
import { readHostMessage } from '../src/embed/bridge-protocol';
import { BUILT_IN_MAX_BYTES, BUILT_IN_TIMEOUT_MS, loadBuiltInFiles } from '../src/embed/load-built-in-files';
import { exportIcs } from '../src/plan/export-ics';
import { decodeItinerary } from '../src/plan/itinerary-codec';
import { createTripStore, loadTrip, TRIP_STORAGE_KEY } from '../src/plan/itinerary-storage';
import { checkTripDate } from '../src/plan/trip-date';
import { ITINERARY_LIMITS, validateItinerary } from '../src/plan/validate-itinerary';
import { layerIds } from '../src/search/layer-ids';
import { parseLayers } from '../src/state/layer-visibility';
import { NOTICE_MAX_CHARS, noticeText } from '../src/state/notice-text';
import { checkTileTemplate } from '../src/state/tile-template';
import { unknownLayerIds } from '../src/state/unknown-layer-ids';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'hang-runs': { type: 'string', default: '3' },
    'hang-ms': { type: 'string', default: String(SITES_TIMEOUT_MS) },
  },
});
const RUNS = Number(args.runs);
const HANG_RUNS = Number(args['hang-runs']);
const HANG_MS = Number(args['hang-ms']);

let endlessSent = 0;
const server = createServer((req, res) => {
  const path = req.url ?? '';
  if (path.startsWith('/endless')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let open = true;
    endlessSent = 0;
    res.on('close', () => (open = false));
    const write = () => {
      while (open) {
        endlessSent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', write);
          return;
        }
      }
    };
    write();
  } else if (path === '/declared') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(1024 ** 3) });
    res.write('{');
  } else if (path === '/many') {
    res.writeHead(200, { 'content-type': 'application/json', connection: 'close' });
    res.end(manyFeatures);
  }
  // /hang…: never answers.
});

/** 200,001 minimal features: one more than the reader accepts. */
const manyFeatures = JSON.stringify({
  type: 'FeatureCollection',
  features: Array.from({ length: MAX_SITE_FEATURES + 1 }, (_, i) => ({
    type: 'Feature',
    properties: { id: `s-${i}` },
    geometry: { type: 'Point', coordinates: [102.6, 37.9] },
  })),
});

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  return `${f(s[0])} / ${f(median)} / ${f(s.at(-1)!)} ms (n=${s.length})`;
};

const unexpected: string[] = [];

/** Times `f` `runs` times; prints min/median/max and what it ended in (the error's category or "accepted"). */
async function measure(label: string, runs: number, f: () => unknown): Promise<void> {
  const ms: number[] = [];
  const outcomes = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    try {
      const r = await f();
      outcomes.add(typeof r === 'string' ? r : 'returned');
    } catch (err) {
      const e = err as { category?: string; name?: string; message?: string };
      const outcome = e.category ?? e.name ?? String(err);
      // An outcome the door did not choose (the connection failed): say what it was.
      if (outcome === 'fetch-failed' && !outcomes.has(outcome)) unexpected.push(`${label}: ${e.message}`);
      outcomes.add(outcome);
    }
    ms.push(performance.now() - t0);
  }
  console.log(`  ${label.padEnd(58)} ${[...outcomes].join(',').padEnd(16)} ${stats(ms)}`);
}

async function main(): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; min / median / max`,
  );

  const src = (path: string, timeoutMs?: number) => () =>
    fetchSites(`${base}${path}`, { allowedOrigins: undefined, ...(timeoutMs && { timeoutMs }) });
  console.log(
    `src: cap ${MAX_SITES_BYTES} bytes streamed, timeout ${SITES_TIMEOUT_MS} ms, ${MAX_SITE_FEATURES} features`,
  );
  await measure('endless chunked body, no Content-Length', RUNS, src('/endless'));
  console.log(
    `    (the server had written ${(endlessSent / 1024 ** 2).toFixed(1)} MB when the last connection closed)`,
  );
  await measure('Content-Length: 1 GB', RUNS, src('/declared'));
  await measure(`no answer at all (timeout ${HANG_MS} ms)`, HANG_RUNS, src('/hang', HANG_MS));
  await measure(
    `${MAX_SITE_FEATURES + 1} features (${(manyFeatures.length / 1024 ** 2).toFixed(1)} MB)`,
    RUNS,
    src('/many'),
  );
  await measure('  of which: JSON.parse and the reader, no network', RUNS, () => {
    validateSites(parseJsonText(manyFeatures, 'many'), 'many');
  });
  await measure('src from an origin not allowed (refused before any request)', RUNS, () =>
    fetchSites(`${base}/never-asked`, { allowedOrigins: ['https://bureau.example'] }),
  );

  console.log(`lite ?geo=: six files, each capped at ${BUILT_IN_MAX_BYTES} bytes, timeout ${BUILT_IN_TIMEOUT_MS} ms`);
  const geo = (folder: string, timeoutMs?: number) => async () => {
    const files = await loadBuiltInFiles(`https://cdn.example/liangzhou-map.lite.js?geo=${folder}`, { timeoutMs });
    const refused = Object.values(files).filter((t) => /could not be fetched/.test(String(t))).length;
    return `${refused}/6 refused`;
  };
  await measure('?geo= folder whose files never end', RUNS, geo(`${base}/endless/`));
  await measure(`?geo= folder that never answers (timeout ${HANG_MS} ms)`, HANG_RUNS, geo(`${base}/hang/`, HANG_MS));
  await measure('?geo=javascript:alert(1)', RUNS, geo('javascript:alert(1)'));

  console.log('tiles: https (http on localhost), placeholders {s} {z} {x} {y} {-y} {r}, at most 2,048 characters');
  const tiles = (t: string) => () => ('reason' in checkTileTemplate(t) ? 'refused' : 'accepted');
  await measure(
    '{accessToken} placeholder',
    RUNS,
    tiles('https://a.example/{z}/{x}/{y}.png?access_token={accessToken}'),
  );
  await measure('a 1 MB template', RUNS, tiles(`https://a.example/{z}/{x}/{y}/${'a'.repeat(1024 ** 2)}`));

  console.log('layers: unknown ids named, none known -> the default layers');
  const layers = Array.from({ length: 100_000 }, (_, i) => `x${i}`).join(',');
  await measure(`${(layers.length / 1024 ** 2).toFixed(1)} MB of unknown ids`, RUNS, () => {
    const visible = parseLayers(layers);
    const { unknown } = unknownLayerIds(layers.split(','), layerIds);
    return visible.size === layerIds.length && unknown.length > 0 ? 'default layers' : 'other';
  });

  const { maxDays, maxStopsPerDay } = ITINERARY_LIMITS;
  console.log(`trip (property, storage, ?trip=): one validator, ${maxDays} days x ${maxStopsPerDay} stops`);
  const ids = Array.from({ length: 300_000 }, () => 'leitai-temple');
  const days = Array.from({ length: 2000 }, () => ({ name: 'd', siteIds: ids }));
  await measure('itinerary: 2,000 days x 300,000 stops', RUNS, () => {
    const r = validateItinerary({ days });
    return r.ok ? `${r.itinerary.days.length} days kept` : 'refused';
  });
  await measure('itinerary: null', RUNS, () => (validateItinerary(null).ok ? 'accepted' : 'refused'));
  const stored = JSON.stringify({ v: 1, days: days.map((d) => ({ name: d.name, siteIds: ids.slice(0, 100) })) });
  await measure(`stored trip: 2,000 days x 100 stops (${(stored.length / 1024 ** 2).toFixed(1)} MB)`, RUNS, () => {
    const trip = loadTrip({ getItem: (k) => (k === TRIP_STORAGE_KEY ? stored : null) });
    return `${trip?.itinerary.days.length ?? 0} days kept`;
  });
  await measure('?trip= of 8,000 characters of garbage', RUNS, () =>
    decodeItinerary(`1*${'.a'.repeat(3999)}`, ['a']) ? 'decoded' : 'refused',
  );

  console.log('export date: 1000-01-01 to 9999-12-31, the whole trip inside');
  await measure('checkTripDate 10000-01-01', RUNS, () => (checkTripDate('10000-01-01') ? 'refused' : 'accepted'));
  await measure('exportIcs from 10000-01-01', RUNS, () => exportIcs({ days: [] }, [], '10000-01-01'));

  console.log('storage: one notice when the trip cannot be kept');
  await measure('a localStorage getter that throws, 1,000 saves', RUNS, () => {
    let told = 0;
    const store = createTripStore(
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
      () => told++,
    );
    for (let i = 0; i < 1000; i++) store.save({ itinerary: { days: [] } });
    return `${told} notice`;
  });

  console.log(`text and notices: well-formed at parse; a notice is at most ${NOTICE_MAX_CHARS} characters + host`);
  const surrogates = '寺\ud800'.repeat(512 * 1024);
  await measure('1 MB of text with lone surrogates, mended', RUNS, () => {
    encodeURIComponent(wellFormed(surrogates));
    return 'mended';
  });
  await measure(
    'notice from a 1 MB message',
    RUNS,
    () => `${[...noticeText('x'.repeat(1024 ** 2), 'h')].length} chars`,
  );

  console.log('bridge: commands checked field by field; src and tiles refused unless the deployment allows');
  await measure('setAttribute src (denied by default)', RUNS, () =>
    readHostMessage({ source: 'liangzhou-map-host', command: 'setAttribute', name: 'src', value: '/open.json' })
      ? 'accepted'
      : 'refused',
  );
  const bigCommand = { source: 'liangzhou-map-host', command: 'setAttribute', name: 'layers', value: layers };
  await measure('setAttribute layers with a 1 MB value', RUNS, () =>
    readHostMessage(bigCommand) ? 'read' : 'refused',
  );

  for (const line of unexpected) console.log(`note: ${line}`);
  server.closeAllConnections();
  server.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
