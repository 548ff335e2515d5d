import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GeoDataError } from '../../src/data/geo-data-error';
import { parseJsonText } from '../../src/data/parse-json-text';
import { parseZones } from '../../src/data/parse-layers';
import { parseSites } from '../../src/data/parse-sites';

const dir = join(import.meta.dirname, '../fixtures/bad');

interface Case {
  file: string;
  parse: 'sites' | 'zones';
  feature?: string;
  field?: string;
  problem: RegExp;
}

// Each malformed file, and exactly where the error must point.
const cases: Case[] = [
  { file: 'not-json.geojson', parse: 'sites', problem: /not valid JSON/ },
  {
    file: 'not-a-collection.geojson',
    parse: 'sites',
    field: 'type',
    problem: /should be "FeatureCollection", got "Feature"/,
  },
  { file: 'empty-collection.geojson', parse: 'sites', field: 'features', problem: /empty/ },
  {
    file: 'wrong-geometry-type.geojson',
    parse: 'sites',
    feature: '"wrong-geometry" (#0)',
    field: 'geometry.type',
    problem: /should be "Point", got "LineString"/,
  },
  {
    file: 'missing-name.geojson',
    parse: 'sites',
    feature: '"no-name" (#0)',
    field: 'properties.name',
    problem: /is missing/,
  },
  {
    file: 'missing-english-name.geojson',
    parse: 'sites',
    feature: '"no-english" (#0)',
    field: 'properties.name.en',
    problem: /is missing/,
  },
  { file: 'missing-id.geojson', parse: 'sites', feature: '#0', field: 'id', problem: /is missing/ },
  {
    file: 'swapped-lat-lon.geojson',
    parse: 'sites',
    feature: '"swapped" (#0)',
    field: 'geometry.coordinates',
    problem: /swapped/,
  },
  {
    file: 'short-position.geojson',
    parse: 'sites',
    feature: '"short-position" (#0)',
    field: 'geometry.coordinates',
    problem: /should be a position \[longitude, latitude\], got \[102.6362\]/,
  },
  {
    file: 'short-ring.geojson',
    parse: 'zones',
    feature: '"north" (#0)',
    field: 'geometry.coordinates[0]',
    problem: /at least 4 positions, got 3/,
  },
  {
    file: 'out-of-range.geojson',
    parse: 'sites',
    feature: '"out-of-range" (#0)',
    field: 'geometry.coordinates',
    problem: /out of range/,
  },
  {
    file: 'projected-metres.geojson',
    parse: 'sites',
    feature: '"metres" (#0)',
    field: 'geometry.coordinates',
    problem: /projected metres/,
  },
  {
    file: 'duplicate-id.geojson',
    parse: 'sites',
    feature: '"ok-site" (#1)',
    field: 'id',
    problem: /repeats the id of feature #0/,
  },
  {
    file: 'unknown-zone.geojson',
    parse: 'sites',
    feature: '"unknown-zone" (#0)',
    field: 'properties.zone',
    problem: /should be "core" or "east".*got "central"/,
  },
  {
    file: 'unknown-theme.geojson',
    parse: 'sites',
    feature: '"bad-theme" (#0)',
    field: 'properties.themes[1]',
    problem: /got "karaoke"/,
  },
  {
    file: 'bad-precision.geojson',
    parse: 'sites',
    feature: '"bad-precision" (#0)',
    field: 'properties.precision',
    problem: /"surveyed" or "approximate" or "schematic", got "exact"/,
  },
  {
    file: 'empty-description.geojson',
    parse: 'sites',
    feature: '"empty-text" (#0)',
    field: 'properties.description.zh',
    problem: /is empty/,
  },
  {
    file: 'self-intersecting-ring.geojson',
    parse: 'zones',
    feature: '"east" (#0)',
    field: 'geometry.coordinates',
    problem: /crosses itself/,
  },
  {
    file: 'open-ring.geojson',
    parse: 'zones',
    feature: '"west" (#0)',
    field: 'geometry.coordinates[0]',
    problem: /not closed/,
  },
  {
    file: 'unknown-zone-id.geojson',
    parse: 'zones',
    feature: '"middle" (#0)',
    field: 'id',
    problem: /should be "east" or "west" or "south" or "north", got "middle"/,
  },
];

function parse(c: Case): unknown {
  const json = parseJsonText(readFileSync(join(dir, c.file), 'utf8'), c.file);
  return c.parse === 'sites' ? parseSites(json, c.file) : parseZones(json, c.file);
}

describe('malformed geo files', () => {
  it.each(cases)('$file names its file, feature and field', (c) => {
    let error: unknown;
    try {
      parse(c);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GeoDataError);
    const e = error as GeoDataError;
    expect(e.file).toBe(c.file);
    expect(e.feature).toBe(c.feature);
    expect(e.field).toBe(c.field);
    expect(e.problem).toMatch(c.problem);
    // The message a person reads carries all three.
    expect(e.message).toContain(c.file);
    if (c.feature) expect(e.message).toContain(`feature ${c.feature}`);
    if (c.field) expect(e.message).toContain(`field ${c.field}`);
  });
});
