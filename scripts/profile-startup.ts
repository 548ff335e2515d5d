/**
 * The main thread's long tasks while the full page (dist/index.html) starts, named by the source
 * they run: what Lighthouse's Total Blocking Time counts. Lighthouse's mobile preset simulates a CPU
 * 4x slower than this machine's, so a task over 12.5 ms here is a long task there (over 50 ms); this
 * prints every such task from navigation to a quiet second after `lz-ready`, with its simulated
 * blocking time (4 × duration − 50 ms), the trace events inside it (script evaluation, layout, style)
 * and the source modules and functions its CPU samples fall in (through the build's source maps).
 * For finding what to split; the score to compare is scripts/bench-lighthouse.ts's.
 * Run: npx tsx scripts/profile-startup.ts (builds dist/ when missing). PROFILE_RUNS (default 3),
 * PROFILE_TOP (functions per task, default 8), PROFILE_DIR (another build to profile, e.g. a copy of main's),
 * PROFILE_CPU=1 (tasks' CPU time, not clock time: steadier on a busy machine; Lighthouse counts clock time).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession } from 'playwright';
import { findChromium } from './find-chromium';
import { serveDir } from './serve-dir';
import { decodeVlq } from './decode-vlq';

const root = join(fileURLToPath(import.meta.url), '../..');
const DIR = process.env.PROFILE_DIR ?? join(root, 'dist');
const RUNS = Math.max(1, Number(process.env.PROFILE_RUNS ?? 3));
const TOP = Number(process.env.PROFILE_TOP ?? 8);
const CPU_TIME = process.env.PROFILE_CPU === '1';
/** Lighthouse's simulated mobile CPU (cpuSlowdownMultiplier). */
const SLOWDOWN = 4;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an X event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

// --- Source maps: a small decoder for the build's own maps (VLQ mappings, sources, names).
type Segment = [col: number, src: number, line: number, srcCol: number, name?: number];
interface SourceMap {
  sources: string[];
  names: string[];
  lines: Segment[][];
}
function decodeMap(json: { sources: string[]; names: string[]; mappings: string }): SourceMap {
  const lines: Segment[][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const text of json.mappings.split(';')) {
    const line: Segment[] = [];
    state[0] = 0;
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const values = decodeVlq(seg);
      values.forEach((v, i) => (state[i] += v));
      if (values.length >= 4)
        line.push([state[0], state[1], state[2], state[3], values.length > 4 ? state[4] : undefined]);
    }
    lines.push(line);
  }
  return { sources: json.sources, names: json.names, lines };
}
const maps = new Map<string, SourceMap | null>();
/** `src/map/layout-map.ts:123 name` (or the package's name) for a frame of our build; the URL's file otherwise. */
function place(frame: CallFrame): { module: string; fn: string } {
  const file = frame.url.split('/').pop() ?? '';
  if (!frame.url) return { module: frame.functionName || '(native)', fn: frame.functionName || '(native)' };
  if (!maps.has(file)) {
    const path = join(DIR, 'assets', `${file}.map`);
    maps.set(file, existsSync(path) ? decodeMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  const map = maps.get(file);
  const seg = map?.lines[frame.lineNumber]?.filter((s) => s[0] <= frame.columnNumber).pop();
  if (!map || !seg) return { module: file, fn: `${frame.functionName || '(anonymous)'} ${file}` };
  const source = map.sources[seg[1]].replace(/^(\.\.\/)+/, '');
  const module = source.includes('node_modules/')
    ? source.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    : source;
  const name = seg[4] !== undefined ? map.names[seg[4]] : frame.functionName;
  return { module, fn: `${name || frame.functionName || '(anonymous)'} ${source.split('/').pop()}:${seg[2] + 1}` };
}

async function collectTrace(
  cdp: CDPSession,
  run: () => Promise<void>,
): Promise<{ events: TraceEvent[]; profile: Profile }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
        'loading',
        '__metadata',
      ],
    },
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Tracing.end');
  await done;
  return { events, profile };
}

interface Task {
  startMs: number;
  ms: number;
  children: Map<string, number>;
  modules: Map<string, number>;
  fns: Map<string, number>;
}

