import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatNumber, pluralOf } from '../../src/i18n/format-number';
import type { Lang } from '../../src/model/types';

const langs: Lang[] = ['zh-CN', 'en'];
/** The option sets the panels and cards use, and a few more. */
const optionSets: Intl.NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 1, minimumFractionDigits: 1 },
  { maximumFractionDigits: 2, minimumFractionDigits: 0 },
  { minimumFractionDigits: 2 },
];
const value = fc.oneof(
  fc.nat(),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ min: 0, max: 1e13, noNaN: true }),
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.double({ min: 0, max: 1e-4, noNaN: true }),
  // Decimals as people type them (1.005, 0.15...), whose doubles sit just below or above the tie.
  fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 5 })).map(([n, d]) => n / 10 ** d),
  // Ties on the double's exact value (x.5, x.25, x.05...), where rounding rules differ.
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 20),
  fc.constantFrom(-0, -1, -1234.5, 1e15, 1e21, Infinity, -Infinity, NaN),
);

describe('formatNumber and pluralOf', () => {
  afterEach(() => vi.restoreAllMocks());

  it('write every number exactly as Intl does in both languages', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...langs), fc.constantFrom(...optionSets), (v, lang, options) => {
        expect(formatNumber(lang, v, options)).toBe(new Intl.NumberFormat(lang, options).format(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('give the plural category Intl gives, for counts and fractions', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat(), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 1, 2, 1.0, 1.5, -1)),
        fc.constantFrom(...langs),
        (n, lang) => {
          expect(pluralOf(lang, n)).toBe(new Intl.PluralRules(lang).select(n));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("build no Intl object for the panels' counts and sizes (the first one loads ICU data: a long task at start-up)", () => {
    const format = vi.spyOn(Intl, 'NumberFormat');
    const rules = vi.spyOn(Intl, 'PluralRules');
    for (const lang of langs) {
      expect(formatNumber(lang, 12_345)).toBe('12,345');
      expect(formatNumber(lang, 4973.26, { maximumFractionDigits: 1 })).toBe('4,973.3');
      expect(pluralOf(lang, 1)).toBe(lang === 'en' ? 'one' : 'other');
      expect(pluralOf(lang, 34)).toBe('other');
    }
    expect(format).not.toHaveBeenCalled();
    expect(rules).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    // Units still go to Intl.
    expect(formatNumber('en', 3, { style: 'unit', unit: 'kilometer' })).toBe('3 km');
  });
});
