import type { Layout } from '../model/types';
import { toAxis, toCore, toOutline, toSite, toZone } from './feature-to-model';
import { GeoDataError } from './geo-data-error';
import { parseJsonText } from './parse-json-text';
import type { LayoutFiles } from './parse-layout';

/**
 * The built-in layout, read without the schema: the files ship with the widget and test/geo checks
 * them in full with parseLayout (and that both readings agree). Profiling showed the checks costing
 * start-up ~70 ms, and skipping them keeps zod out of the code every visit loads; a page's own data
 * is still checked in full.
 */
export function readBuiltInLayout(files: LayoutFiles): Layout {
  // The file level is still checked: the lite build fetches these files, and a wrong URL or a
  // server's error page must say which file it was, not fail somewhere in Leaflet.
  const features = (name: keyof LayoutFiles) => {
    const json = parseJsonText(files[name], name) as { type?: unknown; features?: unknown };
    if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features) || json.features.length === 0) {
      throw new GeoDataError({
        file: name,
        field: 'type',
        problem: `should be a FeatureCollection with features, got ${JSON.stringify(json?.type ?? null)}`,
      });
    }
    // The mappers take what the schema would have passed; test/geo checks these files in full.
    return json.features as Parameters<typeof toSite>[0][];
  };
  return {
    boundary: toOutline(features('boundary.geojson')[0]),
    context: features('context.geojson').map(toOutline),
    core: toCore(features('core.geojson')[0]),
    axis: toAxis(features('axis.geojson')[0]),
    zones: features('zones.geojson').map(toZone),
    sites: features('sites.geojson').map(toSite),
  };
}
