/**
 * The planner's figures for the built-in data (issue 12), as Markdown, for a closing note or a review:
 * the compare table (src/spatial/compare-areas.ts, what the Analysis tab and its CSV show), the axis
 * corridor at 1, 5, 10 and 20 km (src/spatial/axis-corridor.ts), and min / median / max ms to compute
 * each. Every figure of the table is also recomputed here another way, straight from geo/*.geojson:
 * counts from the raw features, areas by an equal-area projection instead of turf's spherical formula,
 * distances by a flat local frame instead of turf's, and the script says where the two disagree.
 * Run: npx tsx scripts/planner-figures.ts
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { parseLayout, type LayoutFiles } from '../src/data/parse-layout';
import { AREA_IDS, CATEGORIES, THEMES } from '../src/model/types';
import { axisCorridor } from '../src/spatial/axis-corridor';
import { compareAreas, type AreaRow } from '../src/spatial/compare-areas';

/** The built-in files as the app bundles them (src/data/built-in-files.ts, which node cannot import: `?raw`). */
const text = (name: string) => readFileSync(new URL(`../geo/${name}`, import.meta.url), 'utf8');
const files = Object.fromEntries(
  ['boundary', 'context', 'core', 'axis', 'zones', 'sites'].map((n) => [`${n}.geojson`, text(`${n}.geojson`)]),
) as unknown as LayoutFiles;
const layout = parseLayout(files);
const rows = compareAreas(layout, layout.sites);

// --- The table, as the app computes it ---------------------------------------------------------
const names = new Map<string, string>([[`core`, `${layout.core.name.zh} / ${layout.core.name.en}`]]);
for (const z of layout.zones) names.set(z.id, `${z.name.zh} / ${z.name.en}`);
const f1 = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(1));
const byCategory = (r: AreaRow) =>
  CATEGORIES.filter((c) => r.byCategory[c])
    .map((c) => `${c} ${r.byCategory[c]}`)
    .join(', ') || '–';
const byTheme = (r: AreaRow) =>
  [
    ...THEMES.filter((t) => r.byTheme[t]).map((t) => `${t} ${r.byTheme[t]}`),
    ...(r.noTheme ? [`none ${r.noTheme}`] : []),
  ].join(', ') || '–';

console.log(`## Compare areas (built-in data: ${layout.sites.length} sites)\n`);
console.log(
  '| area | km² | sites | per 100 km² | national | provincial | median km to axis | by category | by theme |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---|---|');
for (const r of rows)
  console.log(
    `| ${names.get(r.id)} | ${r.areaKm2.toFixed(1)} | ${r.sites} | ${r.perHundredKm2.toFixed(2)} | ${r.national} | ${r.provincial} | ${f1(r.medianAxisKm)} | ${byCategory(r)} | ${byTheme(r)} |`,
  );

// --- The same figures another way, from the raw files -------------------------------------------
type Props = { zone?: string; category?: string; themes?: string[]; heritage?: { zh?: string } };
const raw = (name: string) =>
  JSON.parse(text(name)) as {
    features: Feature<Polygon | MultiPolygon | LineString, Props & { id?: string }>[];
  };
const sites = raw('sites.geojson').features as unknown as Feature<{ type: 'Point'; coordinates: Position }, Props>[];
const shapes = new Map<string, Polygon | MultiPolygon>([
  ['core', raw('core.geojson').features[0].geometry as Polygon | MultiPolygon],
]);
for (const f of raw('zones.geojson').features)
  shapes.set(String(f.properties.id ?? f.id), f.geometry as Polygon | MultiPolygon);
const axis = (raw('axis.geojson').features[0].geometry as LineString).coordinates;

/** km² by Lambert's cylindrical equal-area projection on the authalic sphere (R 6371.0072 km), shoelace. */
function equalAreaKm2(g: Polygon | MultiPolygon): number {
  const R = 6371.0072;
  const ring = (r: Position[]) => {
    let s = 0;
    for (let i = 0; i < r.length - 1; i++) {
      const [x1, y1] = [(r[i][0] * Math.PI * R) / 180, R * Math.sin((r[i][1] * Math.PI) / 180)];
      const [x2, y2] = [(r[i + 1][0] * Math.PI * R) / 180, R * Math.sin((r[i + 1][1] * Math.PI) / 180)];
      s += x1 * y2 - x2 * y1;
    }
    return Math.abs(s) / 2;
  };
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((sum, [outer, ...holes]) => sum + ring(outer) - holes.reduce((h, r) => h + ring(r), 0), 0);
}

