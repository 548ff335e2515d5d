import { AREA_IDS, type AreaId } from '../model/types';
import { layerIds, type LayerId } from '../search/layer-ids';
import { DEFAULT_LAYERS } from './map-state';
import { parseLayerList } from './parse-layer-list';
import { unknownLayerIds } from './unknown-layer-ids';

/**
 * The one reading of the `layers` attribute. It has mixed polarity: the layout's areas and `sites`
 * are listed to show them (`core,south,sites`), the site filters are listed with a `-` to hide them
 * (`-category:temple`, `-theme:buddhist`, `-area:south`, `-theme:none`). Everything else works from the
 * set this returns, and `visibleSites` (search/visible-sites.ts) turns it into the sites shown.
 *
 * Old values keep their meaning: a value written before `area:` and `theme:none` existed hides
 * neither, so it shows the same sites as it did.
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

/** The three site filters, by the prefix of their ids. */
export type FilterKind = 'area' | 'category' | 'theme';

const idsOf = (kind: FilterKind): LayerId[] => layerIds.filter((id) => id.startsWith(`${kind}:`));

/**
 * "Only this" for one site filter (`theme:buddhist`, `category:temple`, `area:south`, `theme:none`):
 * that value alone of its kind, the other two kinds as they were, and the sites shown. One action,
 * one new set; `visible` is not changed.
 */
export function onlyFilter(visible: ReadonlySet<LayerId>, id: LayerId): ReadonlySet<LayerId> {
  const kind = id.split(':')[0] as FilterKind;
  const next = new Set(visible);
  for (const other of idsOf(kind)) next.delete(other);
  next.add(id);
  next.add('sites');
  return sameLayers(next, visible) ? visible : next;
}

/** Every value of one filter shown again ("any" in a list's select); `visible` is not changed. */
export function anyFilter(visible: ReadonlySet<LayerId>, kind: FilterKind): ReadonlySet<LayerId> {
  const next = new Set([...visible, ...idsOf(kind)]);
  return sameLayers(next, visible) ? visible : next;
}

/**
 * "Only this zone" (or the core): its outline alone, without the axis, the other areas or their
 * sites; the sites' category and theme filters stay as they were. `visible` is not changed.
 */
export function onlyArea(visible: ReadonlySet<LayerId>, area: AreaId): ReadonlySet<LayerId> {
  const next = new Set(onlyFilter(visible, `area:${area}`));
  for (const other of ['axis', ...AREA_IDS] as const) next.delete(other);
  next.add(area);
  return sameLayers(next, visible) ? visible : next;
}

/**
 * What a single-choice control (the list's selects) shows for one filter: `''` when every value is
 * shown, the value when it alone is, `undefined` for any other mix (several, or none).
 */
export function filterChoice(visible: ReadonlySet<string>, kind: FilterKind): string | undefined {
  const ids = idsOf(kind);
  const on = ids.filter((id) => visible.has(id));
  if (on.length === ids.length) return '';
  return on.length === 1 ? on[0].slice(kind.length + 1) : undefined;
}
