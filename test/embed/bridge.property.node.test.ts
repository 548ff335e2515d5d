/**
 * The iframe bridge's and embed.html's parsers under any input (fast-check): every value either is
 * read as documented or refused (undefined); nothing throws; and what crosses the bridge as lz-error
 * is built from fixed words, whatever the error said.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GEO_DATA_CATEGORIES, GeoDataError } from '../../src/data/geo-data-error';
import {
  BRIDGE_DATA_ATTRIBUTES,
  bridgeErrorDetail,
  HOST_SOURCE,
  readFrameMessage,
  readHostMessage,
} from '../../src/embed/bridge-protocol';
import { checkAttribute, EMBED_ATTRIBUTES, readEmbedParams, readOrigins } from '../../src/embed/embed-params';
import { refuseDataUrl } from '../../src/data/data-origins';

const command = fc.record(
  {
    source: fc.oneof(fc.constant(HOST_SOURCE), fc.anything()),
    requestId: fc.oneof(fc.nat(), fc.anything()),
    command: fc.oneof(fc.constantFrom('showSite', 'fitTo', 'setLayerVisible', 'setAttribute'), fc.anything()),
    id: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}(:[a-z]{1,5})?$/), fc.anything()),
    visible: fc.anything(),
    name: fc.oneof(fc.constantFrom(...EMBED_ATTRIBUTES), fc.string()),
    value: fc.oneof(fc.string(), fc.constant(null), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('bridge protocol', () => {
  it('property: readHostMessage reads a command or refuses it; never throws; src and tiles only when allowed', () => {
    fc.assert(
      fc.property(fc.oneof(command, fc.anything()), fc.boolean(), (data, bridgeData) => {
        const m = readHostMessage(data, { bridgeData });
        if (!m) return;
        expect(m.source).toBe(HOST_SOURCE);
        if (m.command === 'setAttribute' && !bridgeData) expect(BRIDGE_DATA_ATTRIBUTES).not.toContain(m.name);
      }),
    );
  });

  it('property: readFrameMessage never throws', () => {
    fc.assert(fc.property(fc.anything(), (data) => void readFrameMessage(data)));
  });

  it('property: the bridged lz-error holds no text of the problem, only fixed words and where', () => {
    const secret = fc.string({ minLength: 8 }).map((s) => `SECRET${s}`);
    fc.assert(
      fc.property(
        secret,
        fc.option(fc.constantFrom('type', 'features', 'properties.name.en', 'geometry.coordinates[0]')),
        fc.option(fc.nat({ max: 999_999 })),
        fc.constantFrom(...GEO_DATA_CATEGORIES, undefined),
        (problem, field, index, category) => {
          const e = new GeoDataError({
            file: 'https://bureau.example/a.json',
            problem: `is not valid JSON ${problem}`,
            ...(field !== null && { field }),
            ...(index !== null && { feature: `"${problem}" (#${index})` }),
            ...(category && { category }),
          });
          const bridged = bridgeErrorDetail({ message: e.message, file: e.file, feature: e.feature, field: e.field });
          expect(JSON.stringify(bridged)).not.toContain('SECRET');
          expect(GEO_DATA_CATEGORIES).toContain(bridged.category);
          if (index !== null) expect(bridged.feature).toBe(`#${index}`);
        },
      ),
    );
  });

  it('property: bridgeErrorDetail never throws on anything', () => {
    fc.assert(fc.property(fc.anything(), (d) => void bridgeErrorDetail(d)));
  });

  it('reads the category from the fixed start of the problem only', () => {
    const file = 'https://b.example/a.json';
    expect(bridgeErrorDetail({ file, message: `${file}: gave no complete answer within 20000 ms` }).category).toBe(
      'timeout',
    );
    expect(bridgeErrorDetail({ file, message: `${file}: could not be fetched (HTTP 403)` })).toEqual({
      message: `${file}: fetch-failed`,
      category: 'fetch-failed',
      file,
    });
    // A value quoted from the file cannot pick the category.
    expect(
      bridgeErrorDetail({
        file,
        field: 'type',
        message: `${file}, field type: should be "FeatureCollection", got "is far too large"`,
      }).category,
    ).toBe('invalid-data');
  });
});

describe('embed params', () => {
  it('property: checkAttribute returns a checked value or undefined, never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...EMBED_ATTRIBUTES), fc.string()),
        fc.oneof(fc.string(), fc.anything()),
        (name, value) => {
          const r = checkAttribute(name, value);
          if (r && r.value !== null) expect(typeof r.value).toBe('string');
        },
      ),
    );
  });

  it('property: readEmbedParams never throws, and never lets a URL add an origin for data', () => {
    const param = fc.tuple(
      fc.oneof(fc.constantFrom(...EMBED_ATTRIBUTES, 'origins', 'accent'), fc.string()),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(param, { maxLength: 8 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const p = readEmbedParams(`?${search}`, 'https://bureau.example');
        expect(p.origins.length).toBeGreaterThan(0);
        const src = p.attributes.src;
        if (src) {
          const abs = new URL(src, 'https://bureau.example/embed.html').href;
          // The data rule is the page's, not the URL's: only the bureau's origin passes.
          if (refuseDataUrl(abs, ['https://bureau.example']) === undefined)
            expect(new URL(abs).origin).toBe('https://bureau.example');
        }
      }),
    );
  });

  it('property: readOrigins never throws and gives only http(s) origins', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        for (const o of readOrigins(value).origins) expect(o).toMatch(/^https?:\/\/[^/]+$/);
      }),
    );
  });
});