/** km from a point to the axis polyline, in a flat frame (km per degree at the point's latitude). */
function flatKmToAxis([lon, lat]: Position): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.574;
  let best = Infinity;
  for (let i = 1; i < axis.length; i++) {
    const [ax, ay] = [(axis[i - 1][0] - lon) * kx, (axis[i - 1][1] - lat) * ky];
    const [bx, by] = [(axis[i][0] - lon) * kx, (axis[i][1] - lat) * ky];
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length === 0 ? undefined : s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log('\n## Cross-check from geo/*.geojson (equal-area km², raw counts, flat-frame distances)\n');
console.log('| area | km² (equal-area) | vs turf | sites | national | provincial | median km | agrees |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
let disagreements = 0;
for (const r of rows) {
  const mine = sites.filter((s) => s.properties.zone === r.id);
  const zh = (s: (typeof mine)[number]) => s.properties.heritage?.zh ?? '';
  const national = mine.filter((s) => /全国重点文物保护单位|国家历史文化名城/.test(zh(s))).length;
  const provincial = mine.filter(
    (s) => !/全国重点文物保护单位|国家历史文化名城/.test(zh(s)) && /省(级)?文物保护单位|省历史文化街区/.test(zh(s)),
  ).length;
  const km2 = equalAreaKm2(shapes.get(r.id)!);
  const med = median(mine.map((s) => flatKmToAxis(s.geometry.coordinates)));
  const byCat = Object.fromEntries(
    CATEGORIES.map((c) => [c, mine.filter((s) => s.properties.category === c).length]).filter(([, n]) => n),
  );
  const same =
    mine.length === r.sites &&
    national === r.national &&
    provincial === r.provincial &&
    Math.abs(km2 / r.areaKm2 - 1) < 0.005 &&
    (med === undefined ? r.medianAxisKm === undefined : Math.abs(med - r.medianAxisKm!) < 0.1) &&
    JSON.stringify(byCat) ===
      JSON.stringify(Object.fromEntries(CATEGORIES.filter((c) => r.byCategory[c]).map((c) => [c, r.byCategory[c]])));
  if (!same) disagreements++;
  console.log(
    `| ${r.id} | ${km2.toFixed(1)} | ${((km2 / r.areaKm2 - 1) * 100).toFixed(2)} % | ${mine.length} | ${national} | ${provincial} | ${f1(med)} | ${same ? 'yes' : 'NO'} |`,
  );
}
console.log(
  `\nRows that disagree (area off by 0.5 % or more, a median by 0.1 km or more, any count): ${disagreements}`,
);

// --- The corridor ---------------------------------------------------------------------------------
console.log('\n## Axis corridor\n');
console.log(`| width | sites | ${AREA_IDS.join(' | ')} |`);
console.log(`|---:|---:|${AREA_IDS.map(() => '---:').join('|')}|`);
for (const km of [1, 5, 10, 20]) {
  const c = axisCorridor(layout.axis, layout.sites, km);
  console.log(`| ${km} km | ${c.sites.length} | ${AREA_IDS.map((id) => c.perArea[id]).join(' | ')} |`);
}
const at5 = axisCorridor(layout.axis, layout.sites, 5).sites;
const flat5 = sites.filter((s) => flatKmToAxis(s.geometry.coordinates) <= 5).length;
console.log(`\nAt 5 km: ${at5.map((s) => `${s.id} ${s.distanceKm.toFixed(2)}`).join(', ')}`);
console.log(`Cross-check at 5 km by flat-frame distance: ${flat5} sites`);

// --- Timings --------------------------------------------------------------------------------------
const time = (run: () => unknown, n = 200) => {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  const s = ms.sort((a, b) => a - b);
  return `min ${s[0].toFixed(2)} / median ${s[n >> 1].toFixed(2)} / max ${s.at(-1)!.toFixed(2)} ms (${n} runs)`;
};
console.log('\n## Time to compute (node, built-in data)\n');
console.log(`- compareAreas: ${time(() => compareAreas(layout, layout.sites))}`);
console.log(`- axisCorridor at 5 km: ${time(() => axisCorridor(layout.axis, layout.sites, 5))}`);
console.log(
  `- load average at the end (1/5/15 min): ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}`,
);
