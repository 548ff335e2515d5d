import type { FoldedQuery } from './match-tier';
import * as flag from './site-index-builder';
import type { SiteIndexChunk, SiteIndexData } from './site-index-builder';

// Module constants, read in the hot loop (an import may compile to a getter: the bench runs under tsx).
const { FIELD_EN, FIELD_EN_WORDS, FIELD_FULL, FIELD_INITIALS, FIELD_MASK, FIELD_START, FIELD_ZH, WORD_START } = flag;
const NONE = 255;

/** Per-record scratch for a search: the best tier found so far (NONE: none), reset after each pass. */
const scratch = new WeakMap<SiteIndexData, Uint8Array>();

function scratchOf(data: SiteIndexData): Uint8Array {
  let best = scratch.get(data);
  if (!best) scratch.set(data, (best = new Uint8Array(data.size).fill(NONE)));
  return best;
}

/** The last record whose start is at or before `at`, searching from `from` on. */
function recordAt(starts: Int32Array, at: number, from: number): number {
  if (starts[from + 1] > at) return from;
  let lo = from + 1;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A separator (\1 or \2) ends every field: an exact match is one followed by it. */
const endsField = (text: string, at: number) => text.charCodeAt(at) < 3;

/** The first place in `list` (in order) whose value is at least `value`. */
function lowerBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What a query is matched against in one pass. */
interface Needle {
  text: string;
  /** Hits in zh/en count (the query as typed). */
  names: boolean;
  /** Hits in the pinyin and initials count (the query as pinyin); inside the initials only for 2 letters or more. */
  pinyin: boolean;
}

/** The tier of a hit of `needle` at `at` (match-tier.ts' tierOf, for one place), NONE if it does not count there. */
function tierAt(chunk: SiteIndexChunk, at: number, { text, names, pinyin }: Needle): number {
  const f = chunk.flags[at];
  const start = (f & FIELD_START) !== 0;
  switch (f & FIELD_MASK) {
    case FIELD_ZH:
      return !names ? NONE : start ? (endsField(chunk.text, at + text.length) ? 0 : 1) : 3;
    case FIELD_EN:
      return !names ? NONE : start ? (endsField(chunk.text, at + text.length) ? 0 : 1) : f & WORD_START ? 2 : 3;
    case FIELD_EN_WORDS:
      return names && f & WORD_START ? 2 : NONE;
    case FIELD_FULL:
      return !pinyin ? NONE : start ? (endsField(chunk.text, at + text.length) ? 0 : 1) : f & WORD_START ? 2 : NONE;
    case FIELD_INITIALS:
      return !pinyin ? NONE : start ? (endsField(chunk.text, at + text.length) ? 0 : 1) : text.length >= 2 ? 3 : NONE;
  }
  return NONE;
}

/**
 * Keeps a hit's tier as its record's best; true when the rest of the record need not be read: nothing
 * beats an exact match, nor a prefix when no field is as short as the query.
 */
function keep(chunk: SiteIndexChunk, local: number, tier: number, length: number, best: Uint8Array, found: number[]) {
  const record = chunk.first + local;
  if (tier < best[record]) {
    if (best[record] === NONE) found.push(record);
    best[record] = tier;
  }
  return best[record] === 0 || (best[record] === 1 && length < chunk.shortest[local]);
}

/**
 * One pass of a needle over a chunk's whole text with `indexOf`, keeping each record's best tier in
 * `best` and the records it first found in `found` (site numbers, in order).
 */
function pass(chunk: SiteIndexChunk, needle: Needle, best: Uint8Array, found: number[]): void {
  const { text, starts } = chunk;
  let local = 0;
  let at = text.indexOf(needle.text);
  while (at !== -1) {
    local = recordAt(starts, at, local);
    const done = keep(chunk, local, tierAt(chunk, at, needle), needle.text.length, best, found);
    at = text.indexOf(needle.text, done ? starts[local + 1] : at + 1);
  }
}

/**
 * `pass` over some records of a chunk only (`within`: site numbers in order): each is read char by
 * char, as a few thousand short `indexOf` calls cost more (each sets up its search) than reading them.
 */
function passWithin(chunk: SiteIndexChunk, needle: Needle, best: Uint8Array, found: number[], within: Int32Array) {
  const { text, starts, first } = chunk;
  const q = needle.text;
  const c0 = q.charCodeAt(0);
  for (const record of within) {
    const local = record - first;
    const last = starts[local + 1] - q.length;
    for (let at = starts[local]; at < last; at++) {
      if (text.charCodeAt(at) !== c0 || !text.startsWith(q, at)) continue;
      if (keep(chunk, local, tierAt(chunk, at, needle), q.length, best, found)) break;
    }
  }
}

/** `pass` over every chunk (or, with `within`, `passWithin` over the chunks holding those sites). */
function passAll(data: SiteIndexData, needle: Needle, best: Uint8Array, found: number[], within?: Int32Array): void {
  for (const chunk of data.chunks) {
    if (!within) {
      pass(chunk, needle, best, found);
      continue;
    }
    const end = chunk.first + chunk.starts.length - 1;
    const from = lowerBound(within, chunk.first);
    const to = lowerBound(within, end);
    if (from < to) passWithin(chunk, needle, best, found, within.subarray(from, to));
  }
}

/**
 * The records a query matches as one string, each with its tier (0 exact .. 3 anywhere), in record
 * order. `best` is left clean (every entry NONE) for the next search.
 */
function matches(
  data: SiteIndexData,
  q: string,
  qp: string,
  best: Uint8Array,
  within?: Int32Array,
): [Int32Array, Uint8Array] {
  const found: number[] = [];
  if (qp === q) passAll(data, { text: q, names: true, pinyin: true }, best, found, within);
  else {
    passAll(data, { text: q, names: true, pinyin: false }, best, found, within);
    if (qp) passAll(data, { text: qp, names: false, pinyin: true }, best, found, within);
  }
  const records = Int32Array.from(found);
  // Two passes each add records in order; together they need sorting.
  if (qp && qp !== q) records.sort();
  const tiers = new Uint8Array(records.length);
  for (let i = 0; i < records.length; i++) {
    tiers[i] = best[records[i]];
    best[records[i]] = NONE;
  }
  return [records, tiers];
}

/** What a search found: `ranked` best first, `matched` the same records in record order. */
export interface RankedRecords {
  ranked: Int32Array;
  matched: Int32Array;
}

/** The union of two lists of record numbers, each in order and without repeats, in order. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] < b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * The records (sites, by their place in the index) a folded query finds, best first, ties in record
 * order: the same list and order as searchSites over the same sites (match-tier.ts), found with
 * `indexOf` over one string rather than by testing each site. A query of several words that matches
 * no name as a whole finds the records every word matches (tier 4). An empty query finds none.
 *
 * `within` (record numbers in order) limits the search to those records: a caller that knows every
 * match is among them (the records the query's prefix found, `narrows`) reads only those.
 */
export function rankRecords(data: SiteIndexData, query: FoldedQuery, within?: Int32Array): RankedRecords {
  if (!query.q) return { ranked: new Int32Array(0), matched: new Int32Array(0) };
  const best = scratchOf(data);
  const [records, tiers] = matches(data, query.q, query.qp, best, within);
  const counts = [0, 0, 0, 0, 0];
  for (const tier of tiers) counts[tier]++;
  let several = new Int32Array(0);
  if (query.words.length > 1) {
    // The records every word finds: each word is looked for only among those the words before it found.
    let each = within;
    for (const w of query.words) [each] = matches(data, w.q, w.qp, best, each);
    // ...less those the whole query found (they keep their better tier).
    const whole = new Uint8Array(data.size);
    for (const r of records) whole[r] = 1;
    several = each!.filter((r) => !whole[r]);
    counts[4] = several.length;
  }
  const ranked = new Int32Array(records.length + several.length);
  const next = [0];
  for (let t = 1; t < 5; t++) next[t] = next[t - 1] + counts[t - 1];
  for (let i = 0; i < records.length; i++) ranked[next[tiers[i]]++] = records[i];
  ranked.set(several, next[4]);
  return { ranked, matched: union(records, several) };
}

/**
 * Whether every record `query` finds is among those `previous` found, so it may be searched within
 * them: the query extends the previous one as typing does (its folded text, and each of its words,
 * start with the previous ones), and a longer string is only ever found where its start was.
 */
export function narrows(previous: FoldedQuery, query: FoldedQuery): boolean {
  if (!previous.q || !query.q.startsWith(previous.q)) return false;
  // A one-word query's word is the query itself (checked, not assumed: folding is Unicode's).
  if (previous.words.length <= 1 && previous.q !== (previous.words[0]?.q ?? '')) return false;
  return previous.words.every((w, i) => query.words[i]?.q.startsWith(w.q));
}
