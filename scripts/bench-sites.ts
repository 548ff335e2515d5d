/**
 * Sites at scale (issue 13 item 6): a bureau's file of 1,000, 10,000 and 100,000 seeded points
 * (test/fixtures/seeded-sites.ts), loaded in one headless Chromium by three pages side by side,
 * alternating (bench/sites/):
 *   ours     <liangzhou-map>, the file given as its `src` (fetched by the widget, checked in its Worker);
 *   marker   bare Leaflet, one default `L.marker` per point;
 *   cluster  bare Leaflet with Leaflet.markercluster (default options, one `addLayers`).
 * Each page builds its map, then fetches the file. Printed as min / median / max over the loads:
 *   - on screen: ms from the file's last byte to the first frame painted with its sites drawn;
 *   - longest main-thread task (PerformanceObserver longtask) during the load (from the page's start,
 *     the map's own start-up included), during the file's load alone (from its request to the sites on
 *     screen: issue 13's "the main thread never blocks for more than 50 ms" while a file is read), and
 *     during a scripted pan and zoom with the mouse (a drag, two wheel zooms in, one out);
 *   - DOM elements in the page (shadow roots included): after load, and the most at any step of
 *     the pan and zoom; and the most inside the map alone (our panels' list is outside it);
 *   - JS heap used after load (after a forced GC).
 * Each load has a deadline (BENCH_TIMEOUT_MS, default 120 s, the pan and zoom included): past it the
 * page is closed, and that page is not loaded again at that size; if its sites were on screen by
 * then, the load counts for what it measured before the pan and zoom (marked "-"). A load
 * slower than BENCH_SLOW_MS (default 15 s) is the page's last at that size too (100,000 bare markers
 * take minutes a load): the table says how many loads each row has and why any were skipped.
 * Knobs: BENCH_LOADS (default 5), BENCH_SIZES (default 1000,10000,100000), BENCH_PAGES (default
 * ours,marker,cluster; `ours-prop` is our widget given the points as its `sites` property, checked on
 * the main thread). BENCH_BEFORE: the directory of another build of these pages (e.g. main's, built with
 * `npx vite build -c bench/vite.sites.config.ts` in a checkout of it), served as `before/`: add
 * `before/ours` to BENCH_PAGES to measure a change against it, side by side in the same run. Run: npx tsx scripts/bench-sites.ts (npm run bench runs it too).
 * Timings on shared machines are noisy: compare within one run, never across runs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright';
import { seededSites } from '../test/fixtures/seeded-sites';
import { findChromium } from './find-chromium';
import { serveDir } from './serve-dir';

const root = join(fileURLToPath(import.meta.url), '../..');
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const PAGES = (process.env.BENCH_PAGES ?? 'ours,marker,cluster').split(',');
/** The longest one load may take, pan and zoom included (100,000 plain markers take minutes). */
const LOAD_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 120_000);
/** A load slower than this (to the sites on screen) is the page's last at that size. */
const SLOW_MS = Number(process.env.BENCH_SLOW_MS ?? 15_000);

interface Load {
  onScreenMs: number;
  loadLongMs: number;
  fileLongMs: number;
  panLongMs: number;
  nodes: number;
  nodesMax: number;
  mapNodesMax: number;
  heapMb: number;
}

/** Min, median and max of the figures measured (NaN: not measured, a pan and zoom that ran out of time). */
const stats = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

/**
 * In the page: its elements, in shadow roots too. A string, not a function: tsx would wrap a nested
 * function in a helper the page does not have.
 */
