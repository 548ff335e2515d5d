import gcoord from 'gcoord';

import type { Datum } from './datum';

export type { Datum };

/** [lon, lat], as GeoJSON and gcoord order them. */
export type LonLat = [number, number];

/**
 * Where a WGS84 point is drawn on a base map in `datum`: the same point on a WGS84 map, shifted to
 * GCJ-02 on a GCJ-02 map (gcoord; identity outside China, where GCJ-02 is not applied). Pure.
 */
export function toDisplay(at: readonly [number, number], datum: Datum): LonLat {
  if (datum === 'wgs84') return [at[0], at[1]];
  return gcoord.transform<LonLat>([at[0], at[1]], gcoord.WGS84, gcoord.GCJ02);
}

/**
 * The WGS84 point drawn at `at` on a base map in `datum`: toDisplay's inverse (gcoord iterates to
 * 1e-6°, about 0.1 m; test/spatial/display-datum.test.ts measures the round trip). Pure.
 */
export function fromDisplay(at: readonly [number, number], datum: Datum): LonLat {
  if (datum === 'wgs84') return [at[0], at[1]];
  return gcoord.transform<LonLat>([at[0], at[1]], gcoord.GCJ02, gcoord.WGS84);
}
