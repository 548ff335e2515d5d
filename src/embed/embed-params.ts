/**
 * What an embed may set on `<liangzhou-map>` from outside: URL parameters of embed.html, and
 * `setAttribute` commands from a parent frame. Pure: strings in, checked strings out. The element
 * checks its attributes again; this layer refuses early so that a bad link says what it ignored,
 * and so that a frame command cannot set anything but these attributes to these shapes of value.
 */
import { toLang } from '../i18n/to-lang';
import { checkTileTemplate } from '../state/tile-template';
import { formatCenter, parseCenter } from '../state/parse-center';
import { parseLayerList } from '../state/parse-layer-list';

/** The element's attributes an embed may set, as in its class doc comment. */
export const EMBED_ATTRIBUTES = [
  'lang',
  'layers',
  'site',
  'center',
  'zoom',
  'src',
  'src-mode',
  'tiles',
  'gestures',
  'controls',
] as const;
export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** Theme colours an embed URL may set: parameter -> the element's custom property. */
export const EMBED_COLOURS = {
  accent: '--lz-color-accent',
  'zone-east': '--lz-zone-east',
  'zone-west': '--lz-zone-west',
  'zone-south': '--lz-zone-south',
  'zone-north': '--lz-zone-north',
  core: '--lz-core',
  axis: '--lz-axis',
} as const;
export type EmbedColour = keyof typeof EMBED_COLOURS;

export interface EmbedParams {
  /** Attributes to set, each value already checked. */
  attributes: Partial<Record<EmbedAttribute, string>>;
  /** Custom property -> colour (`#rgb`, `#rrggbb` and their alpha forms only). */
  colours: Record<string, string>;
  /** Origins whose pages may command the map and hear its events. */
  origins: string[];
  /** Parameters left out, and why, for the console. */
  ignored: string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_URL_LENGTH = 2048;

/** Hex colours only: anything else could carry CSS (`red; background: url(…)`). */
export function isHexColour(value: string): boolean {
  return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value);
}

/** A data URL for `src`: http(s), absolute or relative to the page. No `javascript:`, `data:` or `file:`. */
function isDataUrl(value: string): boolean {
  if (value.length === 0 || value.length > MAX_URL_LENGTH || /[\s<>"']/.test(value)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  return !scheme || /^https?$/i.test(scheme[1]);
}

/** The same rule as the element's `tiles` (basemaps.ts): `none`, `osm`, or an https template it can fill. */
function isTiles(value: string): boolean {
  return 'template' in checkTileTemplate(value);
}

/**
 * Checks one attribute value; returns the value to set (normalised), or undefined when it is
 * refused. `null` (remove the attribute) is always allowed for a known name.
 */
export function checkAttribute(
  name: string,
  value: unknown,
): { name: EmbedAttribute; value: string | null } | undefined {
  if (!(EMBED_ATTRIBUTES as readonly string[]).includes(name)) return undefined;
  const attr = name as EmbedAttribute;
  if (value === null) return { name: attr, value: null };
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const v = value.trim();
  switch (attr) {
    case 'lang':
      return { name: attr, value: toLang(v) };
    case 'layers':
      return { name: attr, value: parseLayerList(v).join(',') };
    case 'site':
      return ID.test(v) ? { name: attr, value: v } : undefined;
    case 'center': {
      const center = parseCenter(v);
      return center ? { name: attr, value: formatCenter(center) } : undefined;
    }
    case 'zoom': {
      const zoom = Number(v);
      return v !== '' && Number.isFinite(zoom)
        ? { name: attr, value: String(Math.min(18, Math.max(7, zoom))) }
        : undefined;
    }
    case 'src':
      return isDataUrl(v) ? { name: attr, value: v } : undefined;
    case 'src-mode':
      return v === 'extend' || v === 'replace' ? { name: attr, value: v } : undefined;
    case 'tiles':
      return isTiles(v) ? { name: attr, value: v } : undefined;
    case 'gestures':
      return v === 'cooperative' || v === 'greedy' ? { name: attr, value: v } : undefined;
    case 'controls': {
      if (v === 'none') return { name: attr, value: v };
      const panels = parseLayerList(v).filter((p) => ['layers', 'list', 'trip', 'lang'].includes(p));
      return panels.length > 0 ? { name: attr, value: panels.join(',') } : undefined;
    }
  }
}

/**
 * Reads an `origins` list (comma- or space-separated). Each must be an http(s) origin; paths are
 * dropped (`https://a.example/page` means `https://a.example`). `*` and `null` are refused: a
 * wildcard would let any page drive the map and read its events.
 */
export function readOrigins(value: string | null | undefined): { origins: string[]; ignored: string[] } {
  const origins: string[] = [];
  const ignored: string[] = [];
  for (const item of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    let origin: string | undefined;
    try {
      const url = new URL(item);
      if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (origin) {
      if (!origins.includes(origin)) origins.push(origin);
    } else ignored.push(`origins: "${item}" is not an http(s) origin`);
  }
  return { origins, ignored };
}

/**
 * Reads embed.html's query string. `ownOrigin` is the page's own origin: the default for
 * `origins`, so a same-origin parent can use the bridge without saying so.
 */
export function readEmbedParams(search: string, ownOrigin: string): EmbedParams {
  const q = new URLSearchParams(search);
  const result: EmbedParams = { attributes: {}, colours: {}, origins: [], ignored: [] };
  for (const name of EMBED_ATTRIBUTES) {
    const raw = q.get(name);
    if (raw === null) continue;
    const checked = checkAttribute(name, raw);
    if (checked && checked.value !== null) result.attributes[name] = checked.value;
    else result.ignored.push(`${name}: "${raw.slice(0, 80)}" is not a valid value`);
  }
  for (const [param, property] of Object.entries(EMBED_COLOURS)) {
    const raw = q.get(param);
    if (raw === null) continue;
    if (isHexColour(raw.trim())) result.colours[property] = raw.trim();
    else result.ignored.push(`${param}: "${raw.slice(0, 80)}" is not a hex colour`);
  }
  if (q.has('origins')) {
    const { origins, ignored } = readOrigins(q.get('origins'));
    result.origins = origins;
    result.ignored.push(...ignored);
  }
  if (result.origins.length === 0) result.origins = [ownOrigin];
  return result;
}
