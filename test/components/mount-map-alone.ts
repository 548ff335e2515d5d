/**
 * mountMap with the element alone (src/components/liangzhou-map.ts), not the entry that also registers the
 * site card: for tests of what loads on first use (site-card-late*.test.ts). mount-map.ts adds the entry.
 */
import '../../src/components/liangzhou-map';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';

export interface MountOptions {
  /** In px, or any CSS length. */
  width?: number | string;
  height?: number | string;
  /** Where the element goes; the page's body by default. */
  parent?: HTMLElement;
  /** Listeners added before the element connects, so its first events are heard. */
  on?: Record<string, (e: CustomEvent) => void>;
  /** Runs on the element before it connects (a page binding its URL, say). */
  beforeConnect?: (el: LiangzhouMap) => void;
}

const cssLength = (v: number | string) => (typeof v === 'number' ? `${v}px` : v);

/**
 * The one way the browser tests put a <liangzhou-map> in the page: sized, with these attributes, and
 * resolved once it is drawn (lz-ready), its update done, and its panels' code (which loads once the
 * map is on screen) arrived.
 */
export async function mountMap(attrs: Record<string, string> = {}, options: MountOptions = {}): Promise<LiangzhouMap> {
  const { width = 1100, height = 700, parent = document.body, on = {}, beforeConnect } = options;
  const el = document.createElement('liangzhou-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.cssText = `display:block;width:${cssLength(width)};height:${cssLength(height)}`;
  for (const [type, listener] of Object.entries(on)) el.addEventListener(type, listener as EventListener);
  beforeConnect?.(el);
  const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
  parent.appendChild(el);
  await ready;
  await el.updateComplete;
  await Promise.all([customElements.whenDefined('lz-layer-panel'), customElements.whenDefined('lz-site-list')]);
  return el;
}
