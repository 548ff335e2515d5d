/* eslint-disable @typescript-eslint/no-explicit-any -- the cases edit raw, untyped JSON from geo/ to plant each defect */
/**
 * The publishing policy (src/data/publishing-policy.ts) on the built-in data: no internal words in
 * anything a visitor reads, only vetted links. The same check runs in `npm run geo:build`; here it
 * also proves that it fails, for every link the content audit dropped and for each internal word.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERNAL_WORDS, publishingProblems, type DroppedLink } from '../../src/data/publishing-policy';

const root = join(import.meta.dirname, '../..');
const geo = (f: string) => JSON.parse(readFileSync(join(root, 'geo', f), 'utf8'));
const dropped = JSON.parse(readFileSync(join(root, 'scripts/sources/dropped-links.json'), 'utf8')).dropped as DroppedLink[];
const sites = geo('sites.geojson');
const culture = geo('culture.json');
type Feature = { id: string; properties: Record<string, any> };
const feature = (id: string) => structuredClone(sites.features.find((f: Feature) => f.id === id)) as Feature;
const one = (f: Feature) => publishingProblems({ type: 'FeatureCollection', features: [f] }, 'sites.geojson', dropped);

describe('publishing policy', () => {
  it('holds for every built-in file', () => {
    const files = readdirSync(join(root, 'geo')).filter((f) => f.endsWith('.geojson') || f === 'culture.json');
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) expect(publishingProblems(geo(f), f, dropped), f).toEqual([]);
  });

  it('knows all 62 links the content audit dropped, and none of them is published', () => {
    expect(dropped.length).toBe(62);
    for (const d of dropped) {
      const links = (feature(d.site).properties.links ?? []).map((l: { url: string }) => l.url);
      expect(links, d.site).not.toContain(d.url);
      // Not even the same page with the annotation cut off or the scheme upgraded.
      expect(links, d.site).not.toContain(d.url.replace(/^http:/, 'https:'));
    }
  });

  it('fails on each dropped link put back on its site, even as a labelled https link', () => {
    for (const d of dropped) {
      const f = feature(d.site);
      f.properties.links = [{ url: d.url, label: { zh: '资料', en: 'Page' } }];
      const problems = one(f);
      expect(problems.length, d.url).toBeGreaterThan(0);
      expect(problems.join('\n'), d.url).toMatch(/links\[0\]/);
    }
    // The Kumarajiva page is on an allowed host: it passes on the pagoda and fails elsewhere only because the audit dropped it.
    const lp = dropped.find((d) => d.url.includes('kumarajiva-pagoda'))!;
    const f = feature(lp.site);
    f.properties.links = [{ url: lp.url, label: { zh: 'LP', en: 'Lonely Planet' } }];
    expect(one(f).join()).toMatch(/dropped by the content audit/);
    expect(one(feature('kumarajiva-temple'))).toEqual([]);
  });

  it('fails on a dropped page put on a site the audit never saw, or on a culture item, but not on the site it is about', () => {
    const lp = dropped.find((d) => d.url.includes('kumarajiva-pagoda'))!;
    const link = { url: lp.url, label: { zh: 'Lonely Planet', en: 'Lonely Planet' } };
    const added = feature('hantang-tianma-city');
    expect(dropped.some((d) => d.site === added.id)).toBe(false);
    added.properties.links = [link];
    expect(one(added).join(), 'on a site added after the audit').toMatch(/dropped by the content audit/);
    const items = structuredClone(culture.items) as Array<Record<string, any>>;
    items[0].links = [link];
    expect(publishingProblems({ items }, 'culture.json', dropped).join(), 'on a culture item').toMatch(
      /culture.json liangzhou-xianxiao properties.links\[0\].url: was dropped/,
    );
    const pagoda = feature('kumarajiva-temple');
    expect(pagoda.properties.links.map((l: { url: string }) => l.url)).toContain(lp.url);
    expect(one(pagoda)).toEqual([]);
  });

  it('checks the culture list (geo/culture.json, a list of items, not features) like the sites', () => {
    expect(culture.items.length).toBeGreaterThan(0);
    expect(publishingProblems(culture, 'culture.json', dropped)).toEqual([]);
    const planted = structuredClone(culture);
    planted.items[1].summary.en += ' (see SITES-NOTES)';
    planted.items[2].links = [{ url: 'http://tour.usatour.com.cn/view/wenwu/gi3w940_list1.html', label: { zh: 'a', en: 'a' } }];
    const problems = publishingProblems(planted, 'culture.json', dropped).join('\n');
    expect(problems).toMatch(/culture.json liangzhou-gongguzi properties.summary.en: shows the internal word/);
    expect(problems).toMatch(/culture.json west-route-army-liangzhou-1936 properties.links\[0\].url/);
  });

  it('fails on each internal word in any text a visitor reads', () => {
    const samples = ['sites.tsv', 'SITES-NOTES', 'LP trilateration', '未核实', 'GitHub', 'find_string id 7', 'aroundus', 'reference/sites', 'scripts/build-geo.ts', 'Voronoi cells', 'datum not stated', 'centroid', '37°47′44″N 102°37′07″E', "37° 47' N"];
    for (const word of samples) expect(INTERNAL_WORDS.some((w) => w.test(word)), word).toBe(true);
    const fields: Array<(p: Record<string, any>, w: string) => void> = [
      (p, w) => (p.description.zh += w),
      (p, w) => (p.source.en += ` ${w}`),
      (p, w) => (p.name.en += ` ${w}`),
      (p, w) => (p.era = { zh: w, en: w }),
      (p, w) => (p.address = { zh: '北大街', en: `Bei Dajie ${w}` }),
      (p, w) => (p.links = [{ url: 'https://en.wikipedia.org/wiki/Wuwei,_Gansu', label: { zh: '维基', en: w } }]),
    ];
    for (const word of samples)
      for (const [i, put] of fields.entries()) {
        const f = feature('kumarajiva-temple');
        put(f.properties, word);
        expect(one(f).join(), `${word} in field ${i}`).toMatch(/internal word/);
      }
    // Words inside ordinary words are not caught: "help" holds no "LP".
    const f = feature('kumarajiva-temple');
    f.properties.description.en += ' Staff help visitors.';
    expect(one(f)).toEqual([]);
    // The layout's texts are checked too.
    const zones = geo('zones.geojson');
    zones.features[0].properties.source += ' (scripts/sources/zone-anchors.json)';
    expect(publishingProblems(zones, 'zones.geojson').join()).toMatch(/zones.geojson east properties.source/);
  });

  it('fails on text after a URL, a plain http link, a fourth link, an unlabelled link and a one-language source', () => {
    const cases: Array<[string, (p: Record<string, any>) => void, RegExp]> = [
      ['text after', (p) => (p.links = [{ url: 'https://en.wikipedia.org/wiki/X (mirror)', label: { zh: 'a', en: 'a' } }]), /nothing after it/],
      ['http', (p) => (p.links = [{ url: 'http://en.wikipedia.org/wiki/X', label: { zh: 'a', en: 'a' } }]), /https/],
      ['mirror host', (p) => (p.links = [{ url: 'https://en-wiki.4mirror.workers.dev/wiki/X', label: { zh: 'a', en: 'a' } }]), /not on the list/],
      ['trailing dot', (p) => (p.links = [{ url: 'https://de.wikipedia.org./wiki/X', label: { zh: 'a', en: 'a' } }]), /canonical host/],
      ['four', (p) => (p.links = [1, 2, 3, 4].map((i) => ({ url: `https://en.wikipedia.org/wiki/${i}`, label: { zh: 'a', en: 'a' } }))), /at most 3/],
      ['bare string', (p) => (p.links = ['https://en.wikipedia.org/wiki/X']), /should be \{url, label/],
      ['string source', (p) => (p.source = 'Position: somewhere.'), /should be \{zh, en\}/],
      ['booking', (p) => (p.booking = { url: 'https://hk.trip.com/x', label: { zh: 'a', en: 'a' } }), /booking.url/],
    ];
    for (const [name, put, expected] of cases) {
      const f = feature('kumarajiva-temple');
      put(f.properties);
      expect(one(f).join('\n'), name).toMatch(expected);
    }
  });
});
