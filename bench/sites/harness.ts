/**
 * What the three pages of scripts/bench-sites.ts share: the file they fetch (`?n=` points, once the
 * map is up) and the marks the benchmark reads. Each page sets `__arrived` when the file's last byte
 * is in, `__onScreen` at the first frame painted after its sites are drawn, counts its map's
 * `moveend`s in `__moves`, and `__map` exposes nothing of Leaflet: the bench pans and zooms with the
 * mouse, as a visitor does.
 */
export interface BenchWindow {
  __arrived?: number;
  __onScreen?: number;
  __moves: number;
  __error?: string;
}

export const bench = window as unknown as BenchWindow;
bench.__moves = 0;

/** The district's bounds, [[south, west], [north, east]]: the bare pages' start view. */
export const DISTRICT: [[number, number], [number, number]] = [
  [37.39, 102.03],
  [38.2, 103.38],
];

export const pointCount = (): number => Number(new URLSearchParams(location.search).get('n') ?? '1000');

/** Fetches the page's points; resolves with the file's text once all of it has arrived (and notes when). */
export async function fetchPoints(): Promise<string> {
  const res = await fetch(`./points-${pointCount()}.geojson`);
  const text = await res.text();
  bench.__arrived = performance.now();
  return text;
}

/** Notes the time of the first frame painted after now: the sites are on screen. */
export function markOnScreen(): void {
  requestAnimationFrame(() => setTimeout(() => (bench.__onScreen = performance.now())));
}

export function fail(err: unknown): void {
  bench.__error = String(err);
}
