/**
 * The common edge of every geo/ file: unknown JSON in, schema-checked features out, each bad one
 * turned into a GeoDataError that names the file, the feature and the field.
 */
import type { Geometry } from 'geojson';
import type * as z from 'zod/mini';
import { checkPositions, WUWEI_REGION } from './check-positions';
import { GeoDataError } from './geo-data-error';
import { wellFormedDeep } from './well-formed';

export interface ReadOptions {
  /** Refuse files with more features than this: a map of one district has no use for more. */
  maxFeatures?: number;
  /** [west, south, east, north] every position must lie in. */
  region?: readonly number[];
  /**
   * Each feature's index in the file it came from, when the collection is a selection of it (the
   * features of one view of a FlatGeobuf file): problems name the file's index, not the selection's.
   */
  indexes?: readonly number[];
}

export interface ReadResult<T> {
  /** Features that passed, with their index in the file. */
  features: Array<{ index: number; feature: T }>;
  /** One error per rejected feature. */
  problems: GeoDataError[];
}

/** What readFeatures needs of a zod schema (structural, so each feature schema keeps its own type). */
export interface FeatureSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  const got = value === undefined ? 'nothing' : (JSON.stringify(value)?.slice(0, 60) ?? String(value));
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `is missing (expected ${issue.expected})`
        : `should be ${issue.expected}, got ${got}`;
    case 'invalid_value': {
      const expected = issue.values.map((v) => JSON.stringify(v)).join(' or ');
      return value === undefined ? `is missing (expected ${expected})` : `should be ${expected}, got ${got}`;
    }
    case 'too_small':
      return issue.origin === 'string' ? 'is empty' : `is too small (at least ${String(issue.minimum)}), got ${got}`;
    case 'too_big':
      return `is too large (at most ${String(issue.maximum)})`;
    case 'invalid_union':
      return `is not a valid geometry of the expected type, got ${got}`;
    case 'invalid_format':
      return `should be ${issue.message ?? issue.format}, got ${got}`;
    default:
      return `${issue.message}, got ${got}`;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The label a person uses to find the feature: its id where it has a usable one. */
export function featureLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? `"${String(id).slice(0, 64)}" (#${index})` : `#${index}`;
}

/** A checked FeatureCollection read a slice at a time (ids stay unique across slices). */
export interface FeatureReader<T> {
  /** How many features the file holds. */
  readonly total: number;
  /** Checks features [from, to): the good ones with their index, one problem per bad one. */
  read(from: number, to: number): ReadResult<T>;
}

/**
 * Checks a FeatureCollection's shape now and its features a slice at a time, so a caller can yield
 * between slices (a Worker posts each slice; the main thread lets a frame through). File-level
 * problems (not an object, not a FeatureCollection, empty, too large) throw here.
 */
export function featureReader<T extends { id: string; geometry: unknown }>(
  json: unknown,
  file: string,
  schema: FeatureSchema<T>,
  options: ReadOptions = {},
): FeatureReader<T> {
  const { maxFeatures = 5000, region = WUWEI_REGION, indexes } = options;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new GeoDataError({ file, problem: 'is not a GeoJSON object (expected a FeatureCollection)' });
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection') {
    throw new GeoDataError({
      file,
      field: 'type',
      problem: `should be "FeatureCollection", got ${JSON.stringify(fc.type) ?? 'nothing'}`,
    });
  }
  if (!Array.isArray(fc.features))
    throw new GeoDataError({ file, field: 'features', problem: 'is missing (expected an array of features)' });
  if (fc.features.length === 0)
    throw new GeoDataError({ file, field: 'features', problem: 'is empty: the collection has no features' });
  if (fc.features.length > maxFeatures) {
    throw new GeoDataError({
      file,
      field: 'features',
      problem: `has ${fc.features.length} features, more than the ${maxFeatures} this map accepts`,
    });
  }
  const all = fc.features as unknown[];
  const seen = new Map<string, number>();

  const read = (from: number, to: number): ReadResult<T> => {
    const result: ReadResult<T> = { features: [], problems: [] };
    for (let index = Math.max(0, from); index < Math.min(to, all.length); index++) {
      // Text well-formed before anything reads it: a lone surrogate in a name must never reach a link.
      const raw = wellFormedDeep(all[index]);
      const inFile = indexes?.[index] ?? index;
      const feature = featureLabel(raw, inFile);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        result.problems.push(
          new GeoDataError({
            file,
            feature,
            field: fieldOf(issue.path),
            problem: describe(issue, valueAt(raw, issue.path)),
          }),
        );
        continue;
      }
      const bad = checkPositions(parsed.data.geometry as Geometry, region);
      if (bad) {
        result.problems.push(new GeoDataError({ file, feature, ...bad }));
        continue;
      }
      const first = seen.get(parsed.data.id);
      if (first !== undefined) {
        result.problems.push(
          new GeoDataError({
            file,
            feature,
            field: 'id',
            problem: `repeats the id of feature #${first}: ids must be unique`,
          }),
        );
        continue;
      }
      seen.set(parsed.data.id, inFile);
      result.features.push({ index: inFile, feature: parsed.data });
    }
    return result;
  };
  return { total: all.length, read };
}

/**
 * Checks a FeatureCollection against a feature schema. File-level problems (not an object, not a
 * FeatureCollection, empty, too large) throw; a bad feature becomes a problem and is left out.
 */
export function readFeatures<T extends { id: string; geometry: unknown }>(
  json: unknown,
  file: string,
  schema: FeatureSchema<T>,
  options: ReadOptions = {},
): ReadResult<T> {
  const reader = featureReader(json, file, schema, options);
  return reader.read(0, reader.total);
}
