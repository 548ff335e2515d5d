/**
 * How long orderStops takes on a day of 30 stops: 30 of the 32 real sites, then seeded random points
 * over the district. Run: npx tsx scripts/bench-order-stops.ts [runs]. Prints min / median / max ms.
 * A benchmark, not a test: timings depend on the machine, so no test asserts them.
 */
import { seeded } from './seeded';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseSites } from '../src/data/parse-sites';
import type { LonLat } from '../src/model/itinerary';
import { orderStops } from '../src/plan/order-stops';
import { pathLengthKm } from '../src/plan/path-length-km';
import { DEFAULT_START } from '../src/plan/start-points';

const runs = Math.max(20, Number(process.argv[2]) || 25);
const STOPS = 30;

type Stop = { id: string; coordinates: LonLat };

function time(label: string, sets: Stop[][]): void {
  for (let i = 0; i < 5; i++) orderStops(sets[i % sets.length], DEFAULT_START); // warm up the JIT
  const ms: number[] = [];
  let nnKm = 0;
  let finalKm = 0;
  for (let r = 0; r < runs; r++) {
    const stops = sets[r % sets.length];
    const t0 = performance.now();
    const ordered = orderStops(stops, DEFAULT_START);
    ms.push(performance.now() - t0);
    nnKm += pathLengthKm(DEFAULT_START, orderStops(stops, DEFAULT_START, { improve: false }));
    finalKm += pathLengthKm(DEFAULT_START, ordered);
  }
  ms.sort((a, b) => a - b);
  const median = runs % 2 ? ms[(runs - 1) / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
  const f = (x: number) => x.toFixed(2);
  console.log(
    `${label}: ${runs} runs of ${STOPS} stops: min ${f(ms[0])} ms, median ${f(median)} ms, max ${f(ms[runs - 1])} ms; path ${f(nnKm / runs)} km after nearest neighbour, ${f(finalKm / runs)} km after 2-opt`,
  );
}

const sites = parseSites(
  JSON.parse(readFileSync(join(import.meta.dirname, '../geo/sites.geojson'), 'utf8')),
  'sites.geojson',
);
const real: Stop[] = sites.slice(0, STOPS).map((s) => ({ id: s.id, coordinates: s.coordinates }));

// Over 凉州区's extent (102.0-103.4 E, 37.4-38.2 N), a fresh set per run.
const random = seeded(20240601);
const randomSets: Stop[][] = Array.from({ length: runs }, (_, r) =>
  Array.from({ length: STOPS }, (_, i) => ({
    id: `r${r}-${i}`,
    coordinates: [102.0 + random() * 1.4, 37.4 + random() * 0.8] as LonLat,
  })),
);

console.log(`node ${process.version}`);
time('real sites', [real]);
time('seeded random points', randomSets);
