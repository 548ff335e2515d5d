/**
 * Where the time goes when our page (bench/sites/ours.html) takes a bureau's points: a CPU profile
 * (CDP Profiler) of the main thread from the page's start to the sites on screen, then of a scripted
 * pan and zoom, printed as the functions with the most self time. For finding what to cut; the figures
 * to compare are scripts/bench-sites.ts's. Build the pages first (the bench does, or
 * `npx vite build -c bench/vite.sites.config.ts --minify false` for readable names).
 * Knobs: PROFILE_N (default 10000), PROFILE_TOP (default 25), PROFILE_CALLERS (frames of callers
 * to show with each function, default 0). Any User Timing marks the page made (performance.mark, e.g.
 * added for a look around the parse and the clustering) are printed in ms after the file arrived. Run: npx tsx scripts/profile-sites.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession } from 'playwright';
import { seededSites } from '../test/fixtures/seeded-sites';
import { findChromium } from './find-chromium';
import { serveDir } from './serve-dir';

const root = join(fileURLToPath(import.meta.url), '../..');
const N = Number(process.env.PROFILE_N ?? 10_000);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const CALLERS = Number(process.env.PROFILE_CALLERS ?? 0);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const frameName = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;

/** Self time per function (ms) with its callers (up to CALLERS frames up), most first. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const chain = [frameName(byId.get(id)!)];
    for (let at = parent.get(id); at !== undefined && chain.length <= CALLERS; at = parent.get(at))
      chain.push(frameName(byId.get(at)!));
    const name = chain.join(' < ');
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * The profile's tasks over 50 ms: runs of samples with no idle sample between them, each with the
 * functions that were on the stack for most of it (inclusive time), so a long task says what it is.
 */
function longTasks(profile: Profile): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: string[] = [];
  let run: { ms: number; at: number; incl: Map<string, number> } | undefined;
  let clock = 0;
  const close = () => {
    if (run && run.ms > 50) {
      const top = [...run.incl.entries()]
        .filter(([name]) => !name.startsWith('(') && !name.startsWith('(anonymous)'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP_IN_TASK)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)}`);
      out.push(`task at ${run.at.toFixed(0)} ms: ${run.ms.toFixed(0)} ms\n    ${top.join('\n    ')}`);
    }
    run = undefined;
  };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    clock += dt;
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)') return close();
    run ??= { ms: 0, at: clock, incl: new Map() };
    run.ms += dt;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = frameName(byId.get(at)!);
      if (seen.has(f)) continue;
      seen.add(f);
      run.incl.set(f, (run.incl.get(f) ?? 0) + dt);
    }
  });
  close();
  return out;
}
const TOP_IN_TASK = Number(process.env.PROFILE_TOP_IN_TASK ?? 8);

async function profiled(cdp: CDPSession, what: string, run: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const times = selfTimes(profile);
  const total = times.reduce((s, [, t]) => s + t, 0);
  console.log(`\n${what}: ${total.toFixed(0)} ms sampled`);
  for (const [name, t] of times.slice(0, TOP)) console.log(`${t.toFixed(1).padStart(9)}  ${name}`);
  console.log(`\n${what}: main-thread tasks over 50 ms (ms from the profile's start; inclusive ms per function)`);
  for (const line of longTasks(profile)) console.log(line);
}

async function main() {
  const dir = join(root, '.bench/sites');
  writeFileSync(join(dir, `points-${N}.geojson`), JSON.stringify(seededSites(N)));
  const served = await serveDir(dir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiled(cdp, `ours ${N}: load`, async () => {
      await page.goto(`${served.url}ours.html?n=${N}`);
      await page.waitForFunction(() => (window as { __onScreen?: number }).__onScreen !== undefined, null, {
        timeout: 300_000,
      });
    });
    const marks = await page.evaluate(() => {
      const w = window as unknown as { __arrived: number; __onScreen: number };
      return { __arrived: w.__arrived, __onScreen: w.__onScreen };
    });
    console.log(`on screen ${(marks.__onScreen - marks.__arrived).toFixed(0)} ms after arrival`);
    const t = await page.evaluate(() => {
      const w = window as unknown as { __arrived: number; __onScreen: number };
      return [
        ...performance.getEntriesByType('mark').map((m) => `${m.name} ${(m.startTime - w.__arrived).toFixed(0)}`),
        `onScreen ${(w.__onScreen - w.__arrived).toFixed(0)}`,
      ];
    });
    console.log(t.join('\n'));
    const { width, height } = page.viewportSize()!;
    await profiled(cdp, `ours ${N}: pan and zoom`, async () => {
      await page.mouse.move(width * 0.4, height / 2);
      await page.mouse.down();
      await page.mouse.move(width * 0.4 - 250, height / 2 - 120, { steps: 12 });
      await page.mouse.up();
      for (const dy of [-120, -120, 120]) {
        await page.mouse.wheel(0, dy);
        await page.waitForTimeout(700);
      }
    });
  } finally {
    await browser.close();
    served.server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
