import type { Site } from '../model/types';
import { foldText } from './fold-text';

/** A site's names, folded (once per search, or once for all in a SiteIndex). */
export interface SiteKeys {
  zh: string;
  en: string;
  /** Folded English words joined, and where each starts, so "tomb" can match at a word start. */
  enWords: string;
  enStarts: number[];
  /** Pinyin syllables joined (empty when the site has no pinyin), and where each starts. */
  full: string;
  syllableStarts: number[];
  initials: string;
}

/** Words joined, with the offset of each (so a word start is found without building strings). */
function joinWords(words: string[]): [string, number[]] {
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length;
  }
  return [words.join(''), starts];
}

/**
 * Reads the `pinyin` property. The build writes "<whole> <syllable>... <initials>"; a bureau's file
 * may hold just the syllables ("lei tai") or tone marks, so anything else is read as syllables.
 */
function readSyllables(pinyin: string | undefined): string[] {
  const tokens = (pinyin ?? '').split(/\s+/).map(foldText).filter(Boolean);
  const middle = tokens.slice(1, -1);
  const built =
    tokens.length >= 3 && tokens[0] === middle.join('') && tokens.at(-1) === middle.map((s) => s[0]).join('');
  return built ? middle : tokens;
}

export function siteKeys(site: Site): SiteKeys {
  const syllables = readSyllables(site.pinyin);
  const [enWords, enStarts] = joinWords(
    site.name.en
      .split(/[\s\p{P}\p{S}]+/u)
      .map(foldText)
      .filter(Boolean),
  );
  const [full, syllableStarts] = joinWords(syllables);
  return {
    zh: foldText(site.name.zh),
    en: foldText(site.name.en),
    enWords,
    enStarts,
    full,
    syllableStarts,
    initials: syllables.map((s) => s[0]).join(''),
  };
}

/** True when `q` starts at the beginning of one of the words (and may run on into the next ones). */
function startsAtWord(joined: string, starts: number[], q: string): boolean {
  return starts.some((at) => joined.startsWith(q, at));
}

/** A query folded once for every site it is matched against. */
export interface FoldedQuery {
  q: string;
  /** `q` as pinyin (ü typed as v read as u), or '' when `q` is not plain letters. */
  qp: string;
  /** Each word of a query of several words, folded, with its pinyin form. */
  words: Array<{ q: string; qp: string }>;
}

/** Typists write ü as v; the built pinyin has it as u. */
const asPinyin = (q: string) => (/^[a-z]+$/.test(q) ? q.replaceAll('v', 'u') : '');

/** Folds a query once (foldText; its words; their pinyin forms). */
export function foldQuery(query: string): FoldedQuery {
  const q = foldText(query);
  const words = query
    .split(/\s+/)
    .map(foldText)
    .filter(Boolean)
    .map((w) => ({ q: w, qp: asPinyin(w) }));
  return { q, qp: asPinyin(q), words };
}

/**
 * How well a site matches a folded query: 0 exact, 1 prefix, 2 at a word or syllable start,
 * 3 anywhere in a name; undefined for no match. Pinyin is matched only from a syllable start:
 * "an" inside "han" would otherwise match most of the district.
 */
function tierOf(k: SiteKeys, q: string, qp: string): number | undefined {
  const full = k.full;
  if (k.zh === q || k.en === q || (qp && (full === qp || k.initials === qp))) return 0;
  if (k.zh.startsWith(q) || k.en.startsWith(q) || (qp && full && (full.startsWith(qp) || k.initials.startsWith(qp))))
    return 1;
  if (startsAtWord(k.enWords, k.enStarts, q) || (qp && startsAtWord(full, k.syllableStarts, qp))) return 2;
  if (k.zh.includes(q) || k.en.includes(q) || (qp.length >= 2 && k.initials.includes(qp))) return 3;
  return undefined;
}

/**
 * How well a site's keys match a folded query (tiers as tierOf), or 4 when the query has several
 * words that each match; undefined for no match.
 */
export function matchTier(keys: SiteKeys, query: FoldedQuery): number | undefined {
  const tier = tierOf(keys, query.q, query.qp);
  if (tier === undefined && query.words.length > 1 && query.words.every((w) => tierOf(keys, w.q, w.qp) !== undefined))
    return 4;
  return tier;
}
