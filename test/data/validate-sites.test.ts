import { describe, expect, it } from 'vitest';
import { validateSites } from '../../src/data/parse-sites';
import { siteFeature } from '../fixtures/site-feature';

/** A site Feature with these properties set (bad ones included) and these coordinates. */
const site = (id: string, properties: Record<string, unknown> = {}, coordinates?: [number, number]) =>
  siteFeature(id, undefined, { properties, coordinates });

describe('validateSites', () => {
  it('keeps the good features and reports each bad one', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [site('a'), site('b', {}, [37.93, 102.64]), site('c', { zone: 'moon' }), site('d')],
    };
    const { sites, problems } = validateSites(fc, 'bureau.geojson');
    expect(sites.map((s) => s.id)).toEqual(['a', 'd']);
    expect(problems.map((p) => [p.feature, p.field])).toEqual([
      ['"b" (#1)', 'geometry.coordinates'],
      ['"c" (#2)', 'properties.zone'],
    ]);
  });

  it('drops links that are not http(s) and repeated themes', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        site('a', {
          themes: ['ecology', 'ecology'],
          links: [
            'javascript:alert(1)',
            'https://example.org/a',
            'data:text/html,<b>x</b>',
            'not a url',
            'http://example.org/b',
          ],
        }),
      ],
    };
    const [a] = validateSites(fc, 'f').sites;
    expect(a.links).toEqual(['https://example.org/a', 'http://example.org/b']);
    expect(a.themes).toEqual(['ecology']);
  });

  it('does not mutate its input', () => {
    const fc = { type: 'FeatureCollection', features: [site('a')] };
    const before = JSON.stringify(fc);
    validateSites(fc, 'f');
    expect(JSON.stringify(fc)).toBe(before);
  });

  it('refuses a file larger than the limit as a whole', () => {
    const fc = { type: 'FeatureCollection', features: [site('a'), site('b'), site('c')] };
    expect(() => validateSites(fc, 'big.geojson', { maxFeatures: 2 })).toThrow(
      /big.geojson, field features: has 3 features, more than the 2/,
    );
  });
});
