/**
 * What the pages of scripts/bench-sites.ts share: the file they fetch (`?n=` points, once the
 * map is up) and the marks the benchmark reads. `__arrived` is the file's last byte in (its resource
 * timing's responseEnd, the same clock for every page whoever fetches it: our widget's `src` fetches
 * it itself), each page sets `__onScreen` at the first frame painted after its sites are drawn, counts its map's
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

// The file's arrival, however it is fetched. Entries come to the observer late when the thread is busy;
// the time they carry is when the last byte came in.
new PerformanceObserver((list) => {
  for (const e of list.getEntries() as PerformanceResourceTiming[])
    if (e.name.includes('/points-')) bench.__arrived = e.responseEnd;
}).observe({ type: 'resource', buffered: true });

export const pointCount = (): number => Number(new URLSearchParams(location.search).get('n') ?? '1000');

/** The page's points file, relative to the page. */
export const pointsUrl = (): string => `./points-${pointCount()}.geojson`;

/** Fetches the page's points; resolves with the file's text once all of it has arrived. */
export async function fetchPoints(): Promise<string> {
  const res = await fetch(pointsUrl());
  return res.text();
}

/** Notes the time of the first frame painted after now: the sites are on screen. */
export function markOnScreen(): void {
  requestAnimationFrame(() => setTimeout(() => (bench.__onScreen = performance.now())));
}

export function fail(err: unknown): void {
  bench.__error = String(err);
}
