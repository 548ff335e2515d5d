import { describe, expect, it } from 'vitest';
import { validateSites } from '../../src/data/parse-sites';
import { siteFeature } from '../fixtures/site-feature';
import { siteFeature as siteFeatureSchema } from '../../src/data/schemas';

/** A site Feature with these properties set (bad ones included) and these coordinates. */
const site = (id: string, properties: Record<string, unknown> = {}, coordinates?: [number, number]) =>
  siteFeature(id, undefined, { properties, coordinates });

describe('validateSites', () => {
  it('keeps the good features and reports each bad one', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [site('a'), site('b', {}, [37.93, 102.64]), site('c', { zone: 'moon' }), site('d')],
    };
    const { sites, problems } = validateSites(fc, 'bureau.geojson');
    expect(sites.map((s) => s.id)).toEqual(['a', 'd']);
    expect(problems.map((p) => [p.feature, p.field])).toEqual([
      ['"b" (#1)', 'geometry.coordinates'],
      ['"c" (#2)', 'properties.zone'],
    ]);
  });

  it('keeps links that pass the URL policy, drops the others with an error naming the field, and keeps the site', () => {
    const wiki = 'https://zh.wikipedia.org/wiki/%E6%AD%A6%E5%A8%81';
    const fc = {
      type: 'FeatureCollection',
      features: [
        site('a', {
          themes: ['ecology', 'ecology'],
          links: [
            'javascript:alert(1)',
            { url: wiki, label: { zh: '维基', en: 'Wiki' } },
            'data:text/html,<b>x</b>',
            'https://en.wikipedia.org/wiki/Wuwei,_Gansu (en.wikipedia mirror)',
            'http://www.gswuwei.gov.cn/',
            { url: 'https://www.meipian.cn/5drte1mb' },
            'https://www.gswuwei.gov.cn/art/2022/5/21/art_175_780607.html',
            'https://www.lonelyplanet.com/china/wuwei',
            'https://www.chinadaily.com.cn/a/1.html',
          ],
        }),
      ],
    };
    const { sites, problems } = validateSites(fc, 'bureau.geojson');
    expect(sites.map((s) => s.id)).toEqual(['a']);
    expect(sites[0].links).toEqual([
      { url: wiki, label: { zh: '维基', en: 'Wiki' } },
      // A bare string gets the publisher's name as its label.
      {
        url: 'https://www.gswuwei.gov.cn/art/2022/5/21/art_175_780607.html',
        label: { zh: '政府官方网站', en: 'Official government site' },
      },
      {
        url: 'https://www.lonelyplanet.com/china/wuwei',
        label: { zh: 'Lonely Planet（孤独星球）', en: 'Lonely Planet' },
      },
    ]);
    expect(sites[0].themes).toEqual(['ecology']);
    expect(problems.map((p) => [p.file, p.feature, p.field])).toEqual([
      ['bureau.geojson', '"a" (#0)', 'properties.links[0]'],
      ['bureau.geojson', '"a" (#0)', 'properties.links[2]'],
      ['bureau.geojson', '"a" (#0)', 'properties.links[3]'],
      ['bureau.geojson', '"a" (#0)', 'properties.links[4]'],
      ['bureau.geojson', '"a" (#0)', 'properties.links[5].url'],
      ['bureau.geojson', '"a" (#0)', 'properties.links[8]'],
    ]);
    expect(problems[2].message).toMatch(/nothing after it/);
    expect(problems[3].message).toMatch(/https/);
    expect(problems[4].message).toMatch(/www\.meipian\.cn.*not on the list/);
    expect(problems[5].message).toMatch(/one more than the 3 links/);
  });

  it('reads the practical fields, checks the booking and photo links, and takes a plain-string source', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        site('a', {
          source: { zh: '据景区公告。', en: 'From the scenic area.' },
          address: { zh: '北关中路', en: 'Beiguan Zhonglu' },
          openingHours: 'Tu-Su 09:00-17:30',
          closedDays: { zh: '周一', en: 'Mondays' },
          price: { zh: '成人60元', en: 'Adults CNY 60' },
          phone: '+86 935 000 0000',
          booking: { url: 'https://www.gswuwei.gov.cn/book', label: { zh: '预约', en: 'Book' } },
          wheelchair: 'limited',
          photo: {
            url: 'https://upload.example.com/a.jpg',
            alt: { zh: '图', en: 'Pic' },
            credit: 'A',
            licence: 'CC BY 4.0',
          },
        }),
        site('b'),
        site('c', { phone: 'call us' }),
      ],
    };
    const { sites, problems } = validateSites(fc, 'f');
    const [a, b] = sites;
    expect(a.source).toEqual({ zh: '据景区公告。', en: 'From the scenic area.' });
    expect(a).toMatchObject({
      address: { en: 'Beiguan Zhonglu' },
      openingHours: 'Tu-Su 09:00-17:30',
      closedDays: { en: 'Mondays' },
      price: { en: 'Adults CNY 60' },
      phone: '+86 935 000 0000',
      booking: { url: 'https://www.gswuwei.gov.cn/book', label: { en: 'Book' } },
      wheelchair: 'limited',
    });
    // The photo's host is not an allowed publisher: the photo goes, with an error naming its field.
    expect(a.photo).toBeUndefined();
    expect(b.source).toEqual({ zh: 'test', en: 'test' });
    expect(sites.map((s) => s.id)).toEqual(['a', 'b']);
    expect(problems.map((p) => [p.feature, p.field])).toEqual([
      ['"c" (#2)', 'properties.phone'],
      ['"a" (#0)', 'properties.photo.url'],
    ]);
  });

  it('does not mutate its input', () => {
    const fc = { type: 'FeatureCollection', features: [site('a')] };
    const before = JSON.stringify(fc);
    validateSites(fc, 'f');
    expect(JSON.stringify(fc)).toBe(before);
  });

  it('refuses a file larger than the limit as a whole', () => {
    const fc = { type: 'FeatureCollection', features: [site('a'), site('b'), site('c')] };
    expect(() => validateSites(fc, 'big.geojson', { maxFeatures: 2 })).toThrow(
      /big.geojson, field features: has 3 features, more than the 2/,
    );
  });
});

describe('the example feature in docs/API.md', () => {
  it('passes the schema and the link policy, and uses every field a site may have', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const md = readFileSync(join(import.meta.dirname, '../../docs/API.md'), 'utf8');
    const section = md.slice(md.indexOf("### A bureau's own sites"));
    const json = JSON.parse(
      section.slice(section.indexOf('```json') + 7, section.indexOf('```', section.indexOf('```json') + 7)),
    );
    const { sites, problems } = validateSites(json, 'docs/API.md');
    expect(problems).toEqual([]);
    const props = json.features[0].properties;
    for (const field of Object.keys(siteFeatureSchema.def.shape.properties.def.shape))
      expect(props, `docs example lacks ${field}`).toHaveProperty(field);
    expect(sites[0].photo?.alt.en).toBe("The museum's main entrance");
    expect(sites[0].links).toHaveLength(1);
  });
});
