/**
 * The copy-ready snippets of the configurator, as plain text: a script tag, an iframe, an npm import.
 * Pure; every value is checked or escaped here, because a bureau pastes the result into its pages.
 */
import type { AreaId, Category, Lang } from '../../model/types';
import { layerIds, type LayerId, type ThemeChoice } from '../../search/layer-ids';
import { formatLayers, onlyFilter } from '../../state/layer-visibility';
import { EMBED_COLOURS, isHexColour, type EmbedColour } from '../../embed/embed-params';
import { DEFAULT_LAYERS } from '../../state/map-state';
import { isSiteId, toQuery, toReviewNumber, toTiandituKey, toZoom, type Gestures } from '../../state/attributes';
import type { BaseMapId } from '../../state/base-map';
import { formatCenter } from '../../state/parse-center';

export interface EmbedChoice {
  lang: Lang;
  /** Visible areas, any of DEFAULT_LAYERS; all of them means the default (attribute left out). */
  layers: readonly string[];
  /** Show only the sites of this area (the site filter of `layers`); absent: every area's. */
  area?: AreaId;
  /** Show only the sites of this category; absent: every category's. */
  category?: Category;
  /** Show only the sites of this theme (`none`: the sites without one); absent: every theme's. */
  theme?: ThemeChoice;
  /** The Sites tab's search text at the start (`query`); absent or blank: none. */
  query?: string;
  /** Site whose popup is open at the start. */
  site?: string;
  /** Start view; absent means the whole district. */
  view?: { center: [number, number]; zoom: number };
  /** CSS lengths: `100%`, `640px`, `40rem` ... */
  width: string;
  height: string;
  /** Colours that differ from the defaults, as hex. */
  colours: Partial<Record<EmbedColour, string>>;
  /** A named base map (state/base-map.ts). */
  tiles: BaseMapId;
  /** The 天地图 key, written only with a 天地图 base map. */
  tiandituKey?: string;
  /** The bureau's own 审图号 (`map-review-number`). */
  reviewNumber?: string;
  gestures: Gestures;
}

export const DEFAULT_CHOICE: EmbedChoice = {
  lang: 'zh-CN',
  layers: DEFAULT_LAYERS,
  width: '100%',
  height: '480px',
  colours: {},
  tiles: 'none',
  gestures: 'cooperative',
};

/** The widget's own colours (the element's defaults), for the colour pickers. */
export const DEFAULT_COLOURS: Record<EmbedColour, string> = {
  accent: '#9a3412',
  'zone-east': '#3f7f1f',
  'zone-west': '#1f6fa8',
  'zone-south': '#8c4a0e',
  'zone-north': '#b8860b',
  core: '#b3124a',
  axis: '#111827',
};

