/**
 * Web Mercator (EPSG:3857) pixel coordinates at a zoom, as Leaflet draws them with 256 px tiles:
 * the whole world is 256·2^zoom px wide. Pure, so clustering and label placement can reason in
 * screen pixels in node tests without a map.
 */
const TILE = 256;
/** Leaflet's EPSG3857 clamps latitude here (the square world's edge). */
const MAX_LAT = 85.0511287798;

/** [x, y] in world pixels of [lon, lat] at `zoom` (fractional zooms allowed). */
export function lonLatToPixel([lon, lat]: readonly [number, number], zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * size;
  const y = (0.5 - Math.log((1 + Math.sin(phi)) / (1 - Math.sin(phi))) / (4 * Math.PI)) * size;
  return [x, y];
}

/** The inverse of lonLatToPixel. */
export function pixelToLonLat([x, y]: readonly [number, number], zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const lon = (x / size) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / size;
  const lat = (Math.atan(Math.sinh(n)) * 180) / Math.PI;
  return [lon, lat];
}
