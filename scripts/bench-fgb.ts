/**
 * A FlatGeobuf `src` (issue 13 item 7): what one view costs in bytes, and how long the sites of a new
 * view take to show after the map stops. A file of BENCH_FGB_N (default 50,000) seeded points across
 * the district (test/fixtures/seeded-sites.ts, written as an indexed FlatGeobuf by
 * test/fixtures/write-fgb.ts), served with HTTP Range from 127.0.0.1 (scripts/send-range.ts) beside
 * the built widget (dist-lib/, `npm run build:lib`), in one headless Chromium, BENCH_LOADS (default 5)
 * fresh pages. Each page opens at zoom 14 on a town, then is moved to a far one. Printed:
 *   - bytes the host sent for the first view (header, index nodes, features) and for the pan, against
 *     the file's size;
 *   - ms from the pan's moveend (lz-view-change) to the first frame after the far view's sites are on
 *     the map (the 200 ms debounce included);
 * as min / median / max, with the machine's load average. Run: npx tsx scripts/bench-fgb.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Point } from 'geojson';
import { chromium } from 'playwright';
import { seededSites } from '../test/fixtures/seeded-sites';
import { writeFgb } from '../test/fixtures/write-fgb';
import { findChromium } from './find-chromium';
import { sendRange } from './send-range';

const root = join(fileURLToPath(import.meta.url), '../..');
const lib = join(root, 'dist-lib');
const N = Number(process.env.BENCH_FGB_N ?? 50_000);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/liangzhou-map.es.js"></script></head>
<body style="margin:0"><liangzhou-map controls="none" gestures="greedy" style="display:block;width:1200px;height:800px"></liangzhou-map></body></html>`;

const stats = (xs: number[], digits = 0) => {
  const s = [...xs].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(digits);
  return `${f(s[0])} / ${f(s[Math.floor(s.length / 2)])} / ${f(s[s.length - 1])}`;
};

async function main() {
  if (!existsSync(join(lib, 'liangzhou-map.es.js'))) throw new Error('dist-lib/ is not built: npm run build:lib');
  const { bytes, order } = writeFgb(seededSites(N));
  const at = (f: (typeof order)[number]) => (f.geometry as Point).coordinates;
  const start = order.find((f) => f.id === 'b-5')!;
  const [sx, sy] = at(start);
  const far = order.find((f) => Math.abs(at(f)[0] - sx) > 0.3 && Math.abs(at(f)[1] - sy) > 0.2)!;
  let sent = 0;
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (path === '/sites.fgb') return void (sent += sendRange(req, res, bytes));
    const file = join(lib, path);
    if (!file.startsWith(lib) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const first: number[] = [];
  const pan: number[] = [];
  const ms: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      const page = await context.newPage();
      await page.goto(origin);
      sent = 0;
      await page.evaluate(
        ([lat, lon]) => {
          const el = document.querySelector('liangzhou-map')!;
          el.setAttribute('center', `${lat},${lon}`);
          el.setAttribute('zoom', '14');
          el.setAttribute('src', '/sites.fgb');
        },
        [sy, sx],
      );
      await page.waitForFunction(
        (id) => (document.querySelector('liangzhou-map') as unknown as { siteIds: string[] }).siteIds.includes(id),
        String(start.id),
        { timeout: 60_000 },
      );
      first.push(sent);
      sent = 0;
      const [fx, fy] = at(far);
      // A string, not a function: tsx would wrap the nested function in a helper the page does not have.
      const took = (await page.evaluate(`new Promise((resolve) => {
        const el = document.querySelector('liangzhou-map');
        let moved = 0;
        el.addEventListener('lz-view-change', () => (moved ||= performance.now()));
        el.setAttribute('center', '${fy},${fx}');
        const poll = () => el.siteIds.includes('${String(far.id)}')
          ? requestAnimationFrame(() => resolve(performance.now() - moved))
          : requestAnimationFrame(poll);
        poll();
      })`)) as number;
      pan.push(sent);
      ms.push(took);
      process.stderr.write(
        `load ${i + 1}: first view ${first[i]} B, pan ${pan[i]} B, moveend -> sites ${took.toFixed(0)} ms\n`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const kb = (xs: number[]) => stats(xs.map((x) => x / 1000));
  const pct = (xs: number[]) =>
    stats(
      xs.map((x) => (100 * x) / bytes.byteLength),
      1,
    );
  console.log(
    `\nFlatGeobuf src, ${N} points, file ${(bytes.byteLength / 1e6).toFixed(1)} MB, ${LOADS} loads (min / median / max):`,
  );
  console.log(`  first view (zoom 14, header + index + features): ${kb(first)} kB = ${pct(first)} % of the file`);
  console.log(`  pan to a far view:                               ${kb(pan)} kB = ${pct(pan)} % of the file`);
  console.log(`  moveend -> far view's sites on the map:          ${stats(ms)} ms (200 ms debounce included)`);
  console.log(
    `  load average: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
