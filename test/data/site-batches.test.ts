import { describe, expect, it } from 'vitest';
import { validateSites } from '../../src/data/parse-sites';
import { siteBatches } from '../../src/data/site-batches';
import { GeoDataError } from '../../src/data/geo-data-error';
import { siteFeature } from '../fixtures/site-feature';

const bytes = (json: unknown) => new TextEncoder().encode(JSON.stringify(json));

/** 23 features: #5 of an unknown zone, #17 repeating #2's id (in another batch than #2). */
function collection() {
  const features = Array.from({ length: 23 }, (_, i) => siteFeature(`s${i}`));
  features[5] = siteFeature('s5', undefined, { properties: { zone: 'centre' } });
  features[17] = siteFeature('s2');
  return { type: 'FeatureCollection', features };
}

describe('siteBatches', () => {
  it('gives, batch by batch, exactly what validateSites gives at once (ids unique across batches)', () => {
    const batches = [...siteBatches(bytes(collection()), 'f.geojson', 4)];
    expect(batches.map((b) => [b.done, b.total])).toEqual([
      [4, 23],
      [8, 23],
      [12, 23],
      [16, 23],
      [20, 23],
      [23, 23],
    ]);
    const whole = validateSites(collection(), 'f.geojson');
    expect(batches.flatMap((b) => b.sites)).toEqual(whole.sites);
    // Plain fields (they cross postMessage), the same as the errors' own.
    const problems = batches.flatMap((b) => b.problems);
    expect(problems).toEqual(
      whole.problems.map(({ file, feature, field, problem, category }) => ({
        file,
        feature,
        field,
        problem,
        category,
      })),
    );
    expect(problems.map((p) => [p.feature, p.field])).toEqual([
      ['"s5" (#5)', 'properties.zone'],
      ['"s2" (#17)', 'id'],
    ]);
    expect(structuredClone(batches[0])).toEqual(batches[0]);
  });

  it('throws a file-level problem on the first batch: not JSON, too many features', () => {
    expect(() => siteBatches(new TextEncoder().encode('{"type":'), 'bad.geojson').next()).toThrow(GeoDataError);
    const many = { type: 'FeatureCollection', features: new Array(200_001).fill(null) };
    expect(() => siteBatches(bytes(many), 'many.geojson').next()).toThrow(
      /has 200001 features, more than the 200000 this map accepts/,
    );
  });

  it('takes 200,000 features (the documented limit)', () => {
    const features = Array.from({ length: 200_000 }, () => null);
    const first = siteBatches(bytes({ type: 'FeatureCollection', features }), 'max.geojson', 10).next();
    expect(first.done).toBe(false);
    expect(first.value!.total).toBe(200_000);
    expect(first.value!.problems).toHaveLength(10);
  });
});
