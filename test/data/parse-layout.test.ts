import { describe, expect, it } from 'vitest';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { readBuiltInLayout } from '../../src/data/read-built-in-layout';

describe('parseLayout', () => {
  it('reads the built-in files the same way trusted (the widget) as fully checked (the tests)', () => {
    const checked = parseLayout(builtInFiles);
    const trusted = readBuiltInLayout(builtInFiles);
    expect(trusted.sites).toEqual(checked.sites);
    expect(trusted.zones).toEqual(checked.zones);
    expect(trusted.core).toEqual(checked.core);
    expect(trusted.axis).toEqual(checked.axis);
    // Outlines keep DataV's adcode when read unchecked; everything the model names is the same.
    expect(
      trusted.context.map(({ id, name, precision, source, geometry }) => ({ id, name, precision, source, geometry })),
    ).toEqual(checked.context);
    expect(trusted.boundary.geometry).toEqual(checked.boundary.geometry);
  });

  it('still names the file when a fetched built-in file is not a FeatureCollection', () => {
    expect(() => readBuiltInLayout({ ...builtInFiles, 'core.geojson': '{"type":"could not be fetched"}' })).toThrow(
      /^core\.geojson, field type: should be a FeatureCollection with features, got "could not be fetched"/,
    );
    expect(() => readBuiltInLayout({ ...builtInFiles, 'axis.geojson': '<!doctype html>' })).toThrow(
      /^axis\.geojson: is not valid JSON/,
    );
  });

  it('names the file of a broken built-in layer', () => {
    expect(() =>
      parseLayout({ ...builtInFiles, 'zones.geojson': '{"type":"FeatureCollection","features":[]}' }),
    ).toThrow(/^zones\.geojson, field features: is empty/);
  });
});
