import { describe, expect, it } from 'vitest';
import { BASE_MAP_IDS, baseMap, type BaseMap } from '../../src/state/base-map';
import { checkTileTemplate } from '../../src/state/tile-template';
import { toReviewNumber, toTiandituKey, toTiles } from '../../src/state/attributes';

const KEY = '0123456789abcdef0123456789abcdef';
/** Fills a template as Leaflet does for one tile. */
const fill = (t: string, s: string, z: number, x: number, y: number) =>
  t.replace('{s}', s).replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
const drawn = (tiles: string, lang: 'zh-CN' | 'en' = 'zh-CN', key: string | undefined = KEY) => {
  const b = baseMap(tiles, { lang, key });
  if (!b || 'problem' in b) throw new Error(`no base map for ${tiles}`);
  return b as BaseMap;
};

describe('baseMap', () => {
  it('draws nothing for none or an empty value', () => {
    expect(baseMap('none', { lang: 'zh-CN' })).toBeUndefined();
    expect(baseMap(undefined, { lang: 'zh-CN' })).toBeUndefined();
  });

  it('builds 天地图 vector tiles with Chinese labels from its WMTS KVP scheme, hosts t0–t7', () => {
    const b = drawn('tianditu');
    expect(b.datum).toBe('wgs84');
    expect(b.layers.map((l) => l.subdomains)).toEqual(['01234567', '01234567']);
    expect(fill(b.layers[0].template, '3', 16, 51897, 25126)).toBe(
      `https://t3.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=16&TILEROW=25126&TILECOL=51897&tk=${KEY}`,
    );
    expect(b.layers[1].template).toContain('/cva_w/wmts?');
    expect(b.layers[1].template).toContain('&LAYER=cva&');
    expect(b.layers.every((l) => l.minZoom === 1 && l.maxNativeZoom === 18)).toBe(true);
  });

  it('takes 天地图 labels in English from eva/eia when the map speaks English', () => {
    expect(drawn('tianditu', 'en').layers[1].template).toContain(
      '/eva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=eva&',
    );
    const img = drawn('tianditu-img', 'en');
    expect(img.layers[0].template).toContain('/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&');
    expect(img.layers[1].template).toContain('&LAYER=eia&');
    expect(drawn('tianditu-img').layers[1].template).toContain('&LAYER=cia&');
  });

  it('refuses 天地图 without a key, or with one that could break out of its URL', () => {
    expect(baseMap('tianditu', { lang: 'zh-CN' })).toEqual({ problem: 'needs-key' });
    expect(baseMap('tianditu-img', { lang: 'zh-CN', key: `${KEY}&x={z}` })).toEqual({ problem: 'needs-key' });
    expect(toTiandituKey('abc')).toBeUndefined();
    expect(toTiandituKey(` ${KEY} `)).toBe(KEY);
  });

  it('builds 高德 vector (webrd01–04, style 8) and imagery (webst01–04, style 6 + labels) in GCJ-02', () => {
    const v = drawn('amap');
    expect(v.datum).toBe('gcj02');
    expect(v.layers).toHaveLength(1);
    expect(fill(v.layers[0].template, v.layers[0].subdomains[1], 16, 51900, 25125)).toBe(
      'https://webrd02.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x=51900&y=25125&z=16',
    );
    const img = drawn('amap-img');
    expect(img.datum).toBe('gcj02');
    expect(fill(img.layers[0].template, '4', 16, 1, 2)).toBe(
      'https://webst04.is.autonavi.com/appmaptile?style=6&x=1&y=2&z=16',
    );
    expect(img.layers[1].template).toMatch(/^https:\/\/webst0\{s\}\.is\.autonavi\.com\/appmaptile\?.*style=8/);
    expect([...v.layers, ...img.layers].every((l) => l.subdomains === '1234' && l.minZoom === 3)).toBe(true);
  });

  it('keeps OpenStreetMap in WGS84 with its attribution in both languages', () => {
    const b = drawn('osm');
    expect(b.datum).toBe('wgs84');
    expect(b.attribution['zh-CN']).toContain('贡献者');
    expect(b.attribution.en).toContain('contributors');
  });

  it('passes every provider URL through the one tile-template rule (https, known placeholders only)', () => {
    for (const id of BASE_MAP_IDS.filter((i) => i !== 'none'))
      for (const lang of ['zh-CN', 'en'] as const)
        for (const l of drawn(id, lang).layers) expect(checkTileTemplate(l.template)).toEqual({ template: l.template });
  });

  it('states the datum of a custom template (WGS84 unless tiles-datum says gcj02)', () => {
    const t = 'https://tiles.example/{z}/{x}/{y}.png';
    expect(baseMap(t, { lang: 'zh-CN' })).toMatchObject({ id: 'custom', datum: 'wgs84', layers: [{ template: t }] });
    expect(baseMap(t, { lang: 'zh-CN', datum: 'gcj02' })).toMatchObject({ datum: 'gcj02' });
    expect(baseMap('https://x.example/{z}/{x}/{q}', { lang: 'zh-CN' })).toEqual({ problem: 'bad-template' });
  });

  it('never claims an approval number it could not confirm', () => {
    for (const id of BASE_MAP_IDS.filter((i) => i !== 'none')) expect(drawn(id).reviewNumber).toBeUndefined();
  });
});

describe('toTiles / toReviewNumber', () => {
  it('reads every named base map, and templates by the tile-template rule', () => {
    for (const id of BASE_MAP_IDS) expect(toTiles(id)).toBe(id);
    expect(toTiles('amap-sat')).toBeUndefined();
  });

  it('takes an approval number of letters, digits and brackets, and nothing that could be markup', () => {
    expect(toReviewNumber(' 甘S（2024）012号 ')).toBe('甘S（2024）012号');
    expect(toReviewNumber('GS(2023)1234号')).toBe('GS(2023)1234号');
    expect(toReviewNumber('〔2024〕 [12] - 3')).toBe('〔2024〕 [12] - 3');
    for (const bad of ['<img src=x onerror=alert(1)>', 'a"b', "x'y", 'a&amp;b', 'x'.repeat(41), '', 'a\u202eb'])
      expect(toReviewNumber(bad)).toBeUndefined();
  });
});
