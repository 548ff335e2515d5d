/**
 * The GeoJSON reader under any input (fast-check): a FeatureCollection is read into good sites and
 * GeoDataErrors, a file-level problem throws a GeoDataError, and nothing else ever throws. Text comes
 * out well-formed, so a lone surrogate in a name cannot break a link later (issue 11, repro 7).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GeoDataError } from '../../src/data/geo-data-error';
import { validateSites } from '../../src/data/parse-sites';
import { parseJsonText } from '../../src/data/parse-json-text';
import { wellFormed } from '../../src/data/well-formed';
import { siteFeature } from '../fixtures/site-feature';

/** Runs `f`; a GeoDataError is a documented outcome, anything else fails the property. */
function documented<T>(f: () => T): T | GeoDataError {
  try {
    return f();
  } catch (err) {
    expect(err).toBeInstanceOf(GeoDataError);
    return err as GeoDataError;
  }
}

/** A site feature with some of its parts replaced by anything. */
const mangledSite = fc
  .record({
    id: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), fc.anything()),
    name: fc.oneof(fc.record({ zh: fc.string({ unit: 'binary' }), en: fc.string({ unit: 'binary' }) }), fc.anything()),
    coordinates: fc.oneof(
      fc.tuple(fc.double({ min: 101.5, max: 104, noNaN: true }), fc.double({ min: 37, max: 39, noNaN: true })),
      fc.anything(),
    ),
    zone: fc.constantFrom('core', 'east', 'moon', 7),
  })
  .map(({ id, name, coordinates, zone }) => {
    const f = siteFeature('x', { zh: '站', en: 'S' }) as unknown as Record<string, Record<string, unknown>>;
    return {
      ...f,
      id,
      properties: { ...f.properties, name, zone },
      geometry: { ...f.geometry, coordinates },
    };
  });

describe('validateSites (the reader of a bureau’s file) under any input', () => {
  it('property: any JSON value gives sites and GeoDataErrors, or throws a GeoDataError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (json) => {
        documented(() => validateSites(json, 'any.geojson'));
      }),
    );
  });

  it('property: collections of mangled features: each one kept or reported, names well-formed', () => {
    fc.assert(
      fc.property(fc.array(mangledSite, { minLength: 1, maxLength: 8 }), (features) => {
        const r = documented(() => validateSites({ type: 'FeatureCollection', features }, 'bureau.geojson'));
        if (r instanceof GeoDataError) return;
        expect(r.sites.length + r.problems.length).toBe(features.length);
        for (const p of r.problems) expect(p).toBeInstanceOf(GeoDataError);
        for (const s of r.sites) {
          expect(() => encodeURIComponent(s.name.zh + s.name.en)).not.toThrow();
          expect(wellFormed(s.name.zh)).toBe(s.name.zh);
        }
      }),
    );
  });

  it('property: any text gives a value or a not-json GeoDataError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const r = documented(() => parseJsonText(text, 'f.json'));
        if (r instanceof GeoDataError) expect(r.category).toBe('not-json');
      }),
    );
  });

  it('mends a lone surrogate in a bureau site’s name at parse (repro 7)', () => {
    const json = parseJsonText(
      JSON.stringify({ type: 'FeatureCollection', features: [siteFeature('si', { zh: '寺\ud800', en: 'T\udc00' })] }),
      'bureau.geojson',
    );
    const { sites } = validateSites(json, 'bureau.geojson');
    expect(sites[0].name).toEqual({ zh: '寺\ufffd', en: 'T\ufffd' });
    expect(() => encodeURIComponent(sites[0].name.zh)).not.toThrow();
  });
});
