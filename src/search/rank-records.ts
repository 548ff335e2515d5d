import type { FoldedQuery } from './match-tier';
import {
  FIELD_EN,
  FIELD_EN_WORDS,
  FIELD_FULL,
  FIELD_INITIALS,
  FIELD_MASK,
  FIELD_START,
  FIELD_ZH,
  WORD_START,
  type SiteIndexData,
} from './site-index-builder';

const NONE = 255;

/** Per-record scratch for a search: the best tier found so far (NONE: none), reset after each pass. */
const scratch = new WeakMap<SiteIndexData, Uint8Array>();

function scratchOf(data: SiteIndexData): Uint8Array {
  let best = scratch.get(data);
  if (!best) scratch.set(data, (best = new Uint8Array(data.starts.length - 1).fill(NONE)));
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

/**
 * One pass of `needle` over the text, keeping each record's best tier in `best` and the records it
 * first found in `found` (in record order). `names`: hits in zh/en count (the query as typed);
 * `pinyin`: hits in the pinyin and initials count (the query as pinyin), a match inside the initials
 * only for 2 letters or more. The tiers are match-tier.ts' tierOf. With `within` (record numbers in
 * order), only those records are read: the text between them is skipped, not scanned.
 */
function pass(
  data: SiteIndexData,
  needle: string,
  names: boolean,
  pinyin: boolean,
  best: Uint8Array,
  found: number[],
  within?: Int32Array,
): void {
  const { text, flags, starts } = data;
  const length = needle.length;
  const initialsInside = length >= 2;
  let record = 0;
  // With `within`: the next candidate to read (`next`), and the hit must lie in one of them.
  let next = 0;
  let at: number;
  if (!within) at = text.indexOf(needle);
  else if (within.length === 0) return;
  else at = text.indexOf(needle, starts[within[0]]);
  while (at !== -1) {
    if (within) {
      // Skip the candidates that end before the hit; if the hit is not in the next one, look again from its start.
      while (next < within.length && starts[within[next] + 1] <= at) next++;
      if (next === within.length) return;
      if (starts[within[next]] > at) {
        at = text.indexOf(needle, starts[within[next]]);
        continue;
      }
      record = within[next];
    } else record = recordAt(starts, at, record);
    const f = flags[at];
    const start = (f & FIELD_START) !== 0;
    let tier = NONE;
    switch (f & FIELD_MASK) {
      case FIELD_ZH:
        if (names) tier = start ? (endsField(text, at + length) ? 0 : 1) : 3;
        break;
      case FIELD_EN:
        if (names) tier = start ? (endsField(text, at + length) ? 0 : 1) : f & WORD_START ? 2 : 3;
        break;
      case FIELD_EN_WORDS:
        if (names && f & WORD_START) tier = 2;
        break;
      case FIELD_FULL:
        if (pinyin) tier = start ? (endsField(text, at + length) ? 0 : 1) : f & WORD_START ? 2 : NONE;
        break;
      case FIELD_INITIALS:
        if (pinyin) tier = start ? (endsField(text, at + length) ? 0 : 1) : initialsInside ? 3 : NONE;
        break;
    }
    if (tier < best[record]) {
      if (best[record] === NONE) found.push(record);
      best[record] = tier;
    }
    // Nothing beats an exact match: the rest of this record need not be read.
    at = text.indexOf(needle, best[record] === 0 ? starts[record + 1] : at + 1);
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
  if (qp === q) pass(data, q, true, true, best, found, within);
  else {
    pass(data, q, true, false, best, found, within);
    if (qp) pass(data, qp, false, true, best, found, within);
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
    const whole = new Uint8Array(data.starts.length - 1);
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
