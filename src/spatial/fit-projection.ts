/**
 * A projection for small static maps (the printed trip): equirectangular, longitudes scaled by the
 * cosine of the middle latitude so shapes are not stretched at 38° N, fitted into `width` × `height`
 * around `bbox` [west, south, east, north] with `padding` px, centred. Returns [x, y] in px, y down.
 */
export function fitProjection(
  bbox: readonly [number, number, number, number],
  width: number,
  height: number,
  options: { padding?: number; minSpanDeg?: number } = {},
): (lon: number, lat: number) => [number, number] {
  const { padding = 16, minSpanDeg = 0.02 } = options;
  const [w, s, e, n] = bbox;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  // A day with one stop has a zero-size box: give it a neighbourhood to show.
  const spanX = Math.max((e - w) * k, minSpanDeg * k);
  const spanY = Math.max(n - s, minSpanDeg);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const cx = ((w + e) / 2) * k;
  const cy = (s + n) / 2;
  return (lon, lat) => [width / 2 + (lon * k - cx) * scale, height / 2 - (lat - cy) * scale];
}
