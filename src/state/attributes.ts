import { toLang } from '../i18n/to-lang';
import type { Lang } from '../model/types';
import { formatCenter, parseCenter } from './parse-center';
import { parseLayerList } from './parse-layer-list';

import { wellFormed } from '../data/well-formed';
import { DATUMS, type Datum } from '../spatial/datum';
import { checkTileTemplate } from './tile-template';

/**
 * The grammar of each `<liangzhou-map>` attribute, written once. The element reads its attributes
 * with these converters; the URL state, embed.html's parameters and the configurator's snippets
 * check and write values with the same functions, so a rule changes in one place.
 *
 * Pure: no Lit, no Leaflet. The converters have the shape of Lit's ComplexAttributeConverter, so
 * the element passes them to `@property({converter})` as they are.
 */

/** Attribute text to property value and back (Lit's ComplexAttributeConverter, structurally). */
export interface AttributeConverter<T> {
  fromAttribute(value: string | null): T;
  toAttribute(value: T): string | null;
}

/** A site id: lower-case letters, digits and hyphens, as geo/README.md defines it. */
export const SITE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isSiteId(value: unknown): value is string {
  return typeof value === 'string' && SITE_ID.test(value);
}

/** The zooms the map allows, and its zoom step (Leaflet's zoomSnap). */
export const ZOOM_RANGE = { min: 7, max: 18, step: 0.25 } as const;

/** A zoom the map can show: clamped to ZOOM_RANGE and snapped to its step; undefined when not a number. */
export function toZoom(value: unknown): number | undefined {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) return undefined;
  const clamped = Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, n));
  return Math.round(clamped / ZOOM_RANGE.step) * ZOOM_RANGE.step;
}

/** The panels `controls` can name, in the order the panel shows them. */
export const PANELS = ['layers', 'list', 'trip', 'analysis', 'lang'] as const;
export type Panel = (typeof PANELS)[number];

/** `controls`: the panels named (known ones, in PANELS order), `none` for none, unset for all. */
export function parseControls(value: string | null | undefined): Panel[] {
  if (value === null || value === undefined) return [...PANELS];
  if (value.trim() === 'none') return [];
  const list = parseLayerList(value);
  return PANELS.filter((p) => list.includes(p));
}

export function formatControls(panels: readonly Panel[]): string {
  return panels.length === 0 ? 'none' : PANELS.filter((p) => panels.includes(p)).join(',');
}

export type Gestures = 'cooperative' | 'greedy';
export const GESTURES: readonly Gestures[] = ['cooperative', 'greedy'];
export type SrcMode = 'extend' | 'replace';
export const SRC_MODES: readonly SrcMode[] = ['extend', 'replace'];

/** A literal-union attribute: a known value, or undefined. */
function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
  return (values as readonly unknown[]).includes(v) ? (v as T) : undefined;
}
export const toGestures = (value: unknown): Gestures | undefined => oneOf(GESTURES, value);
export const toSrcMode = (value: unknown): SrcMode | undefined => oneOf(SRC_MODES, value);

/** The longest URL or template accepted: longer is an attack or a mistake. */
export const MAX_URL_LENGTH = 2048;

/** The named base maps, in the order the Layers tab offers them. `none`: the district's outlines only. */
export const BASE_MAP_IDS = ['none', 'osm', 'tianditu', 'tianditu-img', 'amap', 'amap-img'] as const;
export type BaseMapId = (typeof BASE_MAP_IDS)[number];
export const isBaseMapId = (v: unknown): v is BaseMapId => (BASE_MAP_IDS as readonly unknown[]).includes(v);

/**
 * A 天地图 key (`tk`): the console issues 32 hex digits; letters and digits only, 16–64 of them, are
 * accepted, so nothing else (`&`, `#`, a brace) ever reaches a tile URL.
 */
export const TIANDITU_KEY = /^[0-9A-Za-z]{16,64}$/;
export const isTiandituKey = (v: unknown): v is string => typeof v === 'string' && TIANDITU_KEY.test(v.trim());

/**
 * `tiles`: a named base map (`none`, `osm`, `tianditu`, `tianditu-img`, `amap`, `amap-img`:
 * state/base-map.ts) or an http(s) URL template with {z}, {x} and {y}.
 */
export type Tiles = BaseMapId | `http${string}`;
export function toTiles(value: unknown): Tiles | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (v === '') return 'none';
  if (isBaseMapId(v)) return v;
  // One rule for templates (tile-template.ts): https, known placeholders only, {-y} for TMS servers.
  return 'template' in checkTileTemplate(v) ? (v as Tiles) : undefined;
}

/** `src-timeout`: seconds to wait for `src`, headers and body. Long enough for a slow mobile link. */
export const SRC_TIMEOUT_S = 20;
/** The bounds a `src-timeout` may ask for, in seconds: a dead host always ends in a message. */
export const SRC_TIMEOUT_RANGE_S = [1, 120] as const;

/**
 * Reads `src-timeout` (seconds, as a person writes them: `30`, `7.5`): clamped to SRC_TIMEOUT_RANGE_S,
 * or the default for anything that is not a number.
 */
export function toSrcTimeout(value: unknown): number {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim() || NaN) : NaN;
  if (!Number.isFinite(seconds)) return SRC_TIMEOUT_S;
  const [min, max] = SRC_TIMEOUT_RANGE_S;
  return Math.min(max, Math.max(min, seconds));
}

