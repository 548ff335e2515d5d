import { describe, expect, it } from 'vitest';
import { GEO_DATA_CATEGORIES, GeoDataError } from '../../src/data/geo-data-error';
import { zhCN } from '../../src/i18n/messages';
import { en } from '../../src/i18n/messages-en';
import { NOTICE_MAX_CHARS } from '../../src/state/notice-text';
import { problemNoticeText } from '../../src/state/problem-notice-text';

const err = new GeoDataError({
  file: 'https://bureau.example/sites.geojson',
  feature: '#3',
  field: 'properties.name.zh',
  problem: 'is missing (expected a string)',
});

describe('problemNoticeText', () => {
  it('frames the problem in zh: file, feature, field, a zh sentence for the category, the detail marked', () => {
    expect(problemNoticeText('zh-CN', err)).toBe(
      '数据有误：文件 https://bureau.example/sites.geojson，要素 #3，字段 properties.name.zh。' +
        '文件内容不符合地图要求的格式。 详情：is missing (expected a string) (bureau.example)',
    );
  });

  it('has the same shape in en', () => {
    expect(problemNoticeText('en', err)).toBe(
      'Data problem: file https://bureau.example/sites.geojson, feature #3, field properties.name.zh. ' +
        'The file is not in the form the map needs. Detail: is missing (expected a string) (bureau.example)',
    );
  });

  it('has a different sentence for each category, in each language', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const texts = GEO_DATA_CATEGORIES.map((category) =>
        problemNoticeText(lang, { file: 'x.geojson', problem: 'p', category }),
      );
      expect(new Set(texts).size).toBe(GEO_DATA_CATEGORIES.length);
      for (const [i, category] of GEO_DATA_CATEGORIES.entries())
        expect(texts[i]).toContain((lang === 'en' ? en : zhCN)[`problem.${category}`]);
    }
  });

  it('calls an attribute an attribute, and leaves out a file it does not know and parts it does not have', () => {
    expect(problemNoticeText('zh-CN', { file: 'tiles', category: 'invalid-attribute', problem: 'p' })).toMatch(
      /^数据有误：属性 tiles。地图无法使用该值。 详情：p$/,
    );
    expect(problemNoticeText('en', { file: 'unknown', category: 'invalid-data', problem: 'boom' })).toBe(
      'Data problem. The file is not in the form the map needs. Detail: boom',
    );
  });

  it('keeps the 300-character cap and the host with a 1 MB detail and a 1 MB feature id', () => {
    const big = 'x'.repeat(1024 * 1024);
    for (const lang of ['zh-CN', 'en'] as const) {
      const text = problemNoticeText(lang, {
        file: 'https://bureau.example/a.geojson',
        feature: big,
        field: 'type',
        problem: big,
        category: 'invalid-data',
      });
      expect(text.endsWith(' (bureau.example)')).toBe(true);
      expect([...text].length).toBeLessThanOrEqual(NOTICE_MAX_CHARS + ' (bureau.example)'.length);
      // The long id is cut, so the category sentence still fits under the cap.
      expect(text).toContain(lang === 'en' ? 'is not in the form' : '不符合地图要求的格式');
    }
  });
});
