/** Shared by the embed tests: mount the element through its public surface and wait for it. */
import { expect } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import type { LzSiteCard } from '../../src/components/lz-site-card';
import { builtInFiles } from '../../src/data/built-in-files';

export const BUILT_IN_SITES: number = JSON.parse(builtInFiles['sites.geojson']).features.length;

export interface MountOptions {
  parent?: HTMLElement;
  width?: string;
  height?: string;
  /** Listeners added before the element connects, so its first events are heard. */
  on?: Record<string, (e: CustomEvent) => void>;
}

/** Adds a `<liangzhou-map>` with these attributes and resolves on its lz-ready. */
export async function mount(attrs: Record<string, string> = {}, options: MountOptions = {}): Promise<LiangzhouMap> {
  const el = document.createElement('liangzhou-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = options.width ?? '800px';
  el.style.height = options.height ?? '600px';
  for (const [type, listener] of Object.entries(options.on ?? {})) el.addEventListener(type, listener as EventListener);
  const ready = nextEvent(el, 'lz-ready');
  (options.parent ?? document.body).appendChild(el);
  await ready;
  return el;
}

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

/** Polls until `check` returns a truthy value. */
export async function waitFor<T>(
  check: () => T | undefined | null | false,
  what = 'condition',
  timeoutMs = 5000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const root = (el: LiangzhouMap): ShadowRoot => el.shadowRoot!;
export const markers = (el: LiangzhouMap) => root(el).querySelectorAll<HTMLElement>('.lz-site-marker');
export const marker = (el: LiangzhouMap, id: string) => root(el).querySelector<HTMLElement>(`[data-site-id="${id}"]`);
export const notices = (el: LiangzhouMap) =>
  [...root(el).querySelectorAll('[part="notice"]')].map((n) => n.textContent!.trim());

/** The open popup's card, rendered. The last one: a closed popup fades out for a moment beside the new. */
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
    sites: markers(el).length > 0,
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
  expect(markers(el).length).toBeGreaterThanOrEqual(BUILT_IN_SITES);
  expect(marker(el, 'leitai-han-tomb')).not.toBeNull();
}

/** Collects lz-view-change details. */
export function viewChanges(el: LiangzhouMap): Array<{ center: [number, number]; zoom: number; bounds: number[] }> {
  const seen: Array<{ center: [number, number]; zoom: number; bounds: number[] }> = [];
  el.addEventListener('lz-view-change', (e) => seen.push(e.detail));
  return seen;
}
