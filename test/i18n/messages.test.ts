import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/messages';
import { en } from '../../src/i18n/messages-en';
import { addZh, t } from '../../src/i18n/t';
import { namesZh } from '../../src/i18n/messages-names';
import { toLang } from '../../src/i18n/to-lang';
import { localized } from '../../src/i18n/localized';
import { AREA_IDS, CATEGORIES, THEMES } from '../../src/model/types';

describe('messages', () => {
  it('has every key in both languages, none empty, with the same parameters', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      expect(zhCN[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(en[key]), key).toEqual(params(zhCN[key]));
    }
  });

  it('names every category, theme and area of the model', () => {
    addZh(namesZh); // the names' zh table comes with the elements that show them (t.ts)
    for (const c of CATEGORIES) expect(t('en', `category.${c}`)).not.toMatch(/^category\./);
    for (const th of THEMES) expect(t('zh-CN', `theme.${th}`)).not.toMatch(/^theme\./);
    for (const a of AREA_IDS) expect(t('en', `area.${a}`)).toBeTruthy();
    expect(t('zh-CN', 'area.south')).toBe('南部天梯山文化旅游区');
  });

  it('reads language tags and picks content', () => {
    expect(toLang('en')).toBe('en');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('zh')).toBe('zh-CN');
    expect(toLang(null)).toBe('zh-CN');
    expect(toLang('english')).toBe('zh-CN');
    expect(localized({ zh: '雷台', en: 'Leitai' }, 'en')).toBe('Leitai');
    expect(localized({ zh: '雷台', en: 'Leitai' }, 'zh-CN')).toBe('雷台');
  });
});