function longTasks(events: TraceEvent[], profile: Profile): { tasks: Task[]; fcpMs?: number; readyMs?: number } {
  // The page's main thread: the one that marked lz-ready (the page's renderer may not be the first one).
  const main = events.find((e) => e.name === 'lz-ready');
  if (!main) throw new Error('no lz-ready mark in the trace');
  const runs = (pid: number, tid: number) =>
    events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.ph === 'X');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const nav = onMain.find((e) => e.name === 'navigationStart')?.ts ?? Math.min(...onMain.map((e) => e.ts));
  const fcp = onMain.find((e) => e.name === 'firstContentfulPaint')?.ts;
  const ready = onMain.find((e) => e.name === 'lz-ready')?.ts;
  // Samples on the trace's clock: the profile's start plus its deltas.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const tasks: Task[] = [];
  for (const run of runs(main.pid, main.tid)) {
    // PROFILE_CPU: a task's time on the CPU (the trace's thread time) rather than on the clock, which
    // a busy machine stretches with the time the thread waits for a core. For comparing builds under load.
    const ms = (CPU_TIME ? (run.tdur ?? run.dur ?? 0) : (run.dur ?? 0)) / 1000;
    if (run.ts < nav || ms < 50 / SLOWDOWN) continue;
    const end = run.ts + run.dur!;
    const children = new Map<string, number>();
    for (const e of onMain)
      if (e.ph === 'X' && e.ts >= run.ts && e.ts < end && e !== run && e.dur && e.dur > 500) {
        const what = e.args?.data?.url
          ? `${e.name} ${e.args.data.url.split('/').pop()}`
          : e.args?.data?.functionName
            ? `${e.name} ${e.args.data.functionName}`
            : e.name;
        children.set(what, (children.get(what) ?? 0) + e.dur / 1000);
      }
    const modules = new Map<string, number>();
    const fns = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (times[i] < run.ts || times[i] >= end) return;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(id)!;
      const self = place(leaf.callFrame);
      fns.set(self.fn, (fns.get(self.fn) ?? 0) + dt);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)!.callFrame;
        if (!frame.url) continue;
        const m = place(frame).module;
        if (!seen.has(m)) modules.set(m, (modules.get(m) ?? 0) + dt);
        seen.add(m);
      }
    });
    tasks.push({ startMs: (run.ts - nav) / 1000, ms, children, modules, fns });
  }
  return {
    tasks,
    fcpMs: fcp === undefined ? undefined : (fcp - nav) / 1000,
    readyMs: ready === undefined ? undefined : (ready - nav) / 1000,
  };
}

const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(6)} ms  ${k}`);

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0].toFixed(0)} / ${s[Math.floor(s.length / 2)].toFixed(0)} / ${s[s.length - 1].toFixed(0)}`;
};

async function main() {
  if (!process.env.PROFILE_DIR && !existsSync(join(DIR, 'index.html')))
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const served = await serveDir(DIR);
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const blocking: number[] = [];
  const blockingAfterFcp: number[] = [];
  const counts: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // Lighthouse's mobile screen (Moto G Power: 412 × 823 at 1.75), a fresh profile each run (no service worker yet).
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const { events, profile } = await collectTrace(cdp, async () => {
        // Heard through the console, not polled: a polling script would add tasks of its own to the trace.
        await page.addInitScript(() =>
          addEventListener(
            'lz-ready',
            () => {
              performance.mark('lz-ready');
              console.debug('lz-ready');
            },
            { capture: true, once: true },
          ),
        );
        const ready = page.waitForEvent('console', { predicate: (m) => m.text() === 'lz-ready', timeout: 60_000 });
        await page.goto(served.url);
        await ready;
        // A quiet while after the map is ready: the panels and the trip load then.
        await new Promise((resolve) => setTimeout(resolve, 1500));
      });
      const { tasks, fcpMs, readyMs } = longTasks(events, profile);
      const tbt = tasks.reduce((s, t) => s + Math.max(0, SLOWDOWN * t.ms - 50), 0);
      // What Total Blocking Time counts: the tasks that start after the first contentful paint.
      const afterFcp = tasks
        .filter((t) => fcpMs === undefined || t.startMs >= fcpMs)
        .reduce((s, t) => s + Math.max(0, SLOWDOWN * t.ms - 50), 0);
      blocking.push(tbt);
      blockingAfterFcp.push(afterFcp);
      counts.push(tasks.length);
      console.log(
        `\nrun ${i + 1}: FCP ${fcpMs?.toFixed(0)} ms, lz-ready ${readyMs?.toFixed(0)} ms, ${tasks.length} task(s) over ${50 / SLOWDOWN} ms, ` +
          `simulated blocking ${tbt.toFixed(0)} ms (all of them, before and after FCP), after FCP ${afterFcp.toFixed(0)} ms`,
      );
      for (const task of tasks) {
        console.log(
          `\n  task at ${task.startMs.toFixed(0)} ms: ${task.ms.toFixed(1)} ms (x${SLOWDOWN}: ${(SLOWDOWN * task.ms).toFixed(0)} ms)`,
        );
        console.log('    trace events:');
        for (const l of top(task.children, 6)) console.log(`      ${l}`);
        console.log('    modules (inclusive):');
        for (const l of top(task.modules, TOP)) console.log(`      ${l}`);
        console.log('    functions (self):');
        for (const l of top(task.fns, TOP)) console.log(`      ${l}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    served.server.close();
  }
  console.log(
    `\n${RUNS} run(s), min / median / max: simulated blocking ${stats(blocking)} ms, after FCP ${stats(blockingAfterFcp)} ms, ` +
      `long tasks ${stats(counts)}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
