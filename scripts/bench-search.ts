/**
 * A keystroke's search over 1,000, 10,000 and 100,000 sites (issue 13): the prebuilt index
 * (src/search/site-index.ts) against searchSites scanning the sites, typing queries one character at
 * a time. Prints the index's build time, at once and in slices (as the page builds it: the longest
 * slice is what the page feels), and min / median / max ms per keystroke, wall and CPU (CPU is less
 * moved by other processes on a shared machine). Run: npm run bench:search [-- sites...].
 * A benchmark, not a test: timings depend on the machine, so no test asserts them.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { validateSites } from '../src/data/parse-sites';
import { searchSites } from '../src/search/search-sites';
import { buildSiteIndex, buildSiteIndexInSlices } from '../src/search/build-site-index';
import { whenSiteIndexReady } from '../src/search/site-index';
import { visibleSites } from '../src/search/visible-sites';
import { layerIds } from '../src/search/layer-ids';
import type { Site } from '../src/model/types';
import { scaleFeatures } from './bench-scale-data';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const QUERIES = ['leitai', 'lei tai', 'Temple 42', '雷台', 'lthm', '白塔寺9', 'l', 'gu cheng'];
/** The scan takes seconds a keystroke at 100,000: it is timed on this many keystrokes only. */
const SCAN_KEYSTROKES = 8;

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `min ${s[0].toFixed(1)}  median ${s[Math.floor(s.length / 2)].toFixed(1)}  max ${s.at(-1)!.toFixed(1)} ms`;
};

function typed(): string[] {
  return QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, n) => query.slice(0, n + 1)));
}

/** Wall-clock and CPU ms per keystroke. */
function keystrokes(queries: string[], search: (q: string) => unknown): [number[], number[]] {
  const ms: number[] = [];
  const cpu: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    const c = process.cpuUsage();
    search(query);
    const used = process.cpuUsage(c);
    ms.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return [ms, cpu];
}

/** The sliced build as the page runs it, timing each slice (the page's longest task during indexing). */
async function slicedBuild(sites: readonly Site[]): Promise<{ wall: number; cpu: number; slices: number[] }> {
  const slices: number[] = [];
  let sliceStart = performance.now();
  let cpu = 0;
  let c = process.cpuUsage();
  const t = performance.now();
  await buildSiteIndexInSlices(sites, {
    yieldToPage: async () => {
      slices.push(performance.now() - sliceStart);
      const used = process.cpuUsage(c);
      cpu += (used.user + used.system) / 1000;
      await new Promise((resolve) => setImmediate(resolve));
      c = process.cpuUsage();
      sliceStart = performance.now();
    },
  });
  return { wall: performance.now() - t, cpu, slices: slices.slice(1) };
}

console.log(
  `bench:search on ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`queries typed a character at a time: ${QUERIES.join(' | ')}`);
for (const n of SIZES.length ? SIZES : [1_000, 10_000, 100_000]) {
  const { sites } = validateSites({ type: 'FeatureCollection', features: scaleFeatures(n) }, 'bench');
  const t = performance.now();
  const c = process.cpuUsage();
  const index = buildSiteIndex(sites);
  const used = process.cpuUsage(c);
  const buildMs = performance.now() - t;
  const sliced = await slicedBuild(sites);
  const queries = typed();
  // `search` remembers its last query (the map, the list and the counts ask for the same one in a
  // keystroke): alternate two indexes so every timed keystroke is a real search.
  const other = buildSiteIndex(sites);
  keystrokes(queries, (q) => other.search(q)); // warm up the JIT
  const [indexed, indexedCpu] = keystrokes(queries, (q) => index.search(q));
  // What the list does per keystroke: the search, then the layer filter (visibleSites), index ready.
  const visible = layerIds;
  await whenSiteIndexReady(sites);
  const [listed, listedCpu] = keystrokes(queries, (q) => visibleSites(sites, visible, q));
  const [scanned, scannedCpu] = keystrokes(
    queries.filter((_, i) => i % Math.ceil(queries.length / SCAN_KEYSTROKES) === 0),
    (q) => searchSites(sites, q),
  );
  console.log(`\n${n.toLocaleString('en')} sites, ${queries.length} keystrokes`);
  console.log(
    `  index build at once:      wall ${buildMs.toFixed(0)} ms, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms`,
  );
  console.log(
    `  index build in slices:    wall ${sliced.wall.toFixed(0)} ms, CPU ${sliced.cpu.toFixed(0)} ms, ` +
      `${sliced.slices.length} slices: ${stats(sliced.slices)}`,
  );
  console.log(`  indexed keystroke:        wall ${stats(indexed)}; CPU ${stats(indexedCpu)}`);
  console.log(`  + layer filter (list):    wall ${stats(listed)}; CPU ${stats(listedCpu)}`);
  console.log(`  scan (searchSites), ${scanned.length} keystrokes: wall ${stats(scanned)}; CPU ${stats(scannedCpu)}`);
}