/** A data URL for `src`: http(s), absolute or relative to the page. No `javascript:`, `data:` or `file:`. */
export function isDataUrl(value: string): boolean {
  if (value.length === 0 || value.length > MAX_URL_LENGTH || /[\s<>"']/.test(value)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (scheme && !/^https?$/i.test(scheme[1])) return false;
  // Two backslashes, or `//`, look like a relative URL but resolve to no host: a page that
  // then resolves it (embed.html, the fetch) would throw instead of saying "refused".
  try {
    new URL(value, 'https://page.invalid/dir/page.html');
    return true;
  } catch {
    return false;
  }
}

/**
 * Lit converters for the element's attributes. A value the grammar refuses reads as the default
 * (`undefined` for the optional ones), so a typo in a page leaves the map working.
 */
export const langConverter: AttributeConverter<Lang> = {
  fromAttribute: (value) => toLang(value),
  toAttribute: (value) => value,
};

export const zoomConverter: AttributeConverter<number | undefined> = {
  fromAttribute: (value) => toZoom(value),
  toAttribute: (value) => (value === undefined ? null : String(value)),
};

export const centerConverter: AttributeConverter<[number, number] | undefined> = {
  fromAttribute: (value) => parseCenter(value),
  toAttribute: (value) => (value ? formatCenter(value) : null),
};

export const gesturesConverter: AttributeConverter<Gestures> = {
  fromAttribute: (value) => toGestures(value) ?? 'cooperative',
  toAttribute: (value) => value,
};

export const srcModeConverter: AttributeConverter<SrcMode> = {
  fromAttribute: (value) => toSrcMode(value) ?? 'extend',
  toAttribute: (value) => value,
};

export const srcTimeoutConverter: AttributeConverter<number> = {
  fromAttribute: (value) => toSrcTimeout(value),
  toAttribute: (value) => String(value),
};

/** The widest axis corridor, km either side. */
export const CORRIDOR_MAX_KM = 20;

/** `corridor`: whole km either side of the axis, 0 (none) to CORRIDOR_MAX_KM; anything else reads as 0. */
export function toCorridorKm(value: unknown): number {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return 0;
  return Math.min(CORRIDOR_MAX_KM, Math.round(n));
}

export const corridorConverter: AttributeConverter<number> = {
  fromAttribute: (value) => toCorridorKm(value),
  toAttribute: (value) => (value > 0 ? String(value) : null),
};

export const tilesConverter: AttributeConverter<Tiles> = {
  fromAttribute: (value) => toTiles(value) ?? 'none',
  toAttribute: (value) => value,
};

/** `tianditu-key`: the 天地图 `tk`, letters and digits only (state/base-map.ts), or undefined. */
export function toTiandituKey(value: unknown): string | undefined {
  return isTiandituKey(value) ? (value as string).trim() : undefined;
}

export const tiandituKeyConverter: AttributeConverter<string | undefined> = {
  fromAttribute: (value) => toTiandituKey(value),
  toAttribute: (value) => value ?? null,
};

/** `tiles-datum`: the datum of a custom tile template, `wgs84` (default) or `gcj02`. */
export const toDatum = (value: unknown): Datum | undefined => oneOf(DATUMS, value);

export const datumConverter: AttributeConverter<Datum> = {
  fromAttribute: (value) => toDatum(value) ?? 'wgs84',
  toAttribute: (value) => value,
};

/**
 * `map-review-number`: the bureau's own 审图号, e.g. `甘S（2024）012号`. Hostile (embed.html takes it from
 * its URL): letters, digits, brackets, hyphens and spaces only, 1–40 of them; it is shown as text,
 * never as HTML. Anything else reads as none.
 */
export const REVIEW_NUMBER = /^[\p{L}\p{N}（）()〔〕[\]\-\s]{1,40}$/u;
export function toReviewNumber(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().replace(/\s+/g, ' ');
  return REVIEW_NUMBER.test(v) ? v : undefined;
}

export const reviewNumberConverter: AttributeConverter<string | undefined> = {
  fromAttribute: (value) => toReviewNumber(value),
  toAttribute: (value) => value ?? null,
};

/** The longest search text `query` keeps, in characters: a search box's words, not a document. */
export const QUERY_MAX_CHARS = 100;

/**
 * `query`: the Sites tab's search text, from the visitor, the page or a link (hostile). One line
 * (control and line-separator characters become spaces), well-formed (a lone surrogate would make
 * encodeURIComponent throw when the URL is written) and at most QUERY_MAX_CHARS characters. Not
 * trimmed: the visitor may be typing the space between two words. Anything but a string reads as ''.
 */
export function toQuery(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Twice the cap in code units holds more than the cap in characters: the rest is never looked at.
  const line = wellFormed(value.slice(0, QUERY_MAX_CHARS * 2 + 2)).replace(
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g,
    ' ',
  );
  const chars = [...line];
  return chars.length > QUERY_MAX_CHARS ? chars.slice(0, QUERY_MAX_CHARS).join('') : line;
}

export const queryConverter: AttributeConverter<string> = {
  fromAttribute: (value) => toQuery(value),
  // No search, no attribute: a plain map keeps a plain tag.
  toAttribute: (value) => (value ? value : null),
};
