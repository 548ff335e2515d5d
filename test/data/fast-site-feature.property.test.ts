/**
 * The quick look at a site feature (fast-site-feature.ts) against the schema itself: whatever the
 * feature, it either steps aside (`undefined`, the schema decides) or gives exactly the schema's
 * output; it never passes what the schema refuses. And it does answer for the plain good case
 * (a bureau's seeded file), or it would save nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastSiteFeature } from '../../src/data/fast-site-feature';
import { siteFeature as schema } from '../../src/data/schemas';
import { siteFeature } from '../fixtures/site-feature';
import { seededSites } from '../fixtures/seeded-sites';

/** A valid value for each field, or a near miss, or anything at all. */
const localizedArb = fc.oneof(
  fc.record({ zh: fc.constantFrom('站', '  站 ', '', ' '), en: fc.constantFrom('S', ' S  ', '') }),
  fc.record({ zh: fc.string({ maxLength: 3 }), en: fc.string({ maxLength: 3 }), extra: fc.anything() }),
  fc.anything(),
);
const fieldArbs: Record<string, fc.Arbitrary<unknown>> = {
  name: localizedArb,
  precision: fc.constantFrom('surveyed', 'approximate', 'schematic', 'exact', 1),
  source: fc.oneof(localizedArb, fc.constantFrom('a book', '  ', ' trimmed ')),
  pinyin: fc.oneof(fc.constantFrom('Lei Tai', ' x ', '', 'a'.repeat(501)), fc.anything()),
  category: fc.constantFrom('temple', 'museum', 'park', 'shop', null),
  themes: fc.oneof(fc.array(fc.constantFrom('buddhist', 'silk-road', 'nope'), { maxLength: 12 }), fc.anything()),
  zone: fc.constantFrom('core', 'east', 'west', 'moon', 7),
  description: localizedArb,
  heritage: localizedArb,
  era: localizedArb,
  confidence: fc.constantFrom('high', 'medium', 'low', 'none', undefined),
  visitMin: fc.oneof(fc.constantFrom(1, 90, 1440, 1441, 0, -5, 2.5, Number.MAX_SAFE_INTEGER + 2), fc.anything()),
  links: fc.oneof(fc.array(fc.anything(), { maxLength: 22 }), fc.anything()),
  address: localizedArb,
  openingHours: fc.oneof(fc.constantFrom('Mo-Su 08:00-18:00', ' ', ' 24/7 '), fc.anything()),
  closedDays: localizedArb,
  free: fc.oneof(fc.boolean(), fc.anything()),
  price: localizedArb,
  phone: fc.constantFrom('+86 935 1234567', '(0935) 222-1234', 'call us', '12', 5),
  booking: fc.anything(),
  wheelchair: fc.constantFrom('yes', 'limited', 'no', 'maybe'),
  photo: fc.oneof(
    fc.record({
      url: fc.constantFrom('https://example.org/a.jpg', 'x'.repeat(2001), 3),
      alt: localizedArb,
      credit: fc.constantFrom('Bureau', ' ', 'A. Person'),
      licence: fc.constantFrom('CC BY 4.0', '', 'x'.repeat(101)),
    }),
    fc.anything(),
  ),
  unknownKey: fc.anything(),
};

/** A good site feature with some fields replaced (or added, or removed) and sometimes a broken frame. */
const mangled = fc
  .record({
    fields: fc.dictionary(fc.constantFrom(...Object.keys(fieldArbs)), fc.constant(null), { maxKeys: 3 }),
    drop: fc.oneof(
      { weight: 4, arbitrary: fc.constant([]) },
      fc.subarray(['name', 'precision', 'source', 'category', 'themes', 'zone', 'description']),
    ),
    id: fc.oneof(
      { weight: 8, arbitrary: fc.constant('a-site') },
      fc.constantFrom('A-site', '-x', 'x'.repeat(65)),
      fc.anything(),
    ),
    type: fc.constantFrom('Feature', 'Feature', 'Feature', 'feature'),
    geometry: fc.oneof(
      { weight: 8, arbitrary: fc.constant({ type: 'Point', coordinates: [102.6, 37.9] }) },
      fc.record({ type: fc.constantFrom('Point', 'LineString'), coordinates: fc.anything(), bbox: fc.anything() }),
      fc.anything(),
    ),
    properties: fc.oneof({ weight: 12, arbitrary: fc.constant(true) }, fc.anything()),
  })
  .chain(({ fields, drop, id, type, geometry, properties }) =>
    fc.record(Object.fromEntries(Object.keys(fields).map((k) => [k, fieldArbs[k]]))).map((values) => {
      const f = siteFeature('x', { zh: '站', en: 'S' }) as unknown as Record<string, unknown>;
      const p: Record<string, unknown> = { ...(f.properties as Record<string, unknown>), ...values };
      for (const k of drop) delete p[k];
      return { ...f, type, id, geometry, properties: properties === true ? p : properties };
    }),
  );

describe('fastSiteFeature', () => {
  it(
    'steps aside, or answers exactly as the schema does; never passes what the schema refuses',
    { timeout: 60_000 },
    () => {
      let answered = 0;
      fc.assert(
        fc.property(mangled, (raw) => {
          const fast = fastSiteFeature(raw);
          const slow = schema.safeParse(raw);
          if (fast === undefined) return;
          answered++;
          expect(slow.success).toBe(true);
          expect(fast).toStrictEqual(slow.data);
        }),
        { numRuns: 600 },
      );
      // The property is not empty: the quick look did answer for a good share of the features.
      expect(answered).toBeGreaterThan(20);
    },
  );

  it('answers for every feature of a seeded bureau file and the fixture, as the schema does', () => {
    const features = [...seededSites(300).features, siteFeature('x', { zh: '站', en: 'S' })];
    for (const raw of features) {
      const fast = fastSiteFeature(raw);
      expect(fast).toBeDefined();
      expect(fast).toStrictEqual(schema.parse(raw));
    }
  });
});
