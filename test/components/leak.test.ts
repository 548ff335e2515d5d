import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { mountMap } from './mount-map';

/**
 * A removed <liangzhou-map> must be released (issue 13 item 5): before MapController undid its work,
 * 60 mounts kept +50-69 MB, 150,000-180,000 DOM nodes and 21,000 listeners alive (scripts/bench-leak.ts
 * measures the heap; a test does not). Here, every cycle of a busy visit (a popup, a trip, an area card,
 * a corridor, a filter) is spied on: what the map adds to the page's window and document, the observers
 * it starts and the Workers it creates must all be undone once it is removed.
 */

/** One page-level listener: removed only by a removeEventListener with the same target, type, listener and capture. */
interface Listener {
  target: string;
  type: string;
  listener: unknown;
  capture: boolean;
}
const captureOf = (options: unknown) =>
  typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture;

function spyOnPage() {
  const live: Listener[] = [];
  let added = 0;
  const spies: Array<{ mockRestore: () => void }> = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    spies.push(
      vi.spyOn(target, 'addEventListener').mockImplementation(function (this: EventTarget, ...args) {
        const [type, listener, options] = args;
        const capture = captureOf(options);
        const once = typeof options === 'object' && !!options?.once;
        // A `once` listener removes itself when it runs; the page's own are none of the map's business.
        if (
          listener &&
          !once &&
          !live.some((l) => l.target === name && l.type === type && l.listener === listener && l.capture === capture)
        ) {
          live.push({ target: name, type, listener, capture });
          added++;
        }
        return EventTarget.prototype.addEventListener.apply(this, args);
      }),
      vi.spyOn(target, 'removeEventListener').mockImplementation(function (this: EventTarget, ...args) {
        const [type, listener, options] = args;
        const capture = captureOf(options);
        const i = live.findIndex(
          (l) => l.target === name && l.type === type && l.listener === listener && l.capture === capture,
        );
        if (i >= 0) live.splice(i, 1);
        return EventTarget.prototype.removeEventListener.apply(this, args);
      }),
    );
  }
  // Observers: each one observing something must be disconnected.
  const observing = new Set<object>();
  let observers = 0;
  for (const Observer of [ResizeObserver, IntersectionObserver, MutationObserver]) {
    const { observe, disconnect } = Observer.prototype as unknown as {
      observe: (...a: unknown[]) => void;
      disconnect: () => void;
    };
    spies.push(
      vi.spyOn(Observer.prototype as ResizeObserver, 'observe').mockImplementation(function (this: object, ...a) {
        if (!observing.has(this)) observers++;
        observing.add(this);
        return observe.apply(this, a);
      }),
      vi.spyOn(Observer.prototype as ResizeObserver, 'disconnect').mockImplementation(function (this: object) {
        observing.delete(this);
        return disconnect.apply(this);
      }),
    );
  }
  // Media queries listened to (a `prefers-*` change) must be let go too.
  const mediaListeners = new Set<unknown>();
  const mql = MediaQueryList.prototype;
  const { addEventListener: mqAdd, removeEventListener: mqRemove } = EventTarget.prototype;
  spies.push(
    vi.spyOn(mql, 'addListener').mockImplementation(function (this: MediaQueryList, l) {
      mediaListeners.add(l);
      return mqAdd.call(this, 'change', l as EventListener);
    }),
    vi.spyOn(mql, 'removeListener').mockImplementation(function (this: MediaQueryList, l) {
      mediaListeners.delete(l);
      return mqRemove.call(this, 'change', l as EventListener);
    }),
  );
  // Workers (the bureau file's parser, issue 13 item 1, when it lands): each one created is terminated.
  const workers = new Set<Worker>();
  const RealWorker = globalThis.Worker;
  const terminate = RealWorker.prototype.terminate;
  spies.push(
    vi.spyOn(RealWorker.prototype, 'terminate').mockImplementation(function (this: Worker) {
      workers.delete(this);
      return terminate.call(this);
    }),
  );
  vi.stubGlobal(
    'Worker',
    class extends RealWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        workers.add(this);
      }
    },
  );
  return {
    live,
    observing,
    mediaListeners,
    workers,
    get added() {
      return added;
    },
    get observers() {
      return observers;
    },
    restore() {
      for (const spy of spies) spy.mockRestore();
      vi.unstubAllGlobals();
    },
  };
}