const COUNT_ELEMENTS = `(() => {
  let n = 0;
  const roots = [document];
  while (roots.length) for (const el of roots.pop().querySelectorAll('*')) { n++; if (el.shadowRoot) roots.push(el.shadowRoot); }
  return n;
})()`;
const countElements = (page: Page): Promise<number> => page.evaluate(COUNT_ELEMENTS) as Promise<number>;
/** In the page: the elements inside the map (Leaflet's container), where the sites are drawn; panels excluded. */
const MAP_ELEMENTS = COUNT_ELEMENTS.replace(
  'const roots = [document];',
  `const find = (r) => r.querySelector('.leaflet-container') ?? [...r.querySelectorAll('*')].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
  const roots = [find(document)];`,
);
const countMapElements = (page: Page): Promise<number> => page.evaluate(MAP_ELEMENTS) as Promise<number>;

interface PageMarks {
  __arrived?: number;
  __onScreen?: number;
  __moves: number;
  __error?: string;
  __long: { start: number; duration: number }[];
}

/** Waits for the map's next `moveend` after `action`, which moves it. */
async function moved(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as PageMarks).__moves);
  await action();
  await page.waitForFunction((n) => (window as unknown as PageMarks).__moves > n, before, { timeout: LOAD_TIMEOUT_MS });
}

/**
 * One load and its pan and zoom. What is measured goes into `partial` as it is, so a load whose pan
 * and zoom run past the deadline still counts for its time to screen (the pan and zoom figures NaN).
 */
async function loadOnce(page: Page, url: string, partial: Partial<Load>): Promise<Load> {
  await page.addInitScript(() => {
    const w = window as unknown as PageMarks;
    w.__long = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__long.push({ start: e.startTime, duration: e.duration })),
    ).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const w = window as unknown as PageMarks;
      return (w.__onScreen !== undefined && w.__arrived !== undefined) || w.__error !== undefined;
    },
    null,
    { timeout: LOAD_TIMEOUT_MS, polling: 100 },
  );
  const marks = await page.evaluate(() => {
    const w = window as unknown as PageMarks;
    // When the file was requested, from its resource timing (read here: the same for every page and build).
    const file = performance.getEntriesByType('resource').find((e) => e.name.includes('/points-'));
    return { arrived: w.__arrived, requested: file?.startTime ?? 0, onScreen: w.__onScreen, error: w.__error };
  });
  if (marks.error !== undefined) throw new Error(`${url}: ${marks.error}`);
  const longAtLoad = await page.evaluate(() => (window as unknown as PageMarks).__long);
  const nodes = await countElements(page);
  Object.assign(partial, {
    onScreenMs: marks.onScreen! - marks.arrived!,
    loadLongMs: Math.max(0, ...longAtLoad.filter((t) => t.start < marks.onScreen!).map((t) => t.duration)),
    fileLongMs: Math.max(
      0,
      ...longAtLoad.filter((t) => t.start >= marks.requested && t.start < marks.onScreen!).map((t) => t.duration),
    ),
    nodes,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  partial.heapMb = usedSize / 2 ** 20;

  // The scripted pan and zoom, with the mouse at the middle of the map.
  const panStart = await page.evaluate(() => performance.now());
  const { width, height } = page.viewportSize()!;
  const [x, y] = [width * 0.4, height / 2];
  let nodesMax = nodes;
  let mapNodesMax = await countMapElements(page);
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: 12 });
    await page.mouse.up();
  };
  const steps: Array<() => Promise<void>> = [
    () => drag(-250, -120),
    () => page.mouse.wheel(0, -120),
    () => page.mouse.wheel(0, -120),
    () => page.mouse.wheel(0, 120),
  ];
  for (const step of steps) {
    await page.mouse.move(x, y);
    await moved(page, step);
    nodesMax = Math.max(nodesMax, await countElements(page));
    mapNodesMax = Math.max(mapNodesMax, await countMapElements(page));
  }
  const long = await page.evaluate(() => (window as unknown as PageMarks).__long);
  const longest = (from: number, to: number) =>
    Math.max(0, ...long.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
  return {
    onScreenMs: marks.onScreen! - marks.arrived!,
    loadLongMs: longest(0, marks.onScreen!),
    fileLongMs: longest(marks.requested, marks.onScreen!),
    panLongMs: longest(panStart, Infinity),
    nodes,
    nodesMax,
    mapNodesMax,
    heapMb: usedSize / 2 ** 20,
  };
}

