import type { Layout } from '../model/types';
import { parseJsonText } from './parse-json-text';
import { parseAxis, parseCore, parseOutlines, parseZones } from './parse-layers';
import { parseSites } from './parse-sites';

/** The six files of geo/, as text, keyed by file name. */
export interface LayoutFiles {
  'boundary.geojson': string;
  'context.geojson': string;
  'core.geojson': string;
  'axis.geojson': string;
  'zones.geojson': string;
  'sites.geojson': string;
}

/**
 * Parses and checks the whole layout; the first problem throws a GeoDataError naming its file.
 * The tests and the data build use it; the widget reads its built-in copy with readBuiltInLayout.
 */
export function parseLayout(files: LayoutFiles): Layout {
  const json = (name: keyof LayoutFiles) => parseJsonText(files[name], name);
  const boundary = parseOutlines(json('boundary.geojson'), 'boundary.geojson');
  return {
    boundary: boundary[0],
    context: parseOutlines(json('context.geojson'), 'context.geojson'),
    core: parseCore(json('core.geojson'), 'core.geojson'),
    axis: parseAxis(json('axis.geojson'), 'axis.geojson'),
    zones: parseZones(json('zones.geojson'), 'zones.geojson'),
    sites: parseSites(json('sites.geojson'), 'sites.geojson'),
  };
}
