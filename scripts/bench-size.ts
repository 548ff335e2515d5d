/**
 * The widget's download size against its budgets, gzipped JavaScript with Leaflet, Lit and everything
 * else it runs, the geo data not counted (the data is the district, not the widget; the lite build and
 * the one-tag script fetch it separately):
 *   - start-up: the map's code plus the panels that load by themselves right after it (BUDGET_BYTES);
 *   - one-tag: what `<script src="liangzhou-map.js">` downloads before the map shows, the classic
 *     loader and the module graph it imports (ONE_TAG_BUDGET_BYTES; issue 13 aims at 70 kB).
 *
 *   npx tsx scripts/bench-size.ts            measure dist-lib/ (building it first if it is missing)
 *   npx tsx scripts/bench-size.ts --build    rebuild dist-lib/ first
 *   npx tsx scripts/bench-size.ts --check    exit 1 when over budget
 *   npx tsx scripts/bench-size.ts --files    also list this project's files in the one-tag start-up graph
 *
 * "Without geo data" is measured, not estimated: it is the lite build, the same code with
 * src/data/built-in-files.ts swapped for a 1 kB fetcher. The geo text is also gzipped on its own, and
 * the lite build's source map splits the minified bytes by package.
 * gzip is zlib level 9; 1 kB = 1000 bytes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeVlq } from './decode-vlq';

// 90 kB until the work on #8-#12 landed: visitor fields on the site card, the run-time link policy for a
// bureau's file, controllers and tokens, the trip's received-trip question and closed-stop checks, the filter
// model and the Analysis tab's messages and corridor drawing brought start-up to 106.8 kB (measured). The
// budget now holds that line so growth still fails; cutting start-up (a 70 kB target for the map, panels and
// messages loaded on demand) is #13's work.
// #13 made the one-tag script a loader of the lite build; start-up itself did not move (106.6 kB measured),
// so the budget now sits just above it.
// #14's base maps added 2.2 kB (the Layers tab's choice, its messages, the attributes' grammars, the 审图号 control;
// the providers' table, the GCJ-02 CRS and gcoord load only when a base map is picked).
// Wave 3 (#9 clusters with supercluster and kdbush, #13 the Worker glue and progress bar, the virtual list in
// the panels, #14 near me and the offline line) took start-up to 128.0 kB measured (map 111.0 + panels 16.9).
// The budget holds that line so further growth fails; the cut to 70 kB is #13's, still open.
// Wave 4 (#13 start-up) cut it to 116.3 kB measured (map 99.4 + panels 16.9): Leaflet's unused classes left out
// of the build (-2.8 kB), no top-level await on the geo files so the start-up code is one chunk instead of
// twenty-odd (-5.3 kB: one gzip stream, and one request), the English messages a chunk of their own (-3.8 kB).
// Merged with the rest of wave 4 (localized problem notices, the sliced search index, the `query` attribute, the
// FlatGeobuf hand-off, the content and planner fixes): 118.8 kB measured (map 101.7 + panels 17.1).
// Wave 5 (#13 item 4, the map's code first): 107.9 kB measured (map 88.4 + panels 19.5), from Leaflet's CSS without
// the rules for the layers control, the default icon, tooltips, IE 8 and VML (their base64 PNGs were 3.4 kB), and
// Leaflet without its Canvas renderer and tooltips (leaflet-unused-plugin.ts); the panels' share grew by the zh
// tables that now come with their elements instead of with the map. Not in that figure: the site card's chunk
// (2.6 kB), which the lite entry fetches beside the map's code without waiting for it, so that a page's own
// <lz-site-card> still registers (src/embed/lite.ts); bench-size lists it under "on first use".
// Merged with start-up in steps (tbt: LayoutMap.stage, yieldToMain, the panels in stages; +0.5 kB): 108.7 kB measured (map 89.2 + panels 19.5).
// Wave 6, +0.8 kB: the popup's stand-in when the card's chunk fails (+0.3), plain numbers without Intl (its first
// formatter was a long start-up task on a phone), the names measured in one layout: 109.5 kB measured (90.0 + 19.6);
// then the list's and the layer panel's first renders in two tasks (second-pass.ts, +0.2): 109.7 (90.0 + 19.8).
const BUDGET_BYTES = 109_800;
// The one-tag embed before the map shows: 157 kB gzip with #13's geo excluded (193.5 kB with it) when it was one
// IIFE; 96.5 kB measured as loader + lite module graph. The budget holds that line; ONE_TAG_TARGET_BYTES is the
// issue's aim, printed with the gap until the map's own code (i18n tables, trip state, the popup card) is split.
// Wave 3 took it to 111.3 kB measured (same growth as start-up above); wave 4 cut it to 99.7 kB (loader 0.3 +
// 99.4 kB: Leaflet 39.1, this project's code 41.3 of which the map's CSS with Leaflet's 6.4, Lit 7.3,
// supercluster and kdbush 3.7, turf 2.0). What keeps it over 70 kB: Leaflet alone is 39 kB, and the first frame
// draws the outlines, labels, clustered sites and the panel's frame, all in this graph (bench-size --files).
// Merged wave 4: 102.1 kB measured (loader 0.3 + 101.7).
// Wave 5 cut it to 88.7 kB measured (loader 0.3 + 88.4), step by step: the site card a chunk the first popup
// fetches (100.5), the zh tables of the card, the panels and the Analysis tab with their elements (99.0), the
// planner's (97.2), Leaflet's CSS without its unused rules and their base64 PNGs (92.6), no Canvas renderer (91.0),
// no tooltips (90.1), the src progress bar with the src reader (89.3), the names of categories, themes and a site's
// fields with the elements that show them (88.7). Left: Leaflet 36.6, Lit 7.3, supercluster and kdbush 3.7, turf
// 2.0, this project's map code 34.7 (the element and its controllers, the map adapter, the site marks, the CSS).
// Merged with start-up in steps (tbt, +0.3 kB): 89.5 kB measured (loader 0.3 + 89.2).
// Wave 6 (the same changes as start-up's above, +0.8 kB): 90.3 kB measured (loader 0.3 + 90.0).
const ONE_TAG_BUDGET_BYTES = 90_400;
const ONE_TAG_TARGET_BYTES = 70_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-lib');
const FILES = {
  es: 'liangzhou-map.es.js',
  iife: 'liangzhou-map.js',
  lite: 'liangzhou-map.lite.js',
} as const;

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** A module file and every chunk it imports statically, recursively (minified `from"./x.js"` / `import"./x.js"`). */
function staticGraph(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(join(out, file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) staticGraph(m[1], seen);
  return [...seen];
}

async function buildLib(): Promise<void> {
  const { build } = await import('vite');
  for (const mode of ['production', 'iife', 'lite', 'frame']) {
    await build({ configFile: join(root, 'vite.lib.config.ts'), mode, logLevel: 'warn' });
  }
}

/** Where a source file comes from: its npm package, or the project's src/ or geo/. */
function origin(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  if (source.includes('/geo/')) return 'geo data';
  if (source.includes('/src/')) return 'src (this project)';
  return source;
}

/** Minified bytes of `file` per source file, read from its source map ("(bundler runtime)" for unmapped code). */
function bytesBySource(file: string): Map<string, string[]> {
  const code = readFileSync(file, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const parts = new Map<string, string[]>();
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineNo) => {
    const text = code[lineNo] ?? '';
    const segments: Array<[number, number | undefined]> = [];
    let column = 0;
    for (const seg of line.split(',').filter(Boolean)) {
      const v = decodeVlq(seg);
      column += v[0];
      if (v.length >= 4) sourceIndex += v[1];
      segments.push([column, v.length >= 4 ? sourceIndex : undefined]);
    }
    segments.forEach(([start, src], i) => {
      const end = segments[i + 1]?.[0] ?? text.length;
      const key = src === undefined ? '(bundler runtime)' : map.sources[src];
      if (!parts.has(key)) parts.set(key, []);
      parts.get(key)!.push(text.slice(start, end));
    });
  });
  return parts;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const missing = Object.values(FILES).some((f) => !existsSync(join(out, f)));
  if (args.has('--build') || missing) {
    console.log(missing ? 'dist-lib/ is incomplete: building it (npm run build:lib) ...' : 'Building dist-lib/ ...');
    await buildLib();
  }

  // A module build's entry imports shared chunks statically: a page downloads those before the map
  // can draw, so they count; chunks loaded on first use (the trip planner, the QR code) do not.
  const rows = Object.entries(FILES).map(([variant, name]) => {
    const files = staticGraph(name);
    const datas = files.map((f) => readFileSync(join(out, f)));
    return {
      variant,
      name,
      files,
      raw: datas.reduce((s, d) => s + d.length, 0),
      gzip: datas.reduce((s, d) => s + gz(d), 0),
    };
  });
  const geoDir = join(out, 'geo');
  const geoNames = readdirSync(geoDir)
    .filter((n) => n.endsWith('.geojson'))
    .sort();
  const geoText = geoNames.map((n) => readFileSync(join(geoDir, n), 'utf8')).join('');
  const geoGzip = gz(geoText);
  const geoGzipEach = geoNames.reduce((sum, n) => sum + gz(readFileSync(join(geoDir, n))), 0);

  console.log('\nliangzhou-map widget, dist-lib/ (gzip -9, 1 kB = 1000 bytes)\n');
  console.log('file                      minified      gzip');
  for (const r of rows) {
    const chunks = r.files.length > 1 ? `  (+ ${r.files.slice(1).join(', ')}, imported statically)` : '';
    console.log(`${r.name.padEnd(24)}${kb(r.raw).padStart(10)}${kb(r.gzip).padStart(10)}${chunks}`);
  }
  // The lite build's lazy chunks: the panels load by themselves right after the map is drawn, so
  // they count toward what a page downloads; the trip planner and the data checker wait for use.
  const liteRow = rows.find((r) => r.variant === 'lite')!;
  const dynamic = new Set(
    liteRow.files.flatMap((f) =>
      [...readFileSync(join(out, f), 'utf8').matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]),
    ),
  );
  const afterMap = [...dynamic].filter((f) => f.startsWith('panel-elements-'));
  const afterMapFiles = [...new Set(afterMap.flatMap((f) => staticGraph(f)))].filter((f) => !liteRow.files.includes(f));
  const afterMapGzip = afterMapFiles.reduce((s, f) => s + gz(readFileSync(join(out, f))), 0);
  const onUse = [...dynamic].filter((f) => !afterMap.includes(f));
  const onUseFiles = [...new Set(onUse.flatMap((f) => staticGraph(f)))].filter(
    (f) => !liteRow.files.includes(f) && !afterMapFiles.includes(f),
  );
  console.log(
    `${'lite: panels, after map'.padEnd(24)}${''.padStart(10)}${kb(afterMapGzip).padStart(10)}  (${afterMapFiles.join(', ')})`,
  );
  console.log(
    `${'lite: on first use'.padEnd(24)}${''.padStart(10)}${kb(onUseFiles.reduce((s, f) => s + gz(readFileSync(join(out, f))), 0)).padStart(10)}  (${onUseFiles.join(', ')}: the trip planner and the checker for a page's own data; the QR code library loads later still)`,
  );
  console.log(
    `${'geo/*.geojson (6 files)'.padEnd(24)}${kb(geoText.length).padStart(10)}${kb(geoGzip).padStart(10)}  (${kb(geoGzipEach)} as six separate downloads)`,
  );

  const lite = rows.find((r) => r.variant === 'lite')!;
  const iife = rows.find((r) => r.variant === 'iife')!;
  const es = rows.find((r) => r.variant === 'es')!;
  console.log('\nWidget JS with the geo data bundled (liangzhou-map.es.js):  ' + kb(es.gzip));
  console.log('Widget JS without the geo data (liangzhou-map.lite.js):     ' + kb(lite.gzip));
  console.log(
    `  check: with-data minus gzipped geo text = ${kb(es.gzip - geoGzip)} (an estimate; the lite build is the measurement)`,
  );
  console.log(`One-tag loader (liangzhou-map.js, classic, imports the lite build): ${kb(iife.gzip)}`);

  // Everything the one-tag embed runs before the map shows, by package and, for this project's code, by file.
  const byOrigin = new Map<string, string[]>();
  const bySource = new Map<string, string[]>();
  for (const file of lite.files.filter((f) => existsSync(join(out, `${f}.map`))))
    for (const [source, chunks] of bytesBySource(join(out, file))) {
      const key = origin(source);
      byOrigin.set(key, [...(byOrigin.get(key) ?? []), ...chunks]);
      if (key === 'src (this project)') bySource.set(source, [...(bySource.get(source) ?? []), ...chunks]);
    }
  const measure = (entries: Map<string, string[]>) =>
    [...entries]
      .map(([key, chunks]) => ({ key, raw: chunks.join('').length, gzip: gz(chunks.join('')) }))
      .sort((a, b) => b.raw - a.raw);
  console.log(
    `\nMinified bytes of the one-tag start-up graph (${lite.files.join(', ')}) by origin (from the source maps; gzip of each part alone):`,
  );
  const parts = measure(byOrigin);
  for (const p of parts.filter((p) => p.raw >= 500))
    console.log(`  ${p.key.padEnd(28)}${kb(p.raw).padStart(10)}${kb(p.gzip).padStart(10)}`);
  const small = parts.filter((p) => p.raw < 500);
  if (small.length)
    console.log(`  ${`${small.length} others`.padEnd(28)}${kb(small.reduce((s, p) => s + p.raw, 0)).padStart(10)}`);
  if (args.has('--files')) {
    console.log("\n  this project's files in it, largest first:");
    for (const p of measure(bySource).filter((p) => p.raw >= 300))
      console.log(
        `    ${p.key.replace(/^.*?\/src\//, 'src/').padEnd(44)}${kb(p.raw).padStart(10)}${kb(p.gzip).padStart(10)}`,
      );
  }

  // What a page downloads by itself: the map's code and the panels that follow it.
  const atLoad = lite.gzip + afterMapGzip;
  const over = atLoad > BUDGET_BYTES;
  console.log(
    `\nBudget ${kb(BUDGET_BYTES)} (Leaflet and Lit included, geo data excluded): map ${kb(lite.gzip)} + panels ${kb(afterMapGzip)} = ${kb(atLoad)} -> ${over ? 'OVER' : 'within'} (${kb(Math.abs(BUDGET_BYTES - atLoad))} ${over ? 'over' : 'to spare'})`,
  );
  // The one-tag embed: the classic loader, then the lite module graph it imports, before the map shows.
  const loader = readFileSync(join(out, FILES.iife));
  if (!loader.toString('utf8').includes(FILES.lite))
    throw new Error(`${FILES.iife} does not load ${FILES.lite}: the one-tag figure below would be wrong`);
  const oneTag = gz(loader) + lite.gzip;
  const oneTagOver = oneTag > ONE_TAG_BUDGET_BYTES;
  console.log(
    `One-tag budget ${kb(ONE_TAG_BUDGET_BYTES)} (before the map shows, geo data excluded): loader ${kb(gz(loader))} + module graph ${kb(lite.gzip)} = ${kb(oneTag)} -> ${oneTagOver ? 'OVER' : 'within'}; issue 13's target ${kb(ONE_TAG_TARGET_BYTES)}: ${oneTag <= ONE_TAG_TARGET_BYTES ? 'met' : `${kb(oneTag - ONE_TAG_TARGET_BYTES)} over`}`,
  );
  if ((over || oneTagOver) && args.has('--check')) process.exit(1);
}

await main();
