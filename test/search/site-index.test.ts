import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchSites } from '../../src/search/search-sites';
import { buildSiteIndex, siteIndex } from '../../src/search/site-index';
import { site } from '../fixtures/site-feature';
import { sites } from './built-in-sites';

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

/** Queries a visitor types: names, prefixes, pinyin, initials, several words, ü as v, nothing found. */
const QUERIES = [
  '雷台',
  '雷',
  'Leitai',
  'lei tái',
  'lthm',
  'tomb',
  'temple',
  'han tomb',
  'TEMPLE  bai',
  'ta',
  'lv',
  '文庙',
  'ＷＥＮ',
  'zzzz',
  '!!!',
  '',
  ' ',
];

describe('buildSiteIndex', () => {
  it('answers as searchSites does over the real sites, keystroke by keystroke', () => {
    const index = buildSiteIndex(sites);
    for (const query of QUERIES) {
      for (let n = 1; n <= query.length; n++) {
        const typed = query.slice(0, n);
        expect(ids(index.search(typed)), typed).toEqual(ids(searchSites(sites, typed)));
      }
    }
    expect(index.search('雷台').length).toBeGreaterThan(0);
  });

  it('answers as searchSites does for any names and any query (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeilnortuvü雷台寺 -Á'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ zh: word, en: word, pinyin: word }), { minLength: 1, maxLength: 30 }),
        word,
        (names, query) => {
          const list = names.map((n, i) =>
            site(`s${i}`, { name: { zh: n.zh || 'x', en: n.en || 'x' }, ...(n.pinyin.trim() && { pinyin: n.pinyin }) }),
          );
          expect(ids(buildSiteIndex(list).search(query))).toEqual(ids(searchSites(list, query)));
        },
      ),
    );
  });

  it('is built once per sites array', () => {
    expect(siteIndex(sites)).toBe(siteIndex(sites));
    expect(siteIndex([...sites])).not.toBe(siteIndex(sites));
  });
});
