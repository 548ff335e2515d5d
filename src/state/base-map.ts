/**
 * The base maps the `tiles` attribute names, as data: each provider's tile URLs, subdomains, zoom
 * range, datum, attribution and approval number (审图号). Pure (no Leaflet): src/map/basemaps.ts draws
 * what `baseMap()` returns (loaded when a page first asks for a base map), and the node tests check every URL against tile-template.ts's rules.
 */
import type { Datum } from '../spatial/datum';
import { isTiandituKey, type BaseMapId } from './attributes';

export { BASE_MAP_IDS, isBaseMapId, isTiandituKey, type BaseMapId } from './attributes';
import type { Lang } from '../model/types';
import { checkTileTemplate, OSM_TEMPLATE } from './tile-template';

/** One tile layer of a base map (a picture layer, and for 天地图 and 高德 imagery a label layer above it). */
export interface TileSpec {
  /** A Leaflet URL template; passes checkTileTemplate. */
  template: string;
  /** Leaflet's `subdomains`, filled into {s}. */
  subdomains: string;
  /** The zooms the provider serves; Leaflet scales its last zoom's tiles beyond maxNativeZoom. */
  minZoom: number;
  maxNativeZoom: number;
}

/** What a base map needs drawn, and what it must say. */
export interface BaseMap {
  id: BaseMapId | 'custom';
  datum: Datum;
  layers: TileSpec[];
  /**
   * The provider's attribution, per language: constant HTML (links only) from this table, never data:
   * Leaflet's attribution control takes HTML strings.
   */
  attribution: Record<Lang, string>;
  /**
   * The provider's own 审图号 for its web map. Left empty where no current number could be confirmed
   * from the provider's published pages: a wrong approval number is worse than none. The bureau's own
   * number is `map-review-number`.
   */
  reviewNumber?: string;
}

/** Why a base map cannot be drawn: the map falls back to the outlines and says so. */
export type BaseMapProblem = 'needs-key' | 'bad-template';

const link = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener">${text}</a>`;

const OSM_ATTRIBUTION: Record<Lang, string> = {
  en: `© ${link('https://www.openstreetmap.org/copyright', 'OpenStreetMap')} contributors`,
  'zh-CN': `© ${link('https://www.openstreetmap.org/copyright', 'OpenStreetMap')} 贡献者`,
};
const TIANDITU_ATTRIBUTION: Record<Lang, string> = {
  'zh-CN': `底图：${link('https://www.tianditu.gov.cn', '天地图')}（国家地理信息公共服务平台）`,
  en: `Base map: ${link('https://www.tianditu.gov.cn', 'Tianditu')} (National Platform for Common GeoSpatial Information Services)`,
};
const AMAP_ATTRIBUTION: Record<Lang, string> = {
  'zh-CN': `底图：© ${link('https://www.amap.com', '高德地图')}（GCJ-02）`,
  en: `Base map: © ${link('https://www.amap.com', 'AMap (Gaode)')} (GCJ-02)`,
};

/**
 * 天地图's WMTS KVP scheme in Web Mercator (TILEMATRIXSET=w), one layer per name: `vec` (vector),
 * `img` (imagery), and their labels `cva`/`cia` (Chinese) or `eva`/`eia` (English). Hosts t0–t7, key
 * in `tk` (required since 2019). Scheme as lbs.tianditu.gov.cn/server/MapService.html documents it
 * (quoted in https://blog.csdn.net/XinShun/article/details/93488732 and SuperMap's Tianditu source,
 * https://iclient.supermap.io/docs/openlayers/Tianditu.html: `t{0-7}.tianditu.gov.cn/{layer}_{proj}/wmts`).
 * Zooms 1–18.
 */
function tiandituLayer(layer: 'vec' | 'img' | 'cva' | 'cia' | 'eva' | 'eia', key: string): TileSpec {
  return {
    template:
      `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`,
    subdomains: '01234567',
    minZoom: 1,
    maxNativeZoom: 18,
  };
}

/**
 * 高德's public tile hosts: webrd01–04 for the vector map (style=8: roads and labels), webst01–04 for
 * imagery (style=6) and its transparent road-and-label overlay (style=8). GCJ-02, Web Mercator, zooms
 * 3–18. Scheme as described at https://e-com-net.com/article/1756717524889649152.htm (citing
 * blog.csdn.net/fredricen/article/details/77189453) and http://39.103.169.235/p/e34f85029fd7.
 */
const AMAP_VECTOR = 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}';
const AMAP_IMAGERY = 'https://webst0{s}.is.autonavi.com/appmaptile?style=6&x={x}&y={y}&z={z}';
const AMAP_IMAGERY_LABELS =
  'https://webst0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}';
const amapLayer = (template: string): TileSpec => ({ template, subdomains: '1234', minZoom: 3, maxNativeZoom: 18 });

export interface BaseMapOptions {
  lang: Lang;
  /** `tianditu-key`. */
  key?: string;
  /** `tiles-datum`: the datum of a custom template (default WGS84). */
  datum?: Datum;
}

/**
 * What `tiles` draws: a named base map or a custom template, its layers, datum and attribution;
 * `undefined` for `none`; a problem when it cannot be drawn (天地图 with no valid key, a template
 * tile-template.ts refuses). Pure.
 */
export function baseMap(
  tiles: string | undefined,
  options: BaseMapOptions,
): BaseMap | { problem: BaseMapProblem } | undefined {
  const value = tiles?.trim() ?? '';
  const label = options.lang === 'en' ? 'e' : 'c';
  switch (value) {
    case '':
    case 'none':
      return undefined;
    case 'osm':
      return {
        id: 'osm',
        datum: 'wgs84',
        layers: [{ template: OSM_TEMPLATE, subdomains: 'abc', minZoom: 0, maxNativeZoom: 19 }],
        attribution: OSM_ATTRIBUTION,
      };
    case 'tianditu':
    case 'tianditu-img': {
      if (!isTiandituKey(options.key)) return { problem: 'needs-key' };
      const key = options.key.trim();
      const img = value === 'tianditu-img';
      return {
        id: value,
        datum: 'wgs84',
        layers: [
          tiandituLayer(img ? 'img' : 'vec', key),
          tiandituLayer(`${label}${img ? 'ia' : 'va'}` as 'cva' | 'cia' | 'eva' | 'eia', key),
        ],
        attribution: TIANDITU_ATTRIBUTION,
      };
    }
    case 'amap':
      return { id: 'amap', datum: 'gcj02', layers: [amapLayer(AMAP_VECTOR)], attribution: AMAP_ATTRIBUTION };
    case 'amap-img':
      return {
        id: 'amap-img',
        datum: 'gcj02',
        layers: [amapLayer(AMAP_IMAGERY), amapLayer(AMAP_IMAGERY_LABELS)],
        attribution: AMAP_ATTRIBUTION,
      };
  }
  const checked = checkTileTemplate(value);
  if (!('template' in checked) || !checked.template) return { problem: 'bad-template' };
  return {
    id: 'custom',
    datum: options.datum ?? 'wgs84',
    layers: [{ template: checked.template, subdomains: 'abc', minZoom: 0, maxNativeZoom: 18 }],
    // A page's own tile server: its page states the attribution; a template is never turned into HTML.
    attribution: { 'zh-CN': '', en: '' },
  };
}
