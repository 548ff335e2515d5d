/**
 * Start-up is split into tasks (issue 9, mobile Total Blocking Time): the element's first render, the
 * Leaflet map, its outline, the areas, the site marks, the area names and the panels are each made in
 * a task of their own, so none blocks the page for long. Proved by structure, not by timing: a probe
 * task that re-posts itself counts task turns, and each phase, seen by a MutationObserver (delivered
 * in the task that made the change), must find the count moved on since the phase before: the browser
 * ran at least one other task between them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import '../../src/embed/index';
import { yieldToMain } from '../../src/map/yield-to-main';

/** What each phase adds to the element's shadow root, in the order start-up makes them. */
const PHASES = [
  ['render', '.map'],
  ['map', '.leaflet-control-zoom'],
  ['areas', 'path.lz-zone'],
  ['marks', '.lz-site-marker, .lz-cluster'],
  ['labels', '.lz-label'],
  ['panel', 'lz-panel'],
  // The open tab's content, then each other tab's in a task of its own (the list is the next tab).
  ['open tab', 'lz-layer-panel'],
  ['other tab', 'lz-site-list'],
  ['third tab', 'lz-trip-panel'],
] as const;
type Phase = (typeof PHASES)[number][0] | 'ready';

/**
 * A count of task turns. Where scheduler.postTask exists (Chromium): one `user-blocking` task posted
 * whenever a change is seen (`poke`), which runs ahead of any continuation start-up queued (those of
 * scheduler.yield run ahead of ordinary tasks, and a steady chain of user-blocking tasks would starve
 * them). Elsewhere: a MessageChannel message that posts the next one each time it runs (yieldToMain's
 * own turn is such a message, and queues behind it).
 */
function taskTurns() {
  const scheduler = (
    globalThis as { scheduler?: { postTask?: (f: () => void, o: { priority: string }) => Promise<void> } }
  ).scheduler;
  let turns = 0;
  let on = true;
  if (scheduler?.postTask) {
    let pending = false;
    return {
      get turns() {
        return turns;
      },
      poke() {
        if (pending || !on) return;
        pending = true;
        void scheduler.postTask!(
          () => {
            pending = false;
            turns++;
          },
          { priority: 'user-blocking' },
        );
      },
      stop: () => (on = false),
    };
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    turns++;
    if (on) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return {
    get turns() {
      return turns;
    },
    poke() {},
    stop() {
      on = false;
      channel.port1.close();
    },
  };
}

/** Mounts a map and notes the task turn at which each phase first shows, and at lz-ready. */
async function phaseTurns(): Promise<Map<Phase, number>> {
  const probe = taskTurns();
  const seen = new Map<Phase, number>();
  const el = document.createElement('liangzhou-map') as LiangzhouMap;
  el.style.cssText = 'display:block;width:1100px;height:700px';
  const ready = new Promise<void>((resolve) =>
    el.addEventListener(
      'lz-ready',
      () => {
        seen.set('ready', probe.turns);
        probe.poke();
        resolve();
      },
      { once: true },
    ),
  );
  document.body.append(el);
  const root = el.shadowRoot!;
  const look = () => {
    for (const [phase, selector] of PHASES)
      if (!seen.has(phase) && root.querySelector(selector)) seen.set(phase, probe.turns);
    probe.poke();
  };
  const observer = new MutationObserver(look);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  try {
    await ready;
    await el.updateComplete;
    look();
  } finally {
    observer.disconnect();
    probe.stop();
  }
  return seen;
}

/** The phases, each with its turn, in the order they showed. */
const inOrder = (seen: Map<Phase, number>) => [...seen.entries()].sort((a, b) => a[1] - b[1]);

afterEach(() => document.body.replaceChildren());

describe('start-up in tasks', () => {
  it('makes the first render, the map, the site marks, the names, the panels and each tab in separate tasks', async () => {
    const seen = await phaseTurns();
    for (const [phase] of PHASES) expect(seen.has(phase), phase).toBe(true);
    const turn = (p: Phase) => seen.get(p)!;
    const order = inOrder(seen).map(([phase]) => phase);
    expect(order.filter((p) => p !== 'ready')).toEqual(PHASES.map(([phase]) => phase));
    for (let i = 1; i < PHASES.length; i++) {
      const [phase, before] = [PHASES[i][0], PHASES[i - 1][0]];
      expect(turn(phase), `${phase} after ${before}: ${JSON.stringify(inOrder(seen))}`).toBeGreaterThan(turn(before));
    }
    // The map is on screen before lz-ready; the panels follow it, in later tasks.
    expect(turn('ready')).toBeGreaterThanOrEqual(turn('labels'));
    expect(turn('panel')).toBeGreaterThan(turn('ready'));
  });

  it('gives every phase a task of its own where yielding is a posted message (no scheduler.yield)', async () => {
    // As in Firefox and Safari: yieldToMain posts a message, which queues behind the probe's.
    const scheduler = (globalThis as { scheduler?: object }).scheduler;
    if (scheduler) Object.defineProperty(scheduler, 'yield', { value: undefined, configurable: true });
    try {
      const seen = await phaseTurns();
      const order = inOrder(seen).map(([phase]) => phase);
      expect(order.filter((p) => p !== 'ready')).toEqual(PHASES.map(([phase]) => phase));
      const turns = PHASES.map(([phase]) => seen.get(phase)!);
      for (let i = 1; i < turns.length; i++)
        expect(turns[i], `${PHASES[i][0]} after ${PHASES[i - 1][0]}: ${JSON.stringify(inOrder(seen))}`).toBeGreaterThan(
          turns[i - 1],
        );
    } finally {
      if (scheduler) delete (scheduler as { yield?: unknown }).yield;
    }
  });

  it('yieldToMain resumes in a later task: a message posted before it arrives first', async () => {
    const channel = new MessageChannel();
    const heard = new Promise<string>((resolve) => (channel.port1.onmessage = () => resolve('message')));
    channel.port2.postMessage(null);
    // Without scheduler.yield the continuation is itself a posted message, behind this one.
    const scheduler = (globalThis as { scheduler?: object }).scheduler;
    if (scheduler) Object.defineProperty(scheduler, 'yield', { value: undefined, configurable: true });
    try {
      const first = await Promise.race([heard, yieldToMain().then(() => 'yield')]);
      expect(first).toBe('message');
    } finally {
      if (scheduler) delete (scheduler as { yield?: unknown }).yield;
      channel.port1.close();
    }
  });
});
