/**
 * A keystroke's search over 100,000 sites (issue 13): the prebuilt index (src/search/site-index.ts)
 * against searchSites scanning the sites, typing queries one character at a time. Prints the index's
 * build time and min / median / max ms per keystroke. Run: npx tsx scripts/bench-search.ts [sites].
 * A benchmark, not a test: timings depend on the machine, so no test asserts them.
 */
import { performance } from 'node:perf_hooks';
import { validateSites } from '../src/data/parse-sites';
import { searchSites } from '../src/search/search-sites';
import { buildSiteIndex } from '../src/search/site-index';
import { scaleFeatures } from './bench-scale-data';

const N = Number(process.argv[2]) || 100_000;
const { sites } = validateSites({ type: 'FeatureCollection', features: scaleFeatures(N) }, 'bench');
const QUERIES = ['leitai', 'lei tai', 'Temple 42', '雷台', 'lthm', '白塔寺9'];

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `min ${s[0].toFixed(1)}  median ${s[Math.floor(s.length / 2)].toFixed(1)}  max ${s.at(-1)!.toFixed(1)} ms`;
};

/** Wall-clock ms per keystroke, and CPU ms (less moved by other processes on a shared machine). */
function keystrokes(search: (q: string) => unknown): [number[], number[]] {
  const ms: number[] = [];
  const cpu: number[] = [];
  for (const query of QUERIES)
    for (let n = 1; n <= query.length; n++) {
      const t = performance.now();
      const c = process.cpuUsage();
      search(query.slice(0, n));
      const used = process.cpuUsage(c);
      ms.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
  return [ms, cpu];
}

const t = performance.now();
const index = buildSiteIndex(sites);
const buildMs = performance.now() - t;
keystrokes((q) => index.search(q)); // warm up the JIT
const [indexed, indexedCpu] = keystrokes((q) => index.search(q));
const [scanned, scannedCpu] = keystrokes((q) => searchSites(sites, q));
console.log(`search over ${sites.length} sites, ${indexed.length} keystrokes (${QUERIES.join(' | ')})`);
console.log(`  index build (once per sites array): ${buildMs.toFixed(0)} ms`);
console.log(`  indexed keystroke:  wall ${stats(indexed)}; CPU ${stats(indexedCpu)}`);
console.log(`  scan (searchSites): wall ${stats(scanned)}; CPU ${stats(scannedCpu)}`);