/** A CSS length a snippet may carry: a number with px, %, rem, em, vh or vw. */
export function isCssLength(value: string): boolean {
  return /^(?:\d{1,5}(?:\.\d{1,3})?)(?:px|%|rem|em|vh|vw)$/.test(value.trim());
}

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A folder URL the files are served from: http(s), ending in `/`. Undefined for anything else. */
export function hostedBase(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * The `layers` value for a choice: the outlines ticked, then the site filter (one area, one category, one theme),
 * written by the element's own functions so the snippet says what the map will read. Undefined for
 * the default (everything shown).
 */
export function layersValue(choice: EmbedChoice): string | undefined {
  let visible: ReadonlySet<LayerId> = new Set(
    layerIds.filter((id) => id.includes(':') || (choice.layers as readonly string[]).includes(id)),
  );
  if (choice.area) visible = onlyFilter(visible, `area:${choice.area}`);
  if (choice.category) visible = onlyFilter(visible, `category:${choice.category}`);
  if (choice.theme) visible = onlyFilter(visible, `theme:${choice.theme}`);
  const value = formatLayers(new Set([...visible].filter((id) => id !== 'sites' || choice.layers.includes('sites'))));
  return value === DEFAULT_LAYERS.join(',') ? undefined : value;
}

/** The `query` value for a choice, as the element reads it (one line, at most 100 characters); undefined for none. */
export function queryValue(choice: EmbedChoice): string | undefined {
  const query = toQuery(choice.query).trim();
  return query || undefined;
}

/** The element's attributes for a choice, in the order of its doc comment; defaults left out (lang always). */
export function elementAttributes(choice: EmbedChoice): Array<[string, string]> {
  const attrs: Array<[string, string]> = [['lang', choice.lang]];
  const layers = layersValue(choice);
  if (layers !== undefined) attrs.push(['layers', layers]);
  if (isSiteId(choice.site)) attrs.push(['site', choice.site]);
  const query = queryValue(choice);
  if (query !== undefined) attrs.push(['query', query]);
  if (choice.view) {
    attrs.push(['center', formatCenter(choice.view.center)]);
    const zoom = toZoom(choice.view.zoom);
    if (zoom !== undefined) attrs.push(['zoom', String(zoom)]);
  }
  if (choice.tiles !== 'none') attrs.push(['tiles', choice.tiles]);
  const key = toTiandituKey(choice.tiandituKey);
  if (key && choice.tiles.startsWith('tianditu')) attrs.push(['tianditu-key', key]);
  const review = toReviewNumber(choice.reviewNumber);
  if (review) attrs.push(['map-review-number', review]);
  if (choice.gestures !== 'cooperative') attrs.push(['gestures', choice.gestures]);
  return attrs;
}

/** Colours that are valid hex and differ from the defaults. */
function changedColours(choice: EmbedChoice): Array<[EmbedColour, string]> {
  return (Object.keys(EMBED_COLOURS) as EmbedColour[])
    .map((k): [EmbedColour, string | undefined] => [k, choice.colours[k]])
    .filter(
      (e): e is [EmbedColour, string] => !!e[1] && isHexColour(e[1]) && e[1].toLowerCase() !== DEFAULT_COLOURS[e[0]],
    )
    .map(([k, v]) => [k, v.toLowerCase()]);
}

/** The element's inline style: its size and the changed colours. */
export function elementStyle(choice: EmbedChoice): string {
  const parts = [
    `width: ${isCssLength(choice.width) ? choice.width.trim() : DEFAULT_CHOICE.width}`,
    `height: ${isCssLength(choice.height) ? choice.height.trim() : DEFAULT_CHOICE.height}`,
  ];
  for (const [k, v] of changedColours(choice)) parts.push(`${EMBED_COLOURS[k]}: ${v}`);
  return parts.join('; ');
}

export function elementMarkup(choice: EmbedChoice): string {
  const attrs = [...elementAttributes(choice), ['style', elementStyle(choice)]].map(
    ([k, v]) => `${k}="${escapeAttribute(v)}"`,
  );
  return `<liangzhou-map ${attrs.join(' ')}></liangzhou-map>`;
}

export function scriptSnippet(choice: EmbedChoice, base: string): string {
  return `<script src="${escapeAttribute(`${base}liangzhou-map.js`)}"></script>\n${elementMarkup(choice)}\n`;
}

/** embed.html's URL for a choice: the element's attributes and the colours as parameters. */
export function embedUrl(choice: EmbedChoice, base: string): string {
  const q = new URLSearchParams(elementAttributes(choice));
  for (const [k, v] of changedColours(choice)) q.set(k, v);
  return `${base}embed.html?${q.toString()}`;
}

export function iframeSnippet(choice: EmbedChoice, base: string, title: string): string {
  const width = isCssLength(choice.width) ? choice.width.trim() : DEFAULT_CHOICE.width;
  const height = isCssLength(choice.height) ? choice.height.trim() : DEFAULT_CHOICE.height;
  return (
    `<iframe src="${escapeAttribute(embedUrl(choice, base))}"\n` +
    `  title="${escapeAttribute(title)}" loading="lazy"\n` +
    `  style="border: 0; width: ${width}; height: ${height}"></iframe>\n`
  );
}

export function npmSnippet(choice: EmbedChoice): string {
  return (
    `npm install liangzhou-map\n\n` +
    `// once, in your code: registers <liangzhou-map>\n` +
    `import 'liangzhou-map/dist-lib/liangzhou-map.es.js';\n\n` +
    `<!-- in your page or template -->\n` +
    `${elementMarkup(choice)}\n`
  );
}
