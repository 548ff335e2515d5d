/**
 * Property-based tests for the attribute converters (issue 11: "any input either works or gives the
 * documented result, and nothing else throws"). Every attribute of <liangzhou-map> is text from a page,
 * a URL (embed.html) or a framing page (the bridge): whatever the text, reading it must not throw, must
 * give a value inside the attribute's grammar, and writing that value back must read the same again
 * (Lit reflects `lang` and `corridor`, so an unstable pair would rewrite the page's markup forever).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASE_MAP_IDS,
  centerConverter,
  corridorConverter,
  CORRIDOR_MAX_KM,
  datumConverter,
  gesturesConverter,
  GESTURES,
  langConverter,
  reviewNumberConverter,
  REVIEW_NUMBER,
  SRC_MODES,
  SRC_TIMEOUT_RANGE_S,
  srcModeConverter,
  srcTimeoutConverter,
  tiandituKeyConverter,
  TIANDITU_KEY,
  tilesConverter,
  zoomConverter,
  ZOOM_RANGE,
  type AttributeConverter,
} from '../../src/state/attributes';
import { checkTileTemplate } from '../../src/state/tile-template';
import { DATUMS } from '../../src/spatial/datum';

/** Attribute text as pages write it, typos and attacks included; `null` is an absent attribute. */
const text = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.double().map(String),
  fc.tuple(fc.double(), fc.double()).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.double({ min: -90, max: 90 }), fc.double({ min: -180, max: 180 })).map(([a, b]) => `${a}, ${b}`),
  fc.constantFrom(...BASE_MAP_IDS, ...GESTURES, ...SRC_MODES, ...DATUMS, 'zh-CN', 'en', 'EN', ' osm ', 'Greedy'),
  fc
    .tuple(fc.constantFrom('https://', 'http://', 'http://127.0.0.1/', 'javascript:', ''), fc.string())
    .map(([a, b]) => `${a}t.example/{z}/{x}/{y}${b}`),
  fc.stringMatching(/^[0-9A-Za-z]{10,70}$/),
  fc.stringMatching(/^[甘S（）()0-9 -]{0,50}$/),
);

/** Each converter with the grammar its values must keep (what the README and the @attr lines promise). */
const table: Array<[string, AttributeConverter<unknown>, (v: unknown) => boolean]> = [
  ['lang', langConverter as AttributeConverter<unknown>, (v) => v === 'zh-CN' || v === 'en'],
  [
    'zoom',
    zoomConverter as AttributeConverter<unknown>,
    (v) =>
      v === undefined ||
      (typeof v === 'number' && v >= ZOOM_RANGE.min && v <= ZOOM_RANGE.max && Number.isInteger(v / ZOOM_RANGE.step)),
  ],
  [
    'center',
    centerConverter as AttributeConverter<unknown>,
    (v) =>
      v === undefined ||
      (Array.isArray(v) &&
        v.length === 2 &&
        v.every(Number.isFinite) &&
        Math.abs(v[0] as number) <= 90 &&
        Math.abs(v[1] as number) <= 180),
  ],
  ['gestures', gesturesConverter as AttributeConverter<unknown>, (v) => GESTURES.includes(v as never)],
  ['src-mode', srcModeConverter as AttributeConverter<unknown>, (v) => SRC_MODES.includes(v as never)],
  [
    'src-timeout',
    srcTimeoutConverter as AttributeConverter<unknown>,
    (v) => typeof v === 'number' && v >= SRC_TIMEOUT_RANGE_S[0] && v <= SRC_TIMEOUT_RANGE_S[1],
  ],
  [
    'corridor',
    corridorConverter as AttributeConverter<unknown>,
    (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= CORRIDOR_MAX_KM,
  ],
  [
    'tiles',
    tilesConverter as AttributeConverter<unknown>,
    (v) =>
      (BASE_MAP_IDS as readonly unknown[]).includes(v) ||
      (typeof v === 'string' && (checkTileTemplate(v) as { template?: string }).template === v),
  ],
  [
    'tianditu-key',
    tiandituKeyConverter as AttributeConverter<unknown>,
    (v) => v === undefined || (typeof v === 'string' && TIANDITU_KEY.test(v) && v === v.trim()),
  ],
  ['tiles-datum', datumConverter as AttributeConverter<unknown>, (v) => DATUMS.includes(v as never)],
  [
    'map-review-number',
    reviewNumberConverter as AttributeConverter<unknown>,
    (v) => v === undefined || (typeof v === 'string' && REVIEW_NUMBER.test(v)),
  ],
];

describe.each(table)('the %s converter', (_name, converter, inGrammar) => {
  it('property: reads any text without throwing, into a value of its grammar', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(inGrammar(converter.fromAttribute(value))).toBe(true);
      }),
    );
  });

  it('property: what it writes reads back as the same value, and writes the same text again', () => {
    fc.assert(
      fc.property(text, (value) => {
        const read = converter.fromAttribute(value);
        const written = converter.toAttribute(read);
        const reread = converter.fromAttribute(written);
        // A value that carries more precision than its text (a centre with 12 decimals) settles after one write.
        expect(converter.toAttribute(reread)).toBe(written);
        expect(inGrammar(reread)).toBe(true);
        if (_name !== 'center') expect(reread).toEqual(read);
      }),
    );
  });
});
