import '../../src/embed/index';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';

/**
 * Puts a sized <liangzhou-map> in the page and waits until it is drawn and its panels' code (which
 * loads once the map is on screen) has arrived.
 */
export async function mountMap(
  attrs: Record<string, string> = {},
  size = { width: 1100, height: 700 },
): Promise<LiangzhouMap> {
  const el = document.createElement('liangzhou-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.cssText = `display:block;width:${size.width}px;height:${size.height}px`;
  const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
  document.body.appendChild(el);
  await ready;
  await el.updateComplete;
  await Promise.all([customElements.whenDefined('lz-layer-panel'), customElements.whenDefined('lz-site-list')]);
  return el;
}
