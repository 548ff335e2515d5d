import { describe, expect, it } from 'vitest';
import { searchSites } from '../../src/search/search-sites';
import { site } from '../fixtures/site-feature';
import { sites } from './built-in-sites';

const ids = (query: string) => searchSites(sites, query).map((s) => s.id);

describe('searchSites', () => {
  it('finds 雷台汉墓 by Chinese, English, pinyin and initials', () => {
    for (const q of ['雷台', 'Leitai', 'leitai', 'LEITAI', 'lei tai', 'léi tái', 'lthm', '雷台汉墓']) {
      expect(ids(q)[0], q).toBe('leitai-han-tomb');
    }
    expect(ids('雷台')).toEqual(ids('Leitai'));
    expect(ids('lthm')).toEqual(['leitai-han-tomb']);
  });

  it('finds 天梯山石窟 by its Chinese name, pinyin, initials and English words', () => {
    // The reservoir's old bracketed name (天梯山水利风景区) rested on an unsupported listing and was
    // dropped, so 天梯山 now names one site only; inside-name matches are tested with 雷台 below.
    expect(ids('tiantishan')).toEqual(['tiantishan-grottoes']);
    expect(ids('天梯山')).toEqual(['tiantishan-grottoes']);
    expect(ids('ttssk')).toEqual(['tiantishan-grottoes']);
    expect(ids('Tiantishan Grottoes')).toEqual(['tiantishan-grottoes']);
    expect(ids('grottoes tiantishan')).toEqual(['tiantishan-grottoes']);
  });

  it('reads 罗什 and 海藏 as the place names do', () => {
    expect(ids('luoshi')).toEqual(['luoshisi-historic-district', 'kumarajiva-temple']);
    expect(ids('haizang')).toEqual(['haizang-temple', 'haizang-wetland-park']);
    expect(ids('kumarajiva')).toEqual(['kumarajiva-temple']);
  });

  it('ignores case, punctuation, diacritics, spaces and full-width letters in English names', () => {
    expect(ids('taerwan')).toEqual(['taerwan-kiln-site']);
    expect(ids('Ta’erwan')).toEqual(['taerwan-kiln-site']);
    expect(ids('qingzui lamawan')).toEqual(['qingzui-lamawan-tombs']);
    expect(ids('Qingzui–Lamawan')).toEqual(['qingzui-lamawan-tombs']);
    expect(ids('ＬＥＩＴＡＩ')[0]).toBe('leitai-han-tomb');
    expect(ids('Kumārajīva')).toEqual(['kumarajiva-temple']);
  });

  it('ranks exact names, then prefixes, then word starts, then matches inside a name', () => {
    // 海藏寺 is a whole name; 海藏湿地公园 starts with 海藏 but does not hold 海藏寺.
    expect(ids('海藏寺')).toEqual(['haizang-temple']);
    expect(ids('leitaiguan')).toEqual(['leitai-temple']);
    // Two prefixes keep the data's order; a whole-name match goes before them, wherever it is.
    // 汉唐天马城（雷台文化旅游综合体） holds 雷台 only inside its name, so it comes after both prefixes.
    expect(ids('雷台')).toEqual(['leitai-han-tomb', 'leitai-temple', 'hantang-tianma-city']);
    const exact = searchSites([sites[0], site('x', { name: { zh: '雷台', en: 'X' } })], '雷台');
    expect(exact.map((s) => s.id)).toEqual(['x', 'leitai-han-tomb']);
    const wuwei = ids('wuwei');
    const prefixed = sites.filter((s) => /^wuwei/i.test(s.name.en) || s.pinyin?.startsWith('wuwei')).map((s) => s.id);
    expect(wuwei.slice(0, prefixed.length).sort()).toEqual([...prefixed].sort());
    // "Wuwei South City Gate" starts with Wuwei; the Hantanpo cemetery only has it in brackets.
    expect(wuwei.indexOf('south-city-gate')).toBeLessThan(wuwei.indexOf('hantanpo-tombs'));
    expect(wuwei).toContain('hantanpo-tombs');
    // A Chinese character anywhere in the name.
    expect(ids('寺')).toEqual(sites.filter((s) => s.name.zh.includes('寺')).map((s) => s.id));
    expect(ids('寺').length).toBeGreaterThan(5);
  });

  it('matches pinyin only from a syllable start, and takes v for ü', () => {
    const list = [
      site('a', { name: { zh: '雷台', en: 'A' }, pinyin: 'leitai lei tai lt' }),
      site('b', { name: { zh: '绿洲', en: 'B' }, pinyin: 'luzhou lu zhou lz' }),
    ];
    expect(searchSites(list, 'eitai')).toEqual([]);
    expect(searchSites(list, 'tai').map((s) => s.id)).toEqual(['a']);
    expect(searchSites(list, 'lvzhou').map((s) => s.id)).toEqual(['b']);
  });

  it("reads a bureau's hand-written pinyin, and finds a site with none by its names", () => {
    const list = [
      site('a', { name: { zh: '雷台', en: 'A' }, pinyin: 'Léi Tái' }),
      site('b', { name: { zh: '海藏寺', en: 'Haizang' } }),
    ];
    expect(searchSites(list, 'leitai').map((s) => s.id)).toEqual(['a']);
    expect(searchSites(list, 'lt').map((s) => s.id)).toEqual(['a']);
    expect(searchSites(list, 'tai').map((s) => s.id)).toEqual(['a']);
    expect(searchSites(list, 'haizang').map((s) => s.id)).toEqual(['b']);
    expect(searchSites(list, '海藏').map((s) => s.id)).toEqual(['b']);
  });

  it('returns every site in input order for an empty query, as a new array', () => {
    expect(searchSites(sites, '')).toEqual(sites);
    expect(searchSites(sites, '  ')).toEqual(sites);
    expect(searchSites(sites, '')).not.toBe(sites);
    expect(searchSites(sites, '', { limit: 3 })).toEqual(sites.slice(0, 3));
  });

  it('returns nothing for a query no name holds, and honours limit', () => {
    expect(searchSites(sites, 'xyzzy')).toEqual([]);
    expect(searchSites(sites, '寺', { limit: 2 })).toHaveLength(2);
  });

  it('does not change its input', () => {
    const before = structuredClone(sites);
    const frozen = Object.freeze(sites.map((s) => Object.freeze({ ...s })));
    searchSites(frozen, 'wuwei');
    searchSites(frozen, '');
    expect(sites).toEqual(before);
  });

  it('has pinyin for every built-in site, in the documented form', () => {
    for (const s of sites) {
      const tokens = s.pinyin!.split(' ');
      const syllables = tokens.slice(1, -1);
      expect(tokens[0], s.id).toBe(syllables.join(''));
      expect(tokens.at(-1), s.id).toBe(syllables.map((x) => x[0]).join(''));
      expect(s.pinyin, s.id).toMatch(/^[a-z ]+$/);
    }
    expect(sites.find((s) => s.id === 'leitai-han-tomb')!.pinyin).toBe(
      'leitaihanmuleitaigongyuan lei tai han mu lei tai gong yuan lthmltgy',
    );
  });
});
