import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { Itinerary, LonLat } from '../model/itinerary';
import type { Lang, Site } from '../model/types';
import { sitesForDay } from './sites-for-day';

export interface ExportGeoJsonOptions {
  /** Language of the names; default `zh-CN`. */
  lang?: Lang;
  /** When given, each day's line starts here. */
  start?: LonLat;
}

/**
 * The trip as a GeoJSON FeatureCollection (RFC 7946, WGS84): a Point per stop with
 * `{kind: 'stop', day, dayName, order, id, name}` (day and order count from 1), and a LineString
 * per day through its stops, `{kind: 'route', day, dayName}` — only where the day has two points
 * to join. JSON.stringify does all the escaping a hostile name needs.
 */
export function exportGeoJson(
  itinerary: Itinerary,
  sites: readonly Site[],
  options: ExportGeoJsonOptions = {},
): string {
  const { lang = 'zh-CN', start } = options;
  const stops: Feature<Point>[] = [];
  const routes: Feature<LineString>[] = [];
  for (const [d, day] of itinerary.days.entries()) {
    const daySites = sitesForDay(day, sites);
    for (const [i, site] of daySites.entries()) {
      stops.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...site.coordinates] },
        properties: {
          kind: 'stop',
          day: d + 1,
          dayName: day.name,
          order: i + 1,
          id: site.id,
          name: lang === 'en' ? site.name.en : site.name.zh,
        },
      });
    }
    const line: Position[] = [...(start ? [[...start]] : []), ...daySites.map((s) => [...s.coordinates])];
    if (line.length >= 2) {
      routes.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: line },
        properties: { kind: 'route', day: d + 1, dayName: day.name },
      });
    }
  }
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...stops, ...routes] };
  return JSON.stringify(collection, null, 2) + '\n';
}
