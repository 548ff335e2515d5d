import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { builtInFiles } from '../../src/data/built-in-files';

const coordinates = new Map(
  (
    JSON.parse(builtInFiles['sites.geojson']).features as { id: string; geometry: { coordinates: [number, number] } }[]
  ).map((f) => [f.id, f.geometry.coordinates]),
);

/**
 * How many sites the map stands for now: a site's marker counts one, a cluster its count. Sites
 * closer than a tap target share a cluster (src/map/site-marks.ts), so markers alone undercount.
 */
export const sitesDrawn = (root: ParentNode): number =>
  [...root.querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster')].reduce(
    (n, b) => n + (b.classList.contains('lz-cluster') ? Number(b.dataset.count) : 1),
    0,
  );

/**
 * Moves the map close onto a built-in site and returns its own marker. Where it shares its spot
 * (雷台汉墓 and 汉唐天马城 have the same coordinates), it clicks the cluster there, which spreads them.
 */
export async function ownMarker(el: LiangzhouMap, id: string, zoom = 18): Promise<HTMLElement> {
  const [lon, lat] = coordinates.get(id)!;
  el.center = `${lat},${lon}`;
  el.zoom = zoom;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const own = () => root.querySelector<HTMLElement>(`[data-site-id="${id}"]`);
  if (own()) return own()!;
  const map = root.querySelector('.leaflet-container')!.getBoundingClientRect();
  const centre = (e: Element) => {
    const b = e.getBoundingClientRect();
    return Math.hypot(
      b.left + b.width / 2 - (map.left + map.width / 2),
      b.top + b.height / 2 - (map.top + map.height / 2),
    );
  };
  const clusters = [...root.querySelectorAll<HTMLElement>('.lz-cluster')].sort((a, b) => centre(a) - centre(b));
  clusters[0]?.click();
  await el.updateComplete;
  return own()!;
}
