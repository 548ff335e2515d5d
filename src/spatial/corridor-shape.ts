import type { Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';

/** km per degree of latitude (mean), and of longitude at the equator. */
const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON = 111.32;

/**
 * The corridor `widthKm` either side of a line, as pieces to draw together: a rectangle along each
 * segment and a disc (`steps`-gon) at each vertex. Their union is the line's buffer; drawn in one
 * pane with the opacity on the pane, the overlaps do not show. Pieces, not one unioned polygon, so the
 * widget does not carry a polygon-clipping library (turf's buffer brings JSTS) for a picture.
 * Local flat frame around the line's middle latitude: at 38° N and tens of km, within a few metres.
 */
export function corridorShape(
  line: LineString,
  widthKm: number,
  options: { steps?: number } = {},
): FeatureCollection<Polygon> {
  const { steps = 24 } = options;
  const coords = line.coordinates;
  const lats = coords.map((p) => p[1]);
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = KM_PER_DEG_LON * Math.cos((lat0 * Math.PI) / 180);
  const ky = KM_PER_DEG_LAT;
  const at = (p: Position, dxKm: number, dyKm: number): Position => [p[0] + dxKm / kx, p[1] + dyKm / ky];
  const features: Feature<Polygon>[] = [];
  const piece = (ring: Position[]) =>
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
    });
  if (widthKm <= 0) return { type: 'FeatureCollection', features };
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1];
    const b = coords[i];
    const dx = (b[0] - a[0]) * kx;
    const dy = (b[1] - a[1]) * ky;
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    // The normal, scaled to the width.
    const nx = (-dy / len) * widthKm;
    const ny = (dx / len) * widthKm;
    piece([at(a, nx, ny), at(b, nx, ny), at(b, -nx, -ny), at(a, -nx, -ny)]);
  }
  for (const p of coords) {
    const ring: Position[] = [];
    for (let k = 0; k < steps; k++) {
      const t = (2 * Math.PI * k) / steps;
      ring.push(at(p, widthKm * Math.cos(t), widthKm * Math.sin(t)));
    }
    piece(ring);
  }
  return { type: 'FeatureCollection', features };
}
