import gcoord from 'gcoord';
import type { LonLat, TravelMode } from '../model/itinerary';
import type { Lang, LocalizedText, Site } from '../model/types';

export interface NavLinks {
  /** 高德地图 (AMap) route planning, `uri.amap.com/navigation`: GCJ-02. */
  amap: string;
  /** 百度地图 (Baidu) route planning, `api.map.baidu.com/direction`: BD-09. */
  baidu: string;
  /** 腾讯地图 (Tencent) route planning, `apis.map.qq.com/uri/v1/routeplan`: GCJ-02. */
  tencent: string;
  /** RFC 5870 `geo:` URI of the destination, WGS84: opens the phone's own map app. */
  geo: string;
}

/** Where the route starts: the trip's previous stop, or the visitor's own position. WGS84. */
export interface NavOrigin {
  coordinates: LonLat;
  /** Shown by the map app; a plain string is used as it is in both languages. */
  name: string | LocalizedText;
}

export interface NavLinksOptions {
  /** Language of the names shown in the map app; default `zh-CN`. */
  lang?: Lang;
  /** Start of the route. Absent: each app's "from my location" form (the `from`/`origin` is left out). */
  from?: NavOrigin;
  /** How the visitor travels; default `car`. */
  mode?: TravelMode;
  /** Who is calling, as AMap (`src`) and Tencent (`referer`) ask to be told, and the app part of Baidu's `src`. */
  appName?: string;
  /** The company part of Baidu's `src`, documented as `webapp.companyName.appName`. */
  companyName?: string;
}

/** Each app's word for a travel mode (their documented values). */
const MODES: Record<TravelMode, { amap: string; baidu: string; tencent: string }> = {
  car: { amap: 'car', baidu: 'driving', tencent: 'drive' },
  bus: { amap: 'bus', baidu: 'transit', tencent: 'bus' },
  walk: { amap: 'walk', baidu: 'walking', tencent: 'walk' },
};

/** encodeURIComponent leaves !'()* as they are; some apps' parsers do not, so they are encoded too. */
const q = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

// Six decimals is about 0.1 m: more than the sites' own precision, and short URLs.
const fixed = (x: number) => x.toFixed(6);

/**
 * A name inside a value the app splits again after decoding: AMap's `lon,lat,name` (on `,`), Baidu's
 * `latlng:…|name:…` (on `|` and `:`). Those separators become their full-width forms, which read the
 * same; control characters (line breaks) become spaces.
 */
const fieldSafe = (name: string) =>
  name
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/,/g, '，')
    .replace(/\|/g, '｜')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .trim();

/** A token for Baidu's dotted `src`: a dot or space inside a part would add a part. */
const srcPart = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-') || 'x';

interface Point {
  gcj: LonLat;
  bd: LonLat;
  name: string;
}

function point(coordinates: LonLat, name: string): Point {
  const [lon, lat] = coordinates;
  return {
    gcj: gcoord.transform<LonLat>([lon, lat], gcoord.WGS84, gcoord.GCJ02),
    bd: gcoord.transform<LonLat>([lon, lat], gcoord.WGS84, gcoord.BD09),
    name: fieldSafe(name),
  };
}

// The separators stay literal, as in the apps' own examples (a parser that splits before decoding still
// finds them); only the name is encoded, and its own separators are already full-width.
const amapPoint = (p: Point) => `${fixed(p.gcj[0])},${fixed(p.gcj[1])},${q(p.name)}`;
const baiduPoint = (p: Point) => `latlng:${fixed(p.bd[1])},${fixed(p.bd[0])}|name:${q(p.name)}`;
const latLng = (p: LonLat) => `${fixed(p[1])},${fixed(p[0])}`;

/** Query string from ordered pairs of encoded values; absent values are left out. */
const query = (pairs: Array<[string, string | undefined]>) =>
  pairs
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

/**
 * Links that hand a route to the site over to the map apps visitors in China use, through each app's
 * documented route-planning URI (AMap URI API "路径规划", Baidu URI API web "direction", Tencent URI
 * "routeplan"). Each app expects its own datum (gcoord converts from our WGS84: AMap and Tencent use
 * GCJ-02, Baidu BD-09); a WGS84 point given to them lands some hundreds of metres off. Without
 * `options.from` the start is left out, which the three document as "from the visitor's location".
 * Names and app names are URL-encoded; a name never adds a parameter or a field.
 */
export function navLinks(site: Pick<Site, 'name' | 'coordinates'>, options: NavLinksOptions = {}): NavLinks {
  const { lang = 'zh-CN', mode = 'car', appName = 'liangzhou-map', companyName = 'liangzhou' } = options;
  const localName = (text: string | LocalizedText) =>
    typeof text === 'string' ? text : lang === 'en' ? text.en : text.zh;
  const to = point(site.coordinates, localName(site.name));
  const from = options.from && point(options.from.coordinates, localName(options.from.name));
  const modes = MODES[mode] ?? MODES.car;
  const [lon, lat] = site.coordinates;

  const amap = query([
    ['from', from && amapPoint(from)],
    ['to', amapPoint(to)],
    ['mode', modes.amap],
    ['src', q(appName)],
    ['coordinate', 'gaode'],
    ['callnative', '1'],
  ]);
  const baidu = query([
    ['origin', from && baiduPoint(from)],
    ['destination', baiduPoint(to)],
    ['mode', modes.baidu],
    // Transit and walking need a city to search in; every site is in Wuwei.
    ['region', q('武威市')],
    ['coord_type', 'bd09ll'],
    ['output', 'html'],
    ['src', `webapp.${srcPart(companyName)}.${srcPart(appName)}`],
  ]);
  const tencent = query([
    ['type', modes.tencent],
    ['from', from && q(from.name)],
    ['fromcoord', from && latLng(from.gcj)],
    ['to', q(to.name)],
    ['tocoord', latLng(to.gcj)],
    ['referer', q(appName)],
  ]);
  return {
    amap: `https://uri.amap.com/navigation?${amap}`,
    baidu: `https://api.map.baidu.com/direction?${baidu}`,
    tencent: `https://apis.map.qq.com/uri/v1/routeplan?${tencent}`,
    geo: `geo:${fixed(lat)},${fixed(lon)}`,
  };
}
