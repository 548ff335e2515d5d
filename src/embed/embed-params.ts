/**
 * What an embed may set on `<liangzhou-map>` from outside: URL parameters of embed.html, and
 * `setAttribute` commands from a parent frame. Pure: strings in, checked strings out. The element
 * checks its attributes again; this layer refuses early so that a bad link says what it ignored,
 * and so that a frame command cannot set anything but these attributes to these shapes of value.
 */
import { toLang } from '../i18n/to-lang';
import { formatCenter, parseCenter } from '../state/parse-center';
import {
  formatControls,
  isDataUrl,
  isSiteId,
  MAX_URL_LENGTH,
  parseControls,
  toGestures,
  toQuery,
  toSrcMode,
  toCorridorKm,
  toDatum,
  toReviewNumber,
  toSrcTimeout,
  toTiandituKey,
  toTiles,
  toZoom,
} from '../state/attributes';
import { layerIds } from '../search/layer-ids';
import { formatLayers, parseLayers } from '../state/layer-visibility';
import { parseLayerList } from '../state/parse-layer-list';
import { unknownLayerIds } from '../state/unknown-layer-ids';

/** The element's attributes an embed may set, as in its class doc comment. */
export const EMBED_ATTRIBUTES = [
  'lang',
  'layers',
  'site',
  'center',
  'zoom',
  'src',
  'src-mode',
  'src-timeout',
  'tiles',
  'tianditu-key',
  'tiles-datum',
  'map-review-number',
  'gestures',
  'controls',
  'corridor',
  'query',
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
  /**
   * A `tiles` value refused above, as the URL gave it (cut to one character past the longest
   * template, so a long one is still refused as long). embed.html sets it on the element anyway: the
   * element reads it as no tiles and names the problem in a notice and an lz-error, so a bureau's
   * typo in a template is seen by the visitor and the framing page, not only in the console.
   */
  refusedTiles?: string;
}

/** Hex colours only: anything else could carry CSS (`red; background: url(…)`). */
export function isHexColour(value: string): boolean {
  return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value);
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
    case 'layers': {
      const list = parseLayerList(v);
      // Unknown ids are kept (they are plain [a-z0-9:-] tokens) so the element can name them in a notice.
      if (unknownLayerIds(list, layerIds).unknown.length > 0) return { name: attr, value: list.join(',') };
      return { name: attr, value: formatLayers(parseLayers(v)) };
    }
    case 'site':
      return isSiteId(v) ? { name: attr, value: v } : undefined;
    case 'center': {
      const center = parseCenter(v);
      return center ? { name: attr, value: formatCenter(center) } : undefined;
    }
    case 'zoom': {
      const zoom = toZoom(v);
      return zoom !== undefined ? { name: attr, value: String(zoom) } : undefined;
    }
    case 'src':
      return isDataUrl(v) ? { name: attr, value: v } : undefined;
    case 'src-timeout':
      return Number.isFinite(Number(v)) && v !== '' ? { name: attr, value: String(toSrcTimeout(v)) } : undefined;
    case 'src-mode':
      return toSrcMode(v) ? { name: attr, value: toSrcMode(v)! } : undefined;
    case 'tiles':
      return toTiles(v) ? { name: attr, value: toTiles(v)! } : undefined;
    case 'tianditu-key':
      return toTiandituKey(v) ? { name: attr, value: toTiandituKey(v)! } : undefined;
    case 'tiles-datum':
      return toDatum(v) ? { name: attr, value: toDatum(v)! } : undefined;
    case 'map-review-number':
      return toReviewNumber(v) ? { name: attr, value: toReviewNumber(v)! } : undefined;
    case 'gestures':
      return toGestures(v) ? { name: attr, value: toGestures(v)! } : undefined;
    case 'corridor':
      // A number: 0 (none) or whole km, capped as the element caps it; anything else is refused here.
      return v !== '' && Number.isFinite(Number(v)) ? { name: attr, value: String(toCorridorKm(v)) } : undefined;
    case 'query':
      // Any text is a search; it is made one line, well-formed and short, as the element makes it.
      return { name: attr, value: toQuery(v) };
    case 'controls': {
      const panels = parseControls(v);
      return panels.length > 0 || v === 'none' ? { name: attr, value: formatControls(panels) } : undefined;
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
    else {
      result.ignored.push(`${name}: "${raw.slice(0, 80)}" is not a valid value`);
      if (name === 'tiles') result.refusedTiles = raw.slice(0, MAX_URL_LENGTH + 1);
    }
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
