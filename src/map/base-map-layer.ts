import type * as L from 'leaflet';
import type { Lang } from '../model/types';
import type { Datum } from '../spatial/datum';
import { baseMap, type BaseMapOptions, type BaseMapProblem } from '../state/base-map';
import { failSoftBaseMap } from './basemaps';
import { datumCrs } from './datum-crs';

/** A base map ready for LayoutMap.setBaseMap: its tile layers, the CRS of its datum, its 审图号. */
export interface DrawnBaseMap {
  datum: Datum;
  crs: L.CRS;
  layer: L.LayerGroup;
  reviewNumber?: string;
}

/**
 * Builds what `tiles` draws (state/base-map.ts), or says why it cannot (a problem), or undefined for
 * `none`. Loaded on first use: a map on the offline outlines (the default) never fetches the
 * providers' table, the GCJ-02 CRS or gcoord. `onFail` is called once when its tiles fail.
 */
export function drawBaseMap(
  tiles: string,
  options: BaseMapOptions & { lang: Lang },
  onFail: () => void,
): DrawnBaseMap | { problem: BaseMapProblem } | undefined {
  const base = baseMap(tiles, options);
  if (!base || 'problem' in base) return base;
  return {
    datum: base.datum,
    crs: datumCrs(base.datum),
    layer: failSoftBaseMap(base, onFail, options.lang),
    reviewNumber: base.reviewNumber,
  };
}
