import type { Site } from '../model/types';
import { siteKeys } from './match-tier';

/**
 * Every site's folded names in one string, so a keystroke is a few `indexOf` runs over it instead of
 * a call per site (issue 13: 100,000 sites within a frame). Plain data: strings and typed arrays.
 *
 * One record per site, in the sites' order: `zh \1 en \1 enWords \1 full \1 initials \2` (siteKeys'
 * fields; enWords is left empty when it equals en, the usual case, and en then carries its word
 * starts). Folded text holds letters and digits only, so a query never matches across a separator.
 */
export interface SiteIndexData {
  text: string;
  /** One byte per char of `text`: its field (FIELD_*), | FIELD_START at a field's first char, | WORD_START at a word's or syllable's. */
  flags: Uint8Array;
  /** Where each record starts in `text`, and `text.length` at the end (length: sites + 1). */
  starts: Int32Array;
}

export const FIELD_ZH = 0;
export const FIELD_EN = 1;
export const FIELD_EN_WORDS = 2;
export const FIELD_FULL = 3;
export const FIELD_INITIALS = 4;
/** A separator's field: no query matches there. */
export const FIELD_NONE = 7;
export const FIELD_MASK = 7;
export const FIELD_START = 8;
export const WORD_START = 16;

/** Separators: between a record's fields, and after its last one. */
export const FIELD_SEP = '\u0001';
export const RECORD_SEP = '\u0002';

/**
 * Builds a SiteIndexData a slice at a time (`add` as many times as needed, in the sites' order, then
 * `finish`), so a large list can be indexed between frames. Each site is folded once (siteKeys).
 */
export class SiteIndexBuilder {
  private readonly texts: string[] = [];
  private readonly flagParts: Uint8Array[] = [];
  private readonly recordStarts: number[] = [];
  private length = 0;

  /** Indexes `sites[from..to)` (default: all of them), after what was added before. */
  add(sites: readonly Site[], from = 0, to = sites.length): void {
    const parts: string[] = [];
    const starts: Array<[offset: number, field: number, length: number, words: readonly number[]]> = [];
    let at = 0;
    for (let i = from; i < to; i++) {
      const k = siteKeys(sites[i]);
      this.recordStarts.push(this.length + at);
      const wordsInEn = k.enWords === k.en;
      const fields: Array<[number, string, readonly number[]]> = [
        [FIELD_ZH, k.zh, []],
        [FIELD_EN, k.en, wordsInEn ? k.enStarts : []],
        [FIELD_EN_WORDS, wordsInEn ? '' : k.enWords, wordsInEn ? [] : k.enStarts],
        [FIELD_FULL, k.full, k.syllableStarts],
        [FIELD_INITIALS, k.initials, []],
      ];
      for (let f = 0; f < fields.length; f++) {
        const [field, value, words] = fields[f];
        starts.push([at, field, value.length, words]);
        parts.push(value, f === fields.length - 1 ? RECORD_SEP : FIELD_SEP);
        at += value.length + 1;
      }
    }
    const flags = new Uint8Array(at).fill(FIELD_NONE);
    for (const [offset, field, length, words] of starts) {
      if (length === 0) continue;
      flags.fill(field, offset, offset + length);
      flags[offset] |= FIELD_START;
      for (const w of words) flags[offset + w] |= WORD_START;
    }
    this.texts.push(parts.join(''));
    this.flagParts.push(flags);
    this.length += at;
  }

  /** The index of every site added. The builder is spent. */
  finish(): SiteIndexData {
    const flags = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.flagParts) {
      flags.set(part, at);
      at += part.length;
    }
    const starts = new Int32Array(this.recordStarts.length + 1);
    starts.set(this.recordStarts);
    starts[this.recordStarts.length] = this.length;
    return { text: this.texts.join(''), flags, starts };
  }
}
