/**
 * `npm run bench`: builds the app and the bare-Leaflet baseline, then loads each several times in
 * one run of headless Chromium, alternating, and prints min/median/max of
 *   - time to ready (ours: `lz-ready`; baseline: layers added and a frame drawn), from navigation start
 *   - first contentful paint (ours: the district's outline written into the page; baseline: the map)
 *   - JS bytes, gzipped, of the scripts the load fetched (what a visitor downloads first)
 *   - JS heap used after load (after a forced GC)
 *   - long tasks (> 50 ms) during load
 * and the ratios against the targets. Then runs the other benchmarks found in scripts/bench-*.ts.
 * Timings on shared machines are noisy (±25 % between runs): compare within one run, never across.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { findChromium } from './find-chromium';
import { serveDir } from './serve-dir';

const root = join(fileURLToPath(import.meta.url), '../..');
const LOADS = Number(process.env.BENCH_LOADS ?? 9);
/**
 * Another build of the page to load in the same run, alternating with ours (e.g. main's dist/, copied
 * aside): a before/after comparison on the same machine at the same load. Printed as `before`.
 */
const BEFORE = process.env.BENCH_BEFORE;
/** Only the page loads (no other bench-*.ts): BENCH_PAGE_ONLY=1. */
const PAGE_ONLY = process.env.BENCH_PAGE_ONLY === '1';

function run(cmd: string, args: string[]) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

function jsGzipBytes(dir: string): number {
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)],
    );
  return files(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}

interface Load {
  readyMs: number;
  fcpMs: number;
  /** Scripts fetched by the load, gzipped: lazy chunks (the QR code library) are not counted until used. */
  jsKb: number;
  heapMb: number;
  longTasks: number;
  longTaskMs: number;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const fmt = (x: number, d = 1) => x.toFixed(d).padStart(8);

async function main() {
  console.log('Building the app and the baseline ...');
  // The whole publish folder (pages and widget files), as npm run build makes it.
  run('npm', ['run', 'build', '--silent']);
  run('npx', ['vite', 'build', '--config', 'bench/vite.bench.config.ts']);
  const ours = await serveDir(join(root, 'dist'));
  const bare = await serveDir(join(root, '.bench/bare'));
  const before = BEFORE ? await serveDir(BEFORE) : undefined;

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const results: Record<'ours' | 'bare' | 'before', Load[]> = { ours: [], bare: [], before: [] };
  const urls = { ours: ours.url, bare: bare.url, before: before?.url ?? '' };
  const pages = before ? (['ours', 'bare', 'before'] as const) : (['ours', 'bare'] as const);
  for (let i = 0; i < LOADS; i++) {
    // Each load starts the rotation one page later, so a slow patch of the machine does not land on one page only.
    for (const which of pages.map((_, k) => pages[(i + k) % pages.length])) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script')
          scripts.push(r.body().then((b) => gzipSync(b, { level: 9 }).length));
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __ready?: number; __long: number[] };
        w.__long = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
          type: 'longtask',
          buffered: true,
        });
        document.addEventListener('lz-ready', () => (w.__ready = performance.now()), { once: true });
      });
      await page.goto(urls[which]);
      await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, null, {
        timeout: 30_000,
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { readyMs, fcpMs, long } = await page.evaluate(() => {
        const w = window as unknown as { __ready: number; __long: number[] };
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        return { readyMs: w.__ready, fcpMs: fcp, long: w.__long };
      });
      const jsKb = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) / 1024;
      results[which].push({
        readyMs,
        fcpMs,
        jsKb,
        heapMb: usedSize / 2 ** 20,
        longTasks: long.length,
        longTaskMs: long.reduce((a, b) => a + b, 0),
      });
      await context.close();
    }
  }
  await browser.close();
  ours.server.close();
  bare.server.close();
  before?.server.close();

  // dist/assets: the pages' own chunks; dist/ also holds the widget files, which the page does not load.
  const built = { ours: jsGzipBytes(join(root, 'dist/assets')), bare: jsGzipBytes(join(root, '.bench/bare')) };
  console.log(`\nPage load, ${LOADS} loads each, alternating, one Chromium (min / median / max):`);
  console.log(
    `                         ours (min   med   max)        bare (min   med   max)${before ? '      before (min   med   max)' : ''}`,
  );
  const row = (label: string, key: keyof Load, d = 1) => {
    const o = stats(results.ours.map((r) => r[key]));
    const b = stats(results.bare.map((r) => r[key]));
    const p = before ? stats(results.before.map((r) => r[key])) : undefined;
    console.log(
      `${label.padEnd(22)}${fmt(o.min, d)}${fmt(o.median, d)}${fmt(o.max, d)}    ${fmt(b.min, d)}${fmt(b.median, d)}${fmt(b.max, d)}` +
        (p ? `    ${fmt(p.min, d)}${fmt(p.median, d)}${fmt(p.max, d)}` : ''),
    );
    return { o, b, p };
  };
  const ready = row('time to ready, ms', 'readyMs');
  const fcp = row('first paint (FCP), ms', 'fcpMs');
  row('JS heap after load, MB', 'heapMb', 2);
  row('long tasks, count', 'longTasks', 0);
  row('long tasks, total ms', 'longTaskMs');
  const js = row('JS loaded, gzip KB', 'jsKb');
  console.log(
    `${'JS built, gzip KB'.padEnd(22)}${fmt(built.ours / 1024)}${' '.repeat(16)}    ${fmt(built.bare / 1024)}   (all chunks and pages, lazy ones too)`,
  );
  const readyRatio = ready.o.median / ready.b.median;
  if (ready.p)
    console.log(
      `\nbefore: ready time ratio (median before / median bare): ${(ready.p.median / ready.b.median).toFixed(2)}`,
    );
  const fcpRatio = fcp.o.median / fcp.b.median;
  const jsRatio = js.o.median / js.b.median;
  // Issue 13: first paint and ready time within 1.1x the bare page's (1.3 before it).
  console.log(
    `\nready time ratio (median ours / median bare): ${readyRatio.toFixed(2)}  (target <= 1.10) ${readyRatio <= 1.1 ? 'OK' : 'OVER'}`,
  );
  console.log(
    `FCP ratio (median ours / median bare):        ${fcpRatio.toFixed(2)}  (target <= 1.10) ${fcpRatio <= 1.1 ? 'OK' : 'OVER'}`,
  );
  console.log(
    `JS loaded gzipped ratio (ours / bare):        ${jsRatio.toFixed(2)}  (target <= 1.60) ${jsRatio <= 1.6 ? 'OK' : 'OVER'}`,
  );

  if (PAGE_ONLY) return;
  for (const f of readdirSync(join(root, 'scripts'))
    .filter((n) => /^bench-.+\.ts$/.test(n))
    .sort()) {
    console.log(`\n== scripts/${f}`);
    execFileSync(join(root, 'node_modules/.bin/tsx'), [join('scripts', f)], { cwd: root, stdio: 'inherit' });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
