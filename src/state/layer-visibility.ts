import { layerIds, type LayerId } from '../search/layer-ids';
import { DEFAULT_LAYERS } from './map-state';
import { parseLayerList } from './parse-layer-list';
import { unknownLayerIds } from './unknown-layer-ids';

/**
 * The one reading of the `layers` attribute. It has mixed polarity: the layout's areas and `sites`
 * are listed to show them (`core,south,sites`), the site filters are listed with a `-` to hide them
 * (`-category:temple`, `-theme:buddhist`). Everything else works from the set this returns.
 */

/** The area ids the attribute lists to show, in the order it writes them. */
const AREAS: readonly string[] = DEFAULT_LAYERS;
const isFilter = (id: string): boolean => id.includes(':');
const KNOWN = new Set<string>(layerIds);

/** Whether `id` names a layer the map can show or hide. */
export function isLayerId(id: string): id is LayerId {
  return KNOWN.has(id);
}

/**
 * Every layer shown for an attribute value: unset (`null`/`undefined`) shows everything; a list shows
 * the areas it names and every filter it does not hide. Unknown and malformed ids are ignored; a list
 * with ids but none known shows everything, as unset does.
 */
export function parseLayers(value: string | null | undefined): ReadonlySet<LayerId> {
  if (value === null || value === undefined) return new Set(layerIds);
  const ids = parseLayerList(value);
  // `?layers=sties`: nothing known shows the default layers, not a blank map (the element names the ids).
  if (unknownLayerIds(ids, layerIds).useDefault) return new Set(layerIds);
  const list = new Set(ids);
  return new Set(layerIds.filter((id) => (isFilter(id) ? !list.has(`-${id}`) : list.has(id))));
}

/** The canonical attribute value for a set: shown areas in DEFAULT_LAYERS order, then hidden filters. */
export function formatLayers(visible: ReadonlySet<string>): string {
  const shown = AREAS.filter((id) => visible.has(id));
  const hidden = layerIds.filter((id) => isFilter(id) && !visible.has(id)).map((id) => `-${id}`);
  return [...shown, ...hidden].join(',');
}

/** A new set with `id` shown or hidden; `visible` is not changed. The same set back when nothing changes. */
export function setLayerVisible(visible: ReadonlySet<LayerId>, id: LayerId, on: boolean): ReadonlySet<LayerId> {
  if (visible.has(id) === on) return visible;
  const next = new Set(visible);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** Whether two sets hold the same ids. */
export function sameLayers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
