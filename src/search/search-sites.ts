import type { Site } from '../model/types';
import { foldText } from './fold-text';

export interface SearchOptions {
  /** At most this many results. Default: all of them. */
  limit?: number;
}

/** A site's names, folded once per search. */
interface Keys {
  zh: string;
  en: string;
  /** Folded English words, so "tomb" can match at a word start. */
  enWords: string[];
  /** Pinyin syllables; empty when the site has no pinyin. */
  syllables: string[];
  initials: string;
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

function keysOf(site: Site): Keys {
  const syllables = readSyllables(site.pinyin);
  return {
    zh: foldText(site.name.zh),
    en: foldText(site.name.en),
    enWords: site.name.en
      .split(/[\s\p{P}\p{S}]+/u)
      .map(foldText)
      .filter(Boolean),
    syllables,
    initials: syllables.map((s) => s[0]).join(''),
  };
}

/** True when `q` starts at the beginning of one of `words` (and may run on into the next ones). */
function startsAtWord(words: string[], q: string): boolean {
  return words.some((_, i) => words.slice(i).join('').startsWith(q));
}

/**
 * How well a site matches a folded query: 0 exact, 1 prefix, 2 at a word or syllable start,
 * 3 anywhere in a name; undefined for no match. Pinyin is matched only from a syllable start:
 * "an" inside "han" would otherwise match most of the district.
 */
function tierOf(k: Keys, q: string): number | undefined {
  // Typists write ü as v; the built pinyin has it as u.
  const qp = /^[a-z]+$/.test(q) ? q.replaceAll('v', 'u') : '';
  const full = k.syllables.join('');
  if (k.zh === q || k.en === q || (qp && (full === qp || k.initials === qp))) return 0;
  if (k.zh.startsWith(q) || k.en.startsWith(q) || (qp && full && (full.startsWith(qp) || k.initials.startsWith(qp))))
    return 1;
  if (startsAtWord(k.enWords, q) || (qp && startsAtWord(k.syllables, qp))) return 2;
  if (k.zh.includes(q) || k.en.includes(q) || (qp.length >= 2 && k.initials.includes(qp))) return 3;
  return undefined;
}

/**
 * The sites whose Chinese name, English name or pinyin matches `query`, best first: exact names,
 * then names that start with the query, then matches at a word or syllable start, then anywhere.
 * Ties keep the input order. Case, tone marks, diacritics, spaces and punctuation are ignored, so
 * "雷台", "Leitai", "lei tái" and "lthm" (initials) all find 雷台汉墓. A query of several words that
 * matches no name as a whole matches sites where every word matches (ranked after the others).
 * An empty query returns every site in input order. `sites` is not changed.
 */
export function searchSites(sites: readonly Site[], query: string, options: SearchOptions = {}): Site[] {
  const limit = options.limit ?? Infinity;
  const q = foldText(query);
  if (!q) return sites.slice(0, limit);
  const words = query.split(/\s+/).map(foldText).filter(Boolean);
  const ranked: Array<{ site: Site; tier: number }> = [];
  for (const site of sites) {
    const keys = keysOf(site);
    let tier = tierOf(keys, q);
    if (tier === undefined && words.length > 1 && words.every((w) => tierOf(keys, w) !== undefined)) tier = 4;
    if (tier !== undefined) ranked.push({ site, tier });
  }
  // Array.prototype.sort is stable, so equal tiers stay in input order.
  return ranked
    .sort((a, b) => a.tier - b.tier)
    .slice(0, limit)
    .map((r) => r.site);
}
