import type { Lang, Site } from '../model/types';
import { heritageLevel } from '../search/heritage-level';
import { toCsv } from './to-csv';

/**
 * The sites shown, as a GeoJSON FeatureCollection (RFC 7946, WGS84): a Point per site with its id,
 * both names, area, category, themes, heritage text and how exact the position is. JSON.stringify
 * does the escaping a hostile name needs.
 */
export function exportSitesGeoJson(sites: readonly Site[]): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      features: sites.map((s) => ({
        type: 'Feature',
        id: s.id,
        geometry: { type: 'Point', coordinates: [...s.coordinates] },
        properties: {
          name: { zh: s.name.zh, en: s.name.en },
          zone: s.zone,
          category: s.category,
          themes: [...s.themes],
          ...(s.heritage && { heritage: { zh: s.heritage.zh, en: s.heritage.en } }),
          precision: s.precision,
        },
      })),
    },
    null,
    2,
  );
}

/** The sites shown as CSV (UTF-8 with BOM): one header row, one row per site; the name in `lang`. */
export function exportSitesCsv(sites: readonly Site[], lang: Lang = 'zh-CN'): string {
  return toCsv(
    ['id', 'name', 'lon', 'lat', 'zone', 'category', 'themes', 'heritage_level', 'precision'],
    sites.map((s) => [
      s.id,
      lang === 'en' ? s.name.en : s.name.zh,
      s.coordinates[0],
      s.coordinates[1],
      s.zone,
      s.category,
      s.themes.join(' '),
      heritageLevel(s) ?? '',
      s.precision,
    ]),
  );
}
