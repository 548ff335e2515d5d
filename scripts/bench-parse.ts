/**
 * A bureau's file of 100,000 sites (issue 13): what checking it costs, and where. Prints CPU ms for
 * the whole parse and check (what the Worker absorbs; on the main-thread fallback the JSON.parse is
 * one block and each batch another), the longest batch, and the cost of receiving one batch from the
 * Worker (a structured clone: all the main thread does per batch in the Worker path).
 * Run: npx tsx scripts/bench-parse.ts [features]. CPU time, since wall time on a shared machine is noise.
 */
import { siteBatches, SITE_BATCH } from '../src/data/site-batches';
import { scaleFeatures } from './bench-scale-data';

const N = Number(process.argv[2]) || 100_000;
const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features: scaleFeatures(N) }));
const cpu = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

const start = process.cpuUsage();
const batches = siteBatches(bytes, 'bench.geojson');
let t = process.cpuUsage();
const first = batches.next();
const firstMs = cpu(t);
const batchMs: number[] = [];
const cloneMs: number[] = [];
let sites = first.done ? 0 : first.value.sites.length;
for (;;) {
  t = process.cpuUsage();
  const next = batches.next();
  if (next.done) break;
  batchMs.push(cpu(t));
  sites += next.value.sites.length;
  t = process.cpuUsage();
  structuredClone(next.value);
  cloneMs.push(cpu(t));
}
const total = cpu(start);
const max = (a: number[]) => Math.max(...a).toFixed(1);
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(1);
console.log(
  `parse + check ${N} features (${(bytes.byteLength / 1048576).toFixed(1)} MB), batches of ${SITE_BATCH}, CPU ms`,
);
console.log(`  whole file: ${total.toFixed(0)} ms (${sites} sites)`);
console.log(`  JSON.parse + first batch: ${firstMs.toFixed(0)} ms (one block on the main-thread fallback)`);
console.log(`  one batch checked: median ${median(batchMs)}, max ${max(batchMs)} ms`);
console.log(
  `  one batch received from the Worker (structured clone): median ${median(cloneMs)}, max ${max(cloneMs)} ms`,
);
