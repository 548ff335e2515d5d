/**
 * Removes the page's first frame (the district's outline written into the HTML at build time,
 * scripts/first-paint-plugin.ts) once the map is drawn. It lies over the map, out of the layout
 * (position: absolute), so taking it away shifts nothing.
 */
export function dropFirstPaint(map: Element, doc: Document = document): void {
  const drop = () => doc.querySelector('.lz-first-paint')?.remove();
  map.addEventListener('lz-ready', drop, { once: true });
  map.addEventListener('lz-error', drop, { once: true });
}