async function main() {
  console.log('Building the three pages and writing the seeded files ...');
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.sites.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dir = join(root, '.bench/sites');
  if (process.env.BENCH_BEFORE) cpSync(process.env.BENCH_BEFORE, join(dir, 'before'), { recursive: true });
  for (const n of SIZES) {
    const text = JSON.stringify(seededSites(n));
    writeFileSync(join(dir, `points-${n}.geojson`), text);
    if (process.env.BENCH_BEFORE) writeFileSync(join(dir, 'before', `points-${n}.geojson`), text);
  }
  const served = await serveDir(dir);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const results = new Map<string, Load[]>();
  const failed = new Map<string, number>();
  /** Why a page's remaining loads at a size were skipped. */
  const skipped = new Map<string, string>();
  /** Loads whose sites came on screen but whose pan and zoom ran out of time. */
  const panTimedOut = new Map<string, number>();
  try {
    for (const n of SIZES)
      for (let i = 0; i < LOADS; i++) {
        // Alternate the order, so no page always goes first on a fresh browser.
        const order = i % 2 === 0 ? PAGES : [...PAGES].reverse();
        for (const which of order) {
          const key = `${which} ${n}`;
          if (skipped.has(key)) continue;
          const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
          const page = await context.newPage();
          let timer: NodeJS.Timeout | undefined;
          try {
            const deadline = new Promise<never>((_, reject) => {
              timer = setTimeout(
                () => reject(new Error(`timed out: no result within ${LOAD_TIMEOUT_MS / 1000} s`)),
                LOAD_TIMEOUT_MS,
              );
            });
            const partial: Partial<Load> = {};
            const run = loadOnce(page, `${served.url}${which}.html?n=${n}`, partial);
            // A load past its deadline rejects once its page is closed: nobody waits for it then.
            run.catch(() => undefined);
            const load = await Promise.race([run, deadline]).catch((err: unknown) => {
              // On screen in time, but the pan and zoom were not done: the load counts, its pan and zoom do not.
              if (partial.onScreenMs === undefined || partial.heapMb === undefined) throw err;
              const pan = { panLongMs: NaN, nodesMax: NaN, mapNodesMax: NaN };
              panTimedOut.set(key, (panTimedOut.get(key) ?? 0) + 1);
              return { ...partial, ...pan } as Load;
            });
            results.set(key, [...(results.get(key) ?? []), load]);
            if (load.onScreenMs > SLOW_MS && i < LOADS - 1)
              skipped.set(key, `a load took over ${SLOW_MS / 1000} s to show its sites`);
            else if (Number.isNaN(load.panLongMs) && i < LOADS - 1)
              skipped.set(key, `a load's pan and zoom took over ${LOAD_TIMEOUT_MS / 1000} s`);
            // Each load as it ends, so a run cut short still shows what it measured.
            process.stderr.write(
              `${key}: on screen ${load.onScreenMs.toFixed(0)} ms, longest task load ${load.loadLongMs.toFixed(0)} / file ${load.fileLongMs.toFixed(0)} / pan+zoom ${load.panLongMs.toFixed(0)} ms, elements ${load.nodes} (most ${load.nodesMax}, in the map ${load.mapNodesMax}), heap ${load.heapMb.toFixed(1)} MB\n`,
            );
          } catch (err) {
            // A page that crashes or times out is counted, not hidden: the table says how many failed.
            failed.set(key, (failed.get(key) ?? 0) + 1);
            if (i < LOADS - 1) skipped.set(key, 'a load failed or timed out');
            process.stderr.write(`\n${key}: ${String(err).split('\n')[0]}\n`);
          } finally {
            clearTimeout(timer);
            // Closing the context ends a page that is still busy (a timed-out load).
            await context.close().catch(() => undefined);
          }
        }
      }
  } finally {
    await browser.close();
    served.server.close();
  }

  const f = (x: number | undefined, d = 0) => (x === undefined ? '-' : x.toFixed(d)).padStart(7);
  const cell = (xs: number[], d = 0) => {
    const s = stats(xs);
    return `${f(s.min, d)}${f(s.median, d)}${f(s.max, d)}`;
  };
  console.log(
    `\n\nSites at scale, up to ${LOADS} loads each, one Chromium, 1200 x 800 (min / median / max), load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}:`,
  );
  console.log(
    `${'page'.padEnd(10)}${'points'.padStart(7)} ${'n'.padStart(3)} | ${'on screen, ms'.padEnd(21)} | ${'longest task, load'.padEnd(21)} | ${'longest task, file'.padEnd(21)} | ${'longest task, pan+zoom'.padEnd(21)} | ${'DOM elements, load'.padEnd(21)} | ${'DOM elements, most'.padEnd(21)} | ${'in the map, most'.padEnd(21)} | JS heap, MB`,
  );
  for (const n of SIZES)
    for (const which of PAGES) {
      const loads = results.get(`${which} ${n}`);
      const lost = failed.get(`${which} ${n}`) ?? 0;
      const why = skipped.get(`${which} ${n}`);
      if (lost)
        console.log(`${which.padEnd(10)}${String(n).padStart(7)}     | ${lost} load(s) failed (crashed or timed out)`);
      const slowPan = panTimedOut.get(`${which} ${n}`);
      if (slowPan)
        console.log(
          `${which.padEnd(10)}${String(n).padStart(7)}     | ${slowPan} load(s) on screen in time, but the pan and zoom ran out of time (-: not measured)`,
        );
      if (why)
        console.log(
          `${which.padEnd(10)}${String(n).padStart(7)}     | ${(loads?.length ?? 0) + lost} of ${LOADS} loads run; the rest skipped: ${why}`,
        );
      if (!loads) continue;
      console.log(
        `${which.padEnd(10)}${String(n).padStart(7)} ${String(loads.length).padStart(2)}x | ${cell(loads.map((l) => l.onScreenMs))} | ${cell(loads.map((l) => l.loadLongMs))} | ${cell(loads.map((l) => l.fileLongMs))} | ${cell(loads.map((l) => l.panLongMs))} | ${cell(loads.map((l) => l.nodes))} | ${cell(loads.map((l) => l.nodesMax))} | ${cell(loads.map((l) => l.mapNodesMax))} | ${cell(
          loads.map((l) => l.heapMb),
          1,
        )}`,
      );
    }
  console.log(
    '\nTargets (ours): 10,000 on screen <= 800 ms, 100,000 <= 3,000 ms; no task > 100 ms while panning or zooming; < 3,000 DOM elements.',
  );
  for (const n of SIZES) {
    const loads = results.get(`ours ${n}`);
    if (!loads) continue;
    const on = stats(loads.map((l) => l.onScreenMs)).median;
    const pan = stats(loads.map((l) => l.panLongMs)).median ?? NaN;
    const nodes = stats(loads.map((l) => l.nodesMax)).max ?? NaN;
    const inMap = stats(loads.map((l) => l.mapNodesMax)).max ?? NaN;
    const target = n >= 100_000 ? 3000 : n >= 10_000 ? 800 : Infinity;
    const ok = (b: boolean) => (b ? 'OK' : 'OVER');
    console.log(
      `ours ${String(n).padStart(6)}: on screen ${on.toFixed(0)} ms ${Number.isFinite(target) ? ok(on <= target) : ''}; pan+zoom task ${Number.isNaN(pan) ? 'not measured' : `${pan.toFixed(0)} ms ${ok(pan <= 100)}`}; DOM ${nodes} ${ok(nodes < 3000)} (in the map ${inMap} ${ok(inMap < 3000)})`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
