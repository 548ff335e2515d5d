import type { Lang } from '../model/types';

/** What a link to the map remembers: the state the full page keeps in its URL. */
export interface MapState {
  lang?: Lang;
  /** Ids of the visible layers, in the order of DEFAULT_LAYERS. */
  layers?: string[];
  site?: string;
  /** [lat, lng]: the order of web map links and of Leaflet. */
  center?: [number, number];
  zoom?: number;
  /** Width of the axis corridor, km either side (absent: none). */
  corridor?: number;
  /** The Sites tab's search text (absent: none). */
  query?: string;
  /** The encoded trip, passed through as is (the trip planner owns its format). */
  trip?: string;
}

/** The layers shown when nothing says otherwise. */
export const DEFAULT_LAYERS = ['core', 'axis', 'east', 'west', 'south', 'north', 'sites'] as const;
