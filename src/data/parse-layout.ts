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
 * `trusted` is for the built-in files, which the tests check in full (test/geo): it reads them
 * without the schema and geometry checks, which cost the widget's start-up about 70 ms (the ring
 * self-intersection check alone, O(n²) over 2,900 outline vertices, about 60).
 */
export function parseLayout(files: LayoutFiles, options: { trusted?: boolean } = {}): Layout {
  const json = (name: keyof LayoutFiles) => parseJsonText(files[name], name);
  const read = { trusted: options.trusted };
  const boundary = parseOutlines(json('boundary.geojson'), 'boundary.geojson', read);
  return {
    boundary: boundary[0],
    context: parseOutlines(json('context.geojson'), 'context.geojson', read),
    core: parseCore(json('core.geojson'), 'core.geojson', read),
    axis: parseAxis(json('axis.geojson'), 'axis.geojson', read),
    zones: parseZones(json('zones.geojson'), 'zones.geojson', read),
    sites: parseSites(json('sites.geojson'), 'sites.geojson', read),
  };
}
