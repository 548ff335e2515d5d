import { toLang } from '../i18n/to-lang';
import { DEFAULT_LAYERS, type MapState } from './map-state';
import { formatCenter, parseCenter } from './parse-center';
import { parseLayerList } from './parse-layer-list';
import { isSiteId, toCorridorKm, toQuery, toZoom } from './attributes';

/** Reads the map's state from a query string; absent or malformed parts are left out. */
export function readUrlState(search: string): MapState {
  const q = new URLSearchParams(search);
  const state: MapState = {};
  if (q.has('lang')) state.lang = toLang(q.get('lang'));
  if (q.has('layers')) state.layers = parseLayerList(q.get('layers'));
  const site = q.get('site');
  if (isSiteId(site)) state.site = site;
  const center = parseCenter(q.get('center'));
  if (center) state.center = center;
  const zoom = toZoom(q.get('zoom'));
  if (zoom !== undefined) state.zoom = zoom;
  const corridor = toCorridorKm(q.get('corridor'));
  if (corridor > 0) state.corridor = corridor;
  // `q`, short as search boxes' links have it; blank text is no search.
  const query = toQuery(q.get('q'));
  if (query.trim()) state.query = query;
  const trip = q.get('trip');
  if (trip) state.trip = trip;
  return state;
}

/**
 * Writes the state into a query string, keeping parameters that are not the map's. Defaults are
 * left out, so a plain visit keeps a plain URL.
 */
export function writeUrlState(state: MapState, search = ''): string {
  const q = new URLSearchParams(search);
  for (const k of ['lang', 'layers', 'site', 'center', 'zoom', 'corridor', 'q', 'trip']) q.delete(k);
  if (state.lang && state.lang !== 'zh-CN') q.set('lang', state.lang);
  if (state.layers && state.layers.join(',') !== DEFAULT_LAYERS.join(',')) q.set('layers', state.layers.join(','));
  if (state.site) q.set('site', state.site);
  if (state.center) q.set('center', formatCenter(state.center));
  if (state.zoom !== undefined) q.set('zoom', String(state.zoom));
  if (state.corridor) q.set('corridor', String(state.corridor));
  if (state.query?.trim()) q.set('q', toQuery(state.query));
  if (state.trip) q.set('trip', state.trip);
  const s = q.toString();
  return s ? `?${s}` : '';
}
