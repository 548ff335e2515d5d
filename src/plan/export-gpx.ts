import type { Itinerary } from '../model/itinerary';
import type { Lang, Site } from '../model/types';
import { escapeXml } from './escape-xml';
import { sitesForDay } from './sites-for-day';

export interface ExportGpxOptions {
  /** Language of the names; default `zh-CN`. */
  lang?: Lang;
  /** The file's name in its metadata. */
  title?: string;
}

const name = (site: Site, lang: Lang) => (lang === 'en' ? site.name.en : site.name.zh);

/**
 * The trip as GPX 1.1, for GPS units and hiking apps: a waypoint per stop (described by its day and
 * place in it) and a route per day through its stops in order. Every piece of data text is escaped;
 * coordinates are WGS84 as GPX requires. Ids that match no site are left out.
 */
export function exportGpx(itinerary: Itinerary, sites: readonly Site[], options: ExportGpxOptions = {}): string {
  const { lang = 'zh-CN', title = 'Liangzhou' } = options;
  const days = itinerary.days.map((day) => ({ name: day.name, sites: sitesForDay(day, sites) }));
  const at = (s: Site) => `lat="${s.coordinates[1]}" lon="${s.coordinates[0]}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="liangzhou-map" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    `  <metadata><name>${escapeXml(title)}</name></metadata>`,
  ];
  for (const day of days) {
    for (const [i, site] of day.sites.entries()) {
      lines.push(
        `  <wpt ${at(site)}><name>${escapeXml(name(site, lang))}</name><desc>${escapeXml(`${day.name} · ${i + 1}`)}</desc></wpt>`,
      );
    }
  }
  for (const [d, day] of days.entries()) {
    lines.push(`  <rte><name>${escapeXml(day.name)}</name><number>${d + 1}</number>`);
    for (const site of day.sites)
      lines.push(`    <rtept ${at(site)}><name>${escapeXml(name(site, lang))}</name></rtept>`);
    lines.push('  </rte>');
  }
  lines.push('</gpx>', '');
  return lines.join('\n');
}
