import type { Site } from '../model/types';
import { siteKeys } from './match-tier';

/**
 * Every site's folded names as strings, so a keystroke is a few `indexOf` runs over them instead of a
 * call per site (issue 13: 100,000 sites within a frame). Plain data: strings and typed arrays, in
 * chunks (each built in one slice of time, so no step of the build handles every site at once).
 */
export interface SiteIndexData {
  chunks: SiteIndexChunk[];
  /** Sites indexed, over all chunks. */
  size: number;
}

/**
 * Consecutive sites' records, one per site in the sites' order: `zh \1 en \1 enWords \1 full \1
 * initials \2` (siteKeys' fields; enWords is left empty when it equals en, the usual case, and en
 * then carries its word starts). Folded text holds letters and digits only, so a query never
 * matches across a separator.
 */
export interface SiteIndexChunk {
  text: string;
  /** One byte per char of `text`: its field (FIELD_*), | FIELD_START at a field's first char, | WORD_START at a word's or syllable's. */
  flags: Uint8Array;
  /** Where each record starts in `text`, and `text.length` at the end (length: records + 1). */
  starts: Int32Array;
  /** The first record's site number. */
  first: number;
  /** Each record's shortest field that is not empty, in chars (at most 255): a shorter query is never exact. */
  shortest: Uint8Array;
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
const FIELD_SEP = '\u0001';
const RECORD_SEP = '\u0002';

/** Sites folded between two looks at the clock. */
const CLOCK_EVERY = 50;

/**
 * Builds a SiteIndexData a chunk at a time (`add` as many times as needed, in the sites' order, then
 * `finish`), so a large list can be indexed between frames. Each site is folded once (siteKeys).
 */
export class SiteIndexBuilder {
  private readonly chunks: SiteIndexChunk[] = [];
  private size = 0;

  /**
   * Indexes sites from `from` (the next one not indexed) up to `to` as one chunk, or fewer if
   * `enough()` (asked every CLOCK_EVERY sites) says so. Returns the next site not indexed.
   */
  add(sites: readonly Site[], from = this.size, to = sites.length, enough?: () => boolean): number {
    if (from !== this.size) throw new RangeError(`sites are indexed in order: expected ${this.size}, got ${from}`);
    const parts: string[] = [];
    const marks: Array<[offset: number, field: number, length: number, words: readonly number[]]> = [];
    const starts: number[] = [];
    const shortest: number[] = [];
    let at = 0;
    let i = from;
    for (; i < to && !((i - from) % CLOCK_EVERY === CLOCK_EVERY - 1 && enough?.()); i++) {
      const k = siteKeys(sites[i]);
      starts.push(at);
      const wordsInEn = k.enWords === k.en;
      const fields: Array<[number, string, readonly number[]]> = [
        [FIELD_ZH, k.zh, []],
        [FIELD_EN, k.en, wordsInEn ? k.enStarts : []],
        [FIELD_EN_WORDS, wordsInEn ? '' : k.enWords, wordsInEn ? [] : k.enStarts],
        [FIELD_FULL, k.full, k.syllableStarts],
        [FIELD_INITIALS, k.initials, []],
      ];
      let short = 255;
      for (let f = 0; f < fields.length; f++) {
        const [field, value, words] = fields[f];
        if (value.length > 0 && value.length < short) short = value.length;
        marks.push([at, field, value.length, words]);
        parts.push(value, f === fields.length - 1 ? RECORD_SEP : FIELD_SEP);
        at += value.length + 1;
      }
      shortest.push(short);
    }
    if (i === from) return i;
    starts.push(at);
    const flags = new Uint8Array(at).fill(FIELD_NONE);
    for (const [offset, field, length, words] of marks) {
      if (length === 0) continue;
      flags.fill(field, offset, offset + length);
      flags[offset] |= FIELD_START;
      for (const w of words) flags[offset + w] |= WORD_START;
    }
    this.chunks.push({
      text: parts.join(''),
      flags,
      starts: Int32Array.from(starts),
      first: from,
      shortest: Uint8Array.from(shortest),
    });
    this.size = i;
    return i;
  }

  /** The index of every site added. */
  finish(): SiteIndexData {
    return { chunks: this.chunks.slice(), size: this.size };
  }
}
