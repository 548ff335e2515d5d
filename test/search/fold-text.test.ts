import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldTextUnicode } from '../../src/search/fold-text';

describe('foldText', () => {
  it('folds case, width, tone marks and punctuation, and keeps Han characters (golden)', () => {
    expect(foldText('Leitai Han Tomb')).toBe('leitaihantomb');
    expect(foldText('雷台汉墓 No.12')).toBe('雷台汉墓no12');
    expect(foldText('Lǚ Tái')).toBe('lutai');
    expect(foldText('ＷＥＮ 文庙')).toBe('wen文庙');
    expect(foldText('鳩摩羅什寺·')).toBe('鳩摩羅什寺');
  });

  it('its fast path (ASCII and common Han) gives what the Unicode pass gives (property)', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fef }).map((c) => String.fromCharCode(c));
    const ascii = fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(han, ascii), maxLength: 20 }), (text) => {
        expect(foldText(text)).toBe(foldTextUnicode(text));
      }),
      { numRuns: 2000 },
    );
  });
});
