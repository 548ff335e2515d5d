/**
 * Strict parsers for the layout's other layers: the boundary and its context, the core, the axis
 * and the zones. These are the project's own files, so any bad feature is an error.
 */
import type { Axis, Core, Outline, Zone } from '../model/types';
import { ZONE_IDS } from '../model/types';
import { toAxis, toCore, toOutline, toZone } from './feature-to-model';
import { GeoDataError } from './geo-data-error';
import { readFeatures, type ReadOptions } from './read-features';
import { axisFeature, coreFeature, outlineFeature, zoneFeature } from './schemas';

function strict<T>(result: { features: Array<{ feature: T }>; problems: GeoDataError[] }): T[] {
  if (result.problems.length > 0) throw result.problems[0];
  return result.features.map((f) => f.feature);
}

function single<T>(items: T[], file: string): T {
  if (items.length !== 1)
    throw new GeoDataError({
      file,
      field: 'features',
      problem: `should hold exactly one feature, got ${items.length}`,
    });
  return items[0];
}

export function parseOutlines(json: unknown, file: string, options: ReadOptions = {}): Outline[] {
  return strict(readFeatures(json, file, outlineFeature, options)).map(toOutline);
}

export function parseCore(json: unknown, file: string, options: ReadOptions = {}): Core {
  return toCore(single(strict(readFeatures(json, file, coreFeature, options)), file));
}

export function parseAxis(json: unknown, file: string, options: ReadOptions = {}): Axis {
  return toAxis(single(strict(readFeatures(json, file, axisFeature, options)), file));
}

export function parseZones(json: unknown, file: string, options: ReadOptions = {}): Zone[] {
  const zones = strict(readFeatures(json, file, zoneFeature, options)).map(toZone);
  const missing = ZONE_IDS.filter((id) => !zones.some((z) => z.id === id));
  if (missing.length > 0)
    throw new GeoDataError({
      file,
      field: 'features',
      problem: `lacks the zone ${missing.map((m) => `"${m}"`).join(', ')}: the layout has four zones`,
    });
  return zones;
}
