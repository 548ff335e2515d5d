/**
 * Strict parsers for the layout's other layers: the boundary and its context, the core, the axis
 * and the zones. These are the project's own files, so any bad feature is an error.
 */
import type { Axis, Core, Outline, Zone } from '../model/types';
import { ZONE_IDS } from '../model/types';
import { GeoDataError } from './geo-data-error';
import { readFeatures, type ReadOptions } from './read-features';
import { axisFeature, coreFeature, outlineFeature, zoneFeature } from './schemas';

function strict<T>(result: { features: Array<{ feature: T }>; problems: GeoDataError[] }): T[] {
  if (result.problems.length > 0) throw result.problems[0];
  return result.features.map((f) => f.feature);
}

function single<T>(items: T[], file: string): T {
  if (items.length !== 1) throw new GeoDataError({ file, field: 'features', problem: `should hold exactly one feature, got ${items.length}` });
  return items[0];
}

export function parseOutlines(json: unknown, file: string, options: ReadOptions = {}): Outline[] {
  return strict(readFeatures(json, file, outlineFeature, options)).map((f) => ({
    id: f.id,
    ...f.properties,
    precision: f.properties.precision as Outline['precision'],
    geometry: f.geometry as Outline['geometry'],
  }));
}

export function parseCore(json: unknown, file: string, options: ReadOptions = {}): Core {
  const f = single(strict(readFeatures(json, file, coreFeature, options)), file);
  return { id: 'core', ...f.properties, precision: f.properties.precision as Core['precision'], geometry: f.geometry as Core['geometry'] };
}

export function parseAxis(json: unknown, file: string, options: ReadOptions = {}): Axis {
  const f = single(strict(readFeatures(json, file, axisFeature, options)), file);
  return { id: 'axis', ...f.properties, precision: f.properties.precision as Axis['precision'], geometry: f.geometry as Axis['geometry'] };
}

export function parseZones(json: unknown, file: string, options: ReadOptions = {}): Zone[] {
  const zones = strict(readFeatures(json, file, zoneFeature, options)).map(
    (f): Zone => ({
      id: f.id as Zone['id'],
      ...f.properties,
      precision: f.properties.precision as Zone['precision'],
      labelPoint: [f.properties.labelPoint[0], f.properties.labelPoint[1]],
      geometry: f.geometry as Zone['geometry'],
    }),
  );
  const missing = ZONE_IDS.filter((id) => !zones.some((z) => z.id === id));
  if (missing.length > 0) throw new GeoDataError({ file, field: 'features', problem: `lacks the zone ${missing.map((m) => `"${m}"`).join(', ')}: the layout has four zones` });
  return zones;
}
