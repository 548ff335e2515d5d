/** Lone surrogates mended where text enters (issue 11, repro 7): the engine's way and the fallback agree. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wellFormed, wellFormedByRegExp } from '../../src/data/well-formed';

describe('wellFormed', () => {
  it('replaces each lone surrogate with U+FFFD and keeps pairs', () => {
    for (const f of [wellFormed, wellFormedByRegExp]) {
      expect(f('寺\ud800')).toBe('寺\ufffd');
      expect(f('\udc00\ud83d\ude00\ud83d')).toBe('\ufffd\ud83d\ude00\ufffd');
      expect(f('\ud800\ud800\udc00')).toBe('\ufffd\ud800\udc00');
    }
  });

  it('property: the fallback gives what the engine gives, and the result always encodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(wellFormedByRegExp(text)).toBe(wellFormed(text));
        expect(() => encodeURIComponent(wellFormed(text))).not.toThrow();
      }),
    );
  });
});
