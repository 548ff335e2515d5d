import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchSites } from '../../src/search/search-sites';
import { foldQuery } from '../../src/search/match-tier';
import { narrows } from '../../src/search/rank-records';
import { SiteIndexBuilder } from '../../src/search/site-index-builder';
import { buildSiteIndex, buildSiteIndexInSlices } from '../../src/search/build-site-index';
import { scanSiteIndex } from '../../src/search/scan-site-index';
import { readySiteIndex, siteIndexReady, SYNC_INDEX_MAX, whenSiteIndexReady } from '../../src/search/site-index';
import { visibleSites } from '../../src/search/visible-sites';
import { layerIds } from '../../src/search/layer-ids';
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
          expect(ids(scanSiteIndex(list).search(query))).toEqual(ids(searchSites(list, query)));
        },
      ),
    );
  });

  it('answers as searchSites does while a query is typed, corrected and typed again (property)', () => {
    // One index per list, queried keystroke by keystroke: a keystroke that extends the last query reads
    // only the sites that query found, one that does not reads them all.
    const unit = fc.constantFrom(...'abeilntuv19雷台 -ÁＴ'.split(''));
    const word = fc.string({ unit, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ zh: word, en: word, pinyin: word }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.string({ unit, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        (names, typed) => {
          const list = names.map((n, i) =>
            site(`s${i}`, { name: { zh: n.zh || 'x', en: n.en || 'x' }, ...(n.pinyin.trim() && { pinyin: n.pinyin }) }),
          );
          const index = buildSiteIndex(list);
          for (const query of typed)
            for (let n = 1; n <= query.length; n++) {
              const q = query.slice(0, n);
              expect(ids(index.search(q)), q).toEqual(ids(searchSites(list, q)));
            }
        },
      ),
    );
  });

  it('built in many slices (chunks), answers as built at once', async () => {
    // The built-in sites and four renamed copies of each (ids unique), so the list spans many chunks.
    const list = [0, 1, 2, 3, 4].flatMap((k) =>
      sites.map((s) =>
        k === 0 ? s : { ...s, id: `${s.id}-${k}`, name: { zh: s.name.zh + k, en: `${s.name.en} ${k}` } },
      ),
    );
    // A clock that moves 1 ms a look: every slice ends after CLOCK_EVERY sites.
    let t = 0;
    let slices = 0;
    const sliced = await buildSiteIndexInSlices(list, {
      sliceMs: 2,
      now: () => t++,
      yieldToPage: async () => void slices++,
    });
    expect(slices).toBeGreaterThanOrEqual(Math.floor(list.length / 100));
    const whole = buildSiteIndex(list);
    for (const query of QUERIES) {
      for (let n = 1; n <= query.length; n++) {
        const typed = query.slice(0, n);
        expect(ids(sliced.search(typed)), typed).toEqual(ids(whole.search(typed)));
      }
    }
    expect(ids(sliced.search('lthm'))[0]).toBe('leitai-han-tomb');
  });

  it('a builder takes the sites in order, a chunk at a time', () => {
    const builder = new SiteIndexBuilder();
    expect(builder.add(sites, 0, 3)).toBe(3);
    expect(() => builder.add(sites, 5)).toThrow(RangeError);
    expect(builder.add(sites)).toBe(sites.length);
    const data = builder.finish();
    expect(data.size).toBe(sites.length);
    expect(data.chunks.map((c) => c.first)).toEqual([0, 3]);
    expect(data.chunks[0].starts).toHaveLength(4);
    expect(data.chunks[0].flags).toHaveLength(data.chunks[0].text.length);
  });

  it('is built once per sites array', () => {
    expect(readySiteIndex(sites)).toBe(readySiteIndex(sites));
    expect(readySiteIndex([...sites])).not.toBe(readySiteIndex(sites));
  });
});

describe('narrows', () => {
  const n = (a: string, b: string) => narrows(foldQuery(a), foldQuery(b));
  it('holds when the query extends the last one as typing does (golden)', () => {
    expect(n('lei', 'leit')).toBe(true);
    expect(n('Lei', 'leitai')).toBe(true);
    expect(n('lei', 'lei t')).toBe(true);
    expect(n('lei t', 'lei ta')).toBe(true);
    expect(n('雷', '雷台')).toBe(true);
    expect(n('temple', 'Temple 4')).toBe(true);
  });
  it('does not when a letter was taken back, a word changed, or the last query was empty (golden)', () => {
    expect(n('leit', 'lei')).toBe(false);
    expect(n('lei t', 'leit')).toBe(false);
    expect(n('lei ta', 'lei t')).toBe(false);
    expect(n('ab cd', 'abx cd')).toBe(false);
    expect(n('', 'a')).toBe(false);
    expect(n('  ', 'a')).toBe(false);
  });
});

describe('an index built between frames', () => {
  const many = (k: number) =>
    Array.from({ length: k }, (_, i) => site(`m${i}`, { name: { zh: `点${i}`, en: `Place ${i}` } }));

  it(`up to ${SYNC_INDEX_MAX} sites: ready at once`, () => {
    const list = many(SYNC_INDEX_MAX);
    expect(siteIndexReady(list)).toBe(true);
    const index = readySiteIndex(list);
    expect(index).toBeDefined();
    expect(readySiteIndex(list)).toBe(index);
    expect(ids(index!.search('Place 4999'))).toEqual(['m4999']);
  });

  it('over that: not searchable until built, the query not applied meanwhile; then it is', async () => {
    const list = many(SYNC_INDEX_MAX + 1);
    expect(siteIndexReady(list)).toBe(false);
    // visibleSites asks for the index: it starts the build and keeps every site until it is done.
    expect(visibleSites(list, layerIds, 'Place 4999')).toHaveLength(list.length);
    expect(readySiteIndex(list)).toBeUndefined();
    const ready = whenSiteIndexReady(list);
    expect(whenSiteIndexReady(list)).toBe(ready);
    const index = await ready;
    expect(siteIndexReady(list)).toBe(true);
    expect(readySiteIndex(list)).toBe(index);
    expect(ids(visibleSites(list, layerIds, 'Place 4999'))).toEqual(['m4999']);
    expect(ids(visibleSites(list, layerIds, '点500'))).toEqual(['m500', 'm5000']);
    expect(ids(visibleSites(list, layerIds, 'place 49'))).toEqual(ids(searchSites(list, 'place 49')));
    expect(ids(visibleSites(list, layerIds, 'place 49')).slice(0, 2)).toEqual(['m49', 'm490']);
  });
});
