import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCulture } from '../../src/data/built-in-culture';
import { validateCulture } from '../../src/data/parse-culture';
import { searchCulture } from '../../src/search/search-culture';

const root = join(import.meta.dirname, '../..');
const file = JSON.parse(readFileSync(join(root, 'geo/culture.json'), 'utf8'));
const siteIds = JSON.parse(readFileSync(join(root, 'geo/sites.geojson'), 'utf8')).features.map(
  (f: { id: string }) => f.id,
);

describe('geo/culture.json', () => {
  it('passes the schema and the link policy, and the built-in reading agrees', () => {
    const { items, problems } = validateCulture(file, 'culture.json');
    expect(problems).toEqual([]);
    expect(items.length).toBe(6);
    expect(builtInCulture).toEqual(items);
  });

  it('covers what the plan names but the map cannot pin: 非遗, red history, events, an east-zone village', () => {
    const kinds = builtInCulture.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'heritage').length).toBe(2);
    expect(kinds).toContain('history');
    expect(kinds.filter((k) => k === 'event').length).toBe(2);
    expect(builtInCulture.find((c) => c.kind === 'place')?.zone).toBe('east');
    // Where an item names a site to experience it, that site is on the map.
    for (const c of builtInCulture) if (c.siteId) expect(siteIds, c.id).toContain(c.siteId);
  });

  it('reports a bad item and a bad link, keeping the rest', () => {
    const { items, problems } = validateCulture(
      {
        items: [
          { ...file.items[0], links: [{ url: 'https://okeytime.com/x', label: { zh: 'a', en: 'a' } }] },
          { ...file.items[1], kind: 'party' },
          { ...file.items[0] },
        ],
      },
      'bureau-culture.json',
    );
    expect(items.map((i) => i.id)).toEqual(['liangzhou-xianxiao']);
    expect(items[0].links).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(['links[0].url', 'kind', 'id']);
    expect(() => validateCulture([], 'x')).toThrow(/items/);
  });
});

describe('searchCulture', () => {
  const ids = (q: string) => searchCulture(builtInCulture, q).map((c) => c.id);
  it('finds items by Chinese, English, pinyin and initials, names before summaries', () => {
    expect(ids('贤孝')).toEqual(['liangzhou-xianxiao']);
    expect(ids('xianxiao')).toEqual(['liangzhou-xianxiao']);
    expect(ids('lzggz')).toEqual(['liangzhou-gongguzi']);
    expect(ids('Gongguzi')).toEqual(['liangzhou-gongguzi']);
    expect(ids('蜻蜓')).toEqual(['qingting-village']);
    expect(ids('讲坛')).toEqual(['liangzhou-lecture-series']);
    // 凉州 starts four names and appears in the others' summaries: names first, in file order.
    expect(ids('凉州').slice(0, 5)).toEqual([
      'liangzhou-xianxiao',
      'liangzhou-gongguzi',
      'liangzhou-culture-forum',
      'liangzhou-lecture-series',
      'west-route-army-liangzhou-1936',
    ]);
    // A word only in "where": Siba.
    expect(ids('Siba')).toEqual(['liangzhou-xianxiao', 'liangzhou-gongguzi']);
    expect(ids('')).toEqual(builtInCulture.map((c) => c.id));
    expect(ids('nothing like this')).toEqual([]);
  });

  it('finds items by the words for their kind ("红色", "red history", "recurring"), after names and summaries', () => {
    const words = {
      history: ['红色记忆', 'Red history', '红色文化', 'Red (revolutionary) culture'],
      event: ['文化活动', 'Recurring event'],
    };
    const byKind = (q: string) =>
      searchCulture(builtInCulture, q, (kind) => words[kind as keyof typeof words] ?? []).map((c) => c.id);
    expect(ids('红色')).toEqual([]);
    expect(byKind('红色')).toEqual(['west-route-army-liangzhou-1936']);
    expect(byKind('red history')).toEqual(['west-route-army-liangzhou-1936']);
    expect(byKind('recurring')).toEqual(['liangzhou-culture-forum', 'liangzhou-lecture-series']);
    // A name match still comes first: 讲坛 is in one name, and no kind's words.
    expect(byKind('讲坛')).toEqual(['liangzhou-lecture-series']);
  });
});
