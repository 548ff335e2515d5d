/**
 * Lighthouse 12 on our full page (dist/index.html) and the bare-Leaflet baseline (.bench/bare), mobile
 * and desktop, a few runs each on Debian's Chromium, printing min / median / max of performance,
 * accessibility, CLS, FCP, LCP, TBT and Speed Index (TBT: where the mobile score goes). Run by `npm run bench` after it builds both (or alone:
 * `npx tsx scripts/bench-lighthouse.ts`, which builds what is missing). LH_RUNS sets the runs (default 3).
 *
 * Lighthouse 12.8 rather than 13: 13 needs Node 22, the project supports Node 20. Its mobile figures
 * are simulated (Moto G-class CPU, slow 4G); desktop ones too, with desktop throttling. They move with
 * the machine's load: compare ours with bare within one run, never across runs.
 * Targets (issue 9): CLS <= 0.02 on mobile, accessibility 100, performance within 5 points of bare.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from './find-chromium';
import { serveDir } from './serve-dir';

const root = join(fileURLToPath(import.meta.url), '../..');
const LIGHTHOUSE_VERSION: string = createRequire(import.meta.url)('lighthouse/package.json').version;
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));
/** Another build of the page (e.g. main's dist/, copied aside), run in turn with ours and bare: `before`. */
const BEFORE = process.env.LH_BEFORE;
/** LH_LONG_TASKS=1: print each mobile run's long tasks (Lighthouse's simulated timings): what TBT is made of. */
const LONG_TASKS = process.env.LH_LONG_TASKS === '1';

interface LongTask {
  url: string;
  startTime: number;
  duration: number;
}

interface Figures {
  performance: number;
  accessibility: number;
  cls: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  siMs: number;
}

const KEYS: Array<[keyof Figures, string, number]> = [
  ['performance', 'performance', 0],
  ['accessibility', 'accessibility', 0],
  ['cls', 'CLS', 3],
  ['fcpMs', 'FCP, ms', 0],
  ['lcpMs', 'LCP, ms', 0],
  ['tbtMs', 'TBT, ms', 0],
  ['siMs', 'SI, ms', 0],
];

function ensureBuilt() {
  const run = (args: string[]) => execFileSync('npm', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(join(root, 'dist/index.html'))) run(['run', 'build', '--silent']);
  if (!existsSync(join(root, '.bench/bare/index.html')))
    execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.bench.config.ts'], { cwd: root, stdio: 'inherit' });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

async function main() {
  ensureBuilt();
  const ours = await serveDir(join(root, 'dist'));
  const bare = await serveDir(join(root, '.bench/bare'));
  const before = BEFORE ? await serveDir(BEFORE) : undefined;
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const pages = { ours: ours.url, bare: bare.url, before: before?.url ?? '' } as const;
  const order = before ? (['ours', 'bare', 'before'] as const) : (['ours', 'bare'] as const);
  const results: Record<string, Figures[]> = {};
  /** Accessibility audits that failed, per page and form factor: what the score's missing points are. */
  const failed: Record<string, Set<string>> = {};
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        // Rotate which page goes first, so a slow patch of the machine does not land on one page only.
        for (const which of order.map((_, k) => order[(i + k) % order.length])) {
          const result = await lighthouse(
            pages[which],
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility'],
            },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse gave no result for ${which} ${formFactor}`);
          const { categories, audits, runtimeError } = result.lhr;
          if (runtimeError) throw new Error(`Lighthouse, ${which} ${formFactor}: ${runtimeError.message}`);
          if (LONG_TASKS && formFactor === 'mobile') {
            const items = ((audits['long-tasks'].details as { items?: LongTask[] } | undefined)?.items ?? []).map(
              (t) => `${t.startTime.toFixed(0)} ms +${t.duration.toFixed(0)} ${t.url.split('/').pop()}`,
            );
            console.log(
              `${which} mobile, run ${i + 1}: TBT ${audits['total-blocking-time'].numericValue?.toFixed(0)} ms;`,
            );
            for (const item of items) console.log(`  ${item}`);
          }
          for (const ref of categories.accessibility.auditRefs) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1)
              (failed[`${which} ${formFactor}`] ??= new Set()).add(audit.id);
          }
          (results[`${which} ${formFactor}`] ??= []).push({
            performance: Math.round((categories.performance.score ?? 0) * 100),
            accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
            cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
            fcpMs: audits['first-contentful-paint'].numericValue ?? NaN,
            lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
            tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
            siMs: audits['speed-index'].numericValue ?? NaN,
          });
        }
      }
    }
  } finally {
    chrome.kill();
    ours.server.close();
    bare.server.close();
    before?.server.close();
  }

  console.log(`Lighthouse ${LIGHTHOUSE_VERSION}, ${RUNS} run(s) each, on ${findChromium()} (min / median / max):\n`);
  const header = ['', ...KEYS.map(([, label]) => label)];
  const rows = Object.entries(results).map(([name, runs]) => [
    name,
    ...KEYS.map(([key, , d]) => {
      const s = stats(runs.map((r) => r[key]));
      return `${s.min.toFixed(d)} / ${s.median.toFixed(d)} / ${s.max.toFixed(d)}`;
    }),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => `| ${cells.map((x, c) => x.padEnd(widths[c])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));

  for (const [name, ids] of Object.entries(failed))
    console.log(`${name}: accessibility audits failed: ${[...ids].join(', ')}`);

  const median = (name: string, key: keyof Figures) => stats(results[name].map((r) => r[key])).median;
  // Issue 13: FCP within 1.1x the bare page's, same run.
  for (const formFactor of ['mobile', 'desktop']) {
    const ratio = (key: keyof Figures) => median(`ours ${formFactor}`, key) / median(`bare ${formFactor}`, key);
    console.log(
      `${formFactor}: FCP ratio ours/bare ${ratio('fcpMs').toFixed(2)} (<= 1.10 ${ratio('fcpMs') <= 1.1 ? 'OK' : 'OVER'}), LCP ratio ${ratio('lcpMs').toFixed(2)}`,
    );
  }
  const gap = median('bare mobile', 'performance') - median('ours mobile', 'performance');
  console.log(
    `\nTargets: mobile CLS ${median('ours mobile', 'cls').toFixed(3)} (<= 0.02 ${median('ours mobile', 'cls') <= 0.02 ? 'OK' : 'OVER'}), ` +
      `accessibility ${median('ours mobile', 'accessibility')} (100 ${median('ours mobile', 'accessibility') === 100 ? 'OK' : 'UNDER'}), ` +
      `mobile performance ${gap} points behind bare (<= 5 ${gap <= 5 ? 'OK' : 'OVER'})`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
