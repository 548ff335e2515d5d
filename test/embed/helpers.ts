/** Shared by the embed tests: queries into the element's shadow tree, and waits on events or conditions. */
import { expect, vi } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import type { LzSiteCard } from '../../src/components/lz-site-card';
import { builtInFiles } from '../../src/data/built-in-files';
import type { MountOptions } from '../components/mount-map';

export const BUILT_IN_SITES: number = JSON.parse(builtInFiles['sites.geojson']).features.length;

/**
 * Kept for methods-events.test.ts and attributes.test.ts: mountMap (test/components/mount-map.ts) at the
 * size those tests were written for. New tests call mountMap. Imported on use: lib-build.test.ts loads
 * these helpers and must not have the source's <liangzhou-map> registered in its page.
 */
export async function mount(attrs: Record<string, string> = {}, options: MountOptions = {}): Promise<LiangzhouMap> {
  const { mountMap } = await import('../components/mount-map');
  return mountMap(attrs, { width: 800, height: 600, ...options });
}

/** The next `type` event on `target`; rejects after `timeoutMs` (a deadline for a clear message, not a wait). */
export function nextEvent(target: EventTarget, type: string, timeoutMs = 5000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent);
      },
      { once: true },
    );
  });
}

/**
 * Resolves with `check`'s value once it is truthy (vi.waitFor, which retries while the callback throws).
 * For positive conditions only: "nothing happened" needs an event that proves the moment has passed.
 */
export function waitFor<T>(
  check: () => T | undefined | null | false,
  what = 'condition',
  timeoutMs = 5000,
): Promise<T> {
  return vi.waitFor(
    () => {
      const value = check();
      if (!value) throw new Error(`timed out waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 20 },
  );
}

/**
 * Two animation frames: whatever the page queued before this call has been rendered, and effects that
 * run in a frame callback (Leaflet's, a ResizeObserver's) have run. For "nothing happened" checks.
 */
export async function twoFrames(win: Window = window): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((r) => win.requestAnimationFrame(r));
}

let sentinels = 0;

/**
 * The CSP violations a frame's probe (test/embed/pages/csp-probe.ts) has recorded up to now. Asks for
 * an image the page's img-src refuses and waits for that violation's event: reports are delivered in
 * order, so every violation caused before this call has been recorded by then. Returns those, without
 * the sentinel's own.
 */
export async function violationsSoFar(win: Window & { __lzProbe: { violations: string[] } }): Promise<string[]> {
  const url = `https://csp-sentinel.invalid/${++sentinels}.png`;
  const heard = new Promise<void>((resolve) => {
    const listener = (e: SecurityPolicyViolationEvent) => {
      if (e.blockedURI !== url) return;
      win.document.removeEventListener('securitypolicyviolation', listener);
      resolve();
    };
    win.document.addEventListener('securitypolicyviolation', listener);
  });
  win.document.createElement('img').src = url;
  await heard;
  const all = win.__lzProbe.violations;
  const own = all.findIndex((v) => v.includes(url));
  expect(own, 'the sentinel violation was recorded by the probe').toBeGreaterThanOrEqual(0);
  return all.slice(0, own).filter((v) => !v.includes('csp-sentinel.invalid'));
}

export const root = (el: LiangzhouMap): ShadowRoot => el.shadowRoot!;
export const markers = (el: LiangzhouMap) => root(el).querySelectorAll<HTMLElement>('.lz-site-marker');
export const marker = (el: LiangzhouMap, id: string) => root(el).querySelector<HTMLElement>(`[data-site-id="${id}"]`);
/**
 * How many sites the map stands for, framed on the whole district (only what is in view is drawn):
 * a site's marker counts one, a cluster its count.
 */
export function sitesDrawn(el: LiangzhouMap): number {
  el.fitTo('district');
  return [...root(el).querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster')].reduce(
    (n, b) => n + (b.classList.contains('lz-cluster') ? Number(b.dataset.count) : 1),
    0,
  );
}
/** A site's own marker, after fitTo(id) has framed it where it stands apart from its neighbours. */
export function ownMarker(el: LiangzhouMap, id: string): HTMLElement | null {
  el.fitTo(id);
  return marker(el, id);
}
export const notices = (el: LiangzhouMap) =>
  [...root(el).querySelectorAll('[part="notice"]')].map((n) => n.textContent!.trim());

/** The open popup's card, rendered. (The last one: in a page where Leaflet still fades, a closed popup lingers.) */
export async function popupCard(el: LiangzhouMap): Promise<LzSiteCard> {
  const card = await waitFor(
    () => [...root(el).querySelectorAll<LzSiteCard>('.leaflet-popup lz-site-card')].at(-1),
    'popup card',
  );
  await card.updateComplete;
  return card;
}

/** The visible state of the four zones, core, axis and sites layers, from what is drawn. */
export function drawnAreas(el: LiangzhouMap): Record<string, boolean> {
  const r = root(el);
  return {
    core: !!r.querySelector('path.lz-core'),
    axis: !!r.querySelector('path.lz-axis'),
    east: !!r.querySelector('path.lz-zone-east'),
    west: !!r.querySelector('path.lz-zone-west'),
    south: !!r.querySelector('path.lz-zone-south'),
    north: !!r.querySelector('path.lz-zone-north'),
    sites: root(el).querySelector('.lz-site-marker, .lz-cluster') !== null,
  };
}

/** The built-in layers are all still drawn: four zones, core, axis and every built-in marker. */
export function expectBuiltInLayers(el: LiangzhouMap): void {
  expect(drawnAreas(el)).toEqual({
    core: true,
    axis: true,
    east: true,
    west: true,
    south: true,
    north: true,
    sites: true,
  });
  expect(sitesDrawn(el)).toBeGreaterThanOrEqual(BUILT_IN_SITES);
  expect(el.siteIds).toContain('leitai-han-tomb');
}

/** Collects lz-view-change details. */
export function viewChanges(el: LiangzhouMap): Array<{ center: [number, number]; zoom: number; bounds: number[] }> {
  const seen: Array<{ center: [number, number]; zoom: number; bounds: number[] }> = [];
  el.addEventListener('lz-view-change', (e) => seen.push(e.detail));
  return seen;
}