/** What a visitor does in one visit: each loads code or starts something the element must undo. */
async function visit(el: LiangzhouMap): Promise<void> {
  expect(el.showSite('leitai-han-tomb')).toBe(true);
  el.itinerary = { days: [{ name: '', siteIds: ['leitai-han-tomb', 'wuwei-confucian-temple'] }] };
  el.corridor = 5;
  expect(el.selectArea('east')).toBe(true);
  expect(el.only('theme:buddhist')).toBe(true);
  await el.updateComplete;
  await Promise.all(['lz-trip-panel', 'lz-analysis-panel'].map((tag) => customElements.whenDefined(tag)));
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.leaflet-popup lz-site-card')).not.toBeNull();
}

/** Leaflet's containers in the page's document and every open shadow root in it. */
function leafletContainersInDocument(): Element[] {
  const found: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    found.push(...root.querySelectorAll('.leaflet-container'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return found;
}

/** The map's container, and proof that Leaflet let go of it: map.remove() ran and emptied it. */
function expectReleased(el: LiangzhouMap, container: HTMLElement): void {
  expect(el.isConnected).toBe(false);
  expect('_leaflet_id' in container).toBe(false);
  expect(container.querySelector('.leaflet-pane, .leaflet-popup, .leaflet-marker-icon')).toBeNull();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<liangzhou-map> removed from the page', () => {
  const CYCLES = 5;

  it(`undoes every page listener, observer and Worker it started, over ${CYCLES} busy mount/remove cycles`, async () => {
    const spy = spyOnPage();
    try {
      for (let i = 0; i < CYCLES; i++) {
        const el = await mountMap();
        await visit(el);
        const container = el.shadowRoot!.querySelector<HTMLElement>('.leaflet-container')!;
        expect('_leaflet_id' in container).toBe(true);
        el.remove();
        expectReleased(el, container);
        expect(spy.live, `cycle ${i}: page listeners left`).toEqual([]);
        expect(spy.observing.size, `cycle ${i}: observers left observing`).toBe(0);
        expect(spy.mediaListeners.size, `cycle ${i}: media query listeners left`).toBe(0);
        expect(spy.workers.size, `cycle ${i}: Workers left running`).toBe(0);
      }
      // The spies saw the map's work (Leaflet's window listeners, the map's and the popup's observers):
      // an empty list above is not an empty spy.
      expect(spy.added).toBeGreaterThan(0);
      expect(spy.observers).toBeGreaterThanOrEqual(2 * CYCLES);
      expect(leafletContainersInDocument()).toEqual([]);
    } finally {
      spy.restore();
    }
  });

  it('builds a fresh map when moved in the page, and releases it when removed again', async () => {
    const spy = spyOnPage();
    try {
      const el = await mountMap();
      await visit(el);
      const first = el.shadowRoot!.querySelector<HTMLElement>('.leaflet-container')!;
      const other = document.createElement('div');
      document.body.append(other);
      const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
      other.append(el); // a move: disconnected, then connected again
      await ready;
      await el.updateComplete;
      const second = el.shadowRoot!.querySelector<HTMLElement>('.leaflet-container')!;
      expect('_leaflet_id' in second).toBe(true);
      expect(second.querySelectorAll('.lz-site-marker').length).toBeGreaterThan(0);
      // The trip and the filter are the element's state: they survive the move.
      expect(el.itinerary.days[0].siteIds).toEqual(['leitai-han-tomb', 'wuwei-confucian-temple']);
      expect(el.isLayerVisible('theme:buddhist')).toBe(true);
      el.remove();
      expectReleased(el, first);
      expectReleased(el, second);
      expect(spy.live).toEqual([]);
      expect(spy.observing.size).toBe(0);
      expect(leafletContainersInDocument()).toEqual([]);
    } finally {
      spy.restore();
    }
  });
});
