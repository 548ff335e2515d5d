import gcoord from 'gcoord';
import type { LonLat } from '../model/itinerary';
import type { Lang, Site } from '../model/types';

export interface NavLinks {
  /** 高德地图 (AMap): GCJ-02. */
  amap: string;
  /** 百度地图 (Baidu): BD-09. */
  baidu: string;
  /** 腾讯地图 (Tencent): GCJ-02. */
  tencent: string;
  /** RFC 5870 `geo:` URI, WGS84: opens the phone's own map app. */
  geo: string;
}

export interface NavLinksOptions {
  /** Language of the name shown on the marker; default `zh-CN`. */
  lang?: Lang;
  /** Who is calling, as AMap (`src`), Baidu (`src`) and Tencent (`referer`) ask to be told. */
  appName?: string;
}

/** encodeURIComponent leaves !'()* as they are; some apps' parsers do not, so they are encoded too. */
const q = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

// Six decimals is about 0.1 m: more than the sites' own precision, and short URLs.
const fixed = (x: number) => x.toFixed(6);

/**
 * Links that open a stop in the map apps visitors in China use. Each app expects its own datum
 * (gcoord converts from our WGS84: AMap and Tencent use GCJ-02, Baidu BD-09); a WGS84 point given
 * to them lands some hundreds of metres off. Names are URL-encoded; in Tencent's `marker` value
 * `;` and `:` separate fields even when encoded, so they become their full-width forms there.
 */
export function navLinks(site: Pick<Site, 'name' | 'coordinates'>, options: NavLinksOptions = {}): NavLinks {
  const { lang = 'zh-CN', appName = 'liangzhou-map' } = options;
  const name = lang === 'en' ? site.name.en : site.name.zh;
  const [lon, lat] = site.coordinates;
  const [gLon, gLat] = gcoord.transform<LonLat>([lon, lat], gcoord.WGS84, gcoord.GCJ02);
  const [bLon, bLat] = gcoord.transform<LonLat>([lon, lat], gcoord.WGS84, gcoord.BD09);
  const app = q(appName);
  const tencentTitle = q(name.replace(/;/g, '；').replace(/:/g, '：'));
  return {
    amap: `https://uri.amap.com/marker?position=${fixed(gLon)},${fixed(gLat)}&name=${q(name)}&src=${app}&coordinate=gaode&callnative=1`,
    baidu: `https://api.map.baidu.com/marker?location=${fixed(bLat)},${fixed(bLon)}&title=${q(name)}&content=${q(name)}&output=html&coord_type=bd09ll&src=${q(`webapp.${appName}`)}`,
    tencent: `https://apis.map.qq.com/uri/v1/marker?marker=coord:${fixed(gLat)},${fixed(gLon)};title:${tencentTitle}&referer=${app}`,
    geo: `geo:${fixed(lat)},${fixed(lon)}`,
  };
}
