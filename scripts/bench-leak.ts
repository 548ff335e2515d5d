/**
 * Whether a removed `<liangzhou-map>` is released (issue 13 item 5): one page mounts the element,
 * waits for lz-ready, removes it, CYCLES times (default 200), then forces a GC and prints the JS heap
 * before and after, and the DOM nodes, documents and listeners still alive (CDP Memory.getDOMCounters).
 * Each run is a fresh page; RUNS runs (default 3) give min/median/max. Target: < 5 MB of heap growth
 * over 200 cycles. Serves dist/ (as `npm run build` leaves it): the page imports liangzhou-map.es.js.
 * Run: npx tsx scripts/bench-leak.ts (npm run bench runs it after a build).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession } from 'playwright';
import { findChromium } from './find-chromium';
import { serveDir } from './serve-dir';

const root = join(fileURLToPath(import.meta.url), '../..');
const CYCLES = Number(process.env.LEAK_CYCLES ?? 200);
const RUNS = Number(process.env.LEAK_RUNS ?? 3);
const TARGET_MB = 5;
/** The folder served: dist/ (npm run build), or dist-lib/ (npm run build:lib) with LEAK_DIR=dist-lib. */
const DIR = join(root, process.env.LEAK_DIR ?? 'dist');
/** LEAK_BUSY=0: mount and remove only; by default each cycle also opens a popup, a trip, an area and a corridor. */
const BUSY = process.env.LEAK_BUSY !== '0';
type Cycle = (n: number, busy: boolean) => Promise<void>;

/** The page: one host element, a `cycle(n)` that mounts and removes the map n times. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>leak</title>
<body><div id="host"></div>
<script type="module">
  await import('/liangzhou-map.es.js');
  const host = document.getElementById('host');
  window.cycle = async (n, busy) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('liangzhou-map');
      el.style.cssText = 'display:block;width:900px;height:600px';
      const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
      host.appendChild(el);
      await ready;
      await el.updateComplete;
      if (busy) {
        // What a visitor does: a popup, a trip (the Trip tab and its planner), an area card and a corridor.
        el.showSite('leitai-han-tomb');
        el.itinerary = { days: [{ name: '', siteIds: ['leitai-han-tomb', 'wuwei-confucian-temple'] }] };
        el.corridor = 5;
        el.selectArea('east');
        el.only('theme:buddhist');
        await el.updateComplete;
        await customElements.whenDefined('lz-trip-panel');
        await customElements.whenDefined('lz-analysis-panel');
        await el.updateComplete;
      }
      el.remove();
    }
  };
  window.loaded = true;
</script>`;

interface Snapshot {
  heapMb: number;
  nodes: number;
  documents: number;
  listeners: number;
}

async function snapshot(cdp: CDPSession): Promise<Snapshot> {
  // Twice: a first collection may free what finalisers of the first let go.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, documents, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heapMb: usedSize / 2 ** 20, nodes, documents, listeners: jsEventListeners };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

async function main(): Promise<void> {
  if (!existsSync(join(DIR, 'liangzhou-map.es.js'))) {
    console.error(`${DIR}/liangzhou-map.es.js is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const served = await serveDir(DIR);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const rows: { before: Snapshot; after: Snapshot; ms: number }[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      const page = await context.newPage();
      page.on('pageerror', (err) => console.error('page error:', err.message));
      await page.route('**/leak.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
      await page.goto(`${served.url}/leak.html`);
      await page.waitForFunction(() => (window as unknown as { loaded?: boolean }).loaded === true);
      const cdp = await context.newCDPSession(page);
      // One mount first: the code, the geo text and Lit's templates are then loaded and cached.
      await page.evaluate((busy) => (window as unknown as { cycle: Cycle }).cycle(1, busy), BUSY);
      const before = await snapshot(cdp);
      const t0 = Date.now();
      await page.evaluate(([n, busy]) => (window as unknown as { cycle: Cycle }).cycle(n, busy), [
        CYCLES,
        BUSY,
      ] as const);
      const ms = Date.now() - t0;
      const after = await snapshot(cdp);
      rows.push({ before, after, ms });
      console.log(
        `run ${run + 1}: heap ${before.heapMb.toFixed(2)} -> ${after.heapMb.toFixed(2)} MB (+${(after.heapMb - before.heapMb).toFixed(2)}), ` +
          `DOM nodes ${before.nodes} -> ${after.nodes}, listeners ${before.listeners} -> ${after.listeners}, ` +
          `documents ${before.documents} -> ${after.documents}; ${CYCLES} cycles in ${(ms / 1000).toFixed(1)} s`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    served.server.close();
  }
  const growth = stats(rows.map((r) => r.after.heapMb - r.before.heapMb));
  const nodes = stats(rows.map((r) => r.after.nodes - r.before.nodes));
  const listeners = stats(rows.map((r) => r.after.listeners - r.before.listeners));
  console.log(`\n${CYCLES} mount/remove cycles of <liangzhou-map>, after GC, ${RUNS} runs (min / median / max):`);
  console.log(
    `  JS heap growth, MB   ${growth.min.toFixed(2)} / ${growth.median.toFixed(2)} / ${growth.max.toFixed(2)}`,
  );
  console.log(`  DOM nodes growth     ${nodes.min} / ${nodes.median} / ${nodes.max}`);
  console.log(`  listeners growth     ${listeners.min} / ${listeners.median} / ${listeners.max}`);
  console.log(
    `  target < ${TARGET_MB} MB: ${growth.median < TARGET_MB ? 'OK' : 'OVER'} (${(growth.median / CYCLES).toFixed(3)} MB a cycle)`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
