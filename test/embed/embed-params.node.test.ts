// Pure: runs in node (the unit project takes test/embed/**/*.node.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkAttribute,
  EMBED_ATTRIBUTES,
  isHexColour,
  readEmbedParams,
  readOrigins,
} from '../../src/embed/embed-params';

const OWN = 'https://map.example';

describe('readEmbedParams', () => {
  it('takes every attribute of the element, normalised', () => {
    const p = readEmbedParams(
      '?lang=en-GB&layers=core, South,sites,-theme:buddhist&site=baita-temple&center=37.9,102.6&zoom=11.5&src=/data/ours.geojson&src-mode=replace&src-timeout=45&tiles=amap&tianditu-key=0123456789abcdef0123456789ABCDEF&tiles-datum=GCJ02&map-review-number=甘S（2024）012号&gestures=greedy&controls=list,lang&corridor=7.6&query=%20bai%0Ata%20',
      OWN,
    );
    expect(p.attributes).toEqual({
      lang: 'en',
      layers: 'core,south,sites,-theme:buddhist',
      site: 'baita-temple',
      center: '37.90000,102.60000',
      zoom: '11.5',
      src: '/data/ours.geojson',
      'src-mode': 'replace',
      'src-timeout': '45',
      tiles: 'amap',
      'tianditu-key': '0123456789abcdef0123456789ABCDEF',
      'tiles-datum': 'gcj02',
      'map-review-number': '甘S（2024）012号',
      gestures: 'greedy',
      controls: 'list,lang',
      corridor: '8',
      query: 'bai ta',
    });
    expect(p.ignored).toEqual([]);
    expect(p.origins).toEqual([OWN]);
    expect(Object.keys(p.attributes).sort()).toEqual([...EMBED_ATTRIBUTES].sort());
  });

  it('takes every attribute the element documents (custom-elements.json), the corridor included', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'liangzhou-map')!;
    expect([...EMBED_ATTRIBUTES].sort()).toEqual(element.attributes!.map((a) => a.name).sort());
    expect(checkAttribute('corridor', '5')).toEqual({ name: 'corridor', value: '5' });
    expect(checkAttribute('corridor', '99')).toEqual({ name: 'corridor', value: '20' });
    expect(checkAttribute('corridor', '0')).toEqual({ name: 'corridor', value: '0' });
    for (const junk of ['', 'wide', '5km', '1e999']) expect(checkAttribute('corridor', junk), junk).toBeUndefined();
  });

  it('takes the search text (`query`) as the element reads it: one line, at most 100 characters', () => {
    expect(readEmbedParams('?query=%E9%9B%B7%E5%8F%B0', OWN).attributes.query).toBe('雷台');
    expect(checkAttribute('query', ' bai\nta ')).toEqual({ name: 'query', value: 'bai ta' });
    expect(checkAttribute('query', '塔'.repeat(500))!.value).toBe('塔'.repeat(100));
    expect(checkAttribute('query', null)).toEqual({ name: 'query', value: null });
    // Longer than any URL the page accepts: refused, not cut.
    expect(checkAttribute('query', 'x'.repeat(5000))).toBeUndefined();
    expect(checkAttribute('query', 42)).toBeUndefined();
  });

  it('takes the site filter in `layers`: areas, 无主题, and unknown ids kept for the element to name', () => {
    // Lower-cased plain tokens pass as written; the element reads them with its own rule and names
    // an unknown id (`-area:nowhere`) in a notice rather than dropping it silently here.
    const p = readEmbedParams('?layers=sites,south,-theme:NONE,-area:core,-area:nowhere', OWN);
    expect(p.attributes.layers).toBe('sites,south,-theme:none,-area:core,-area:nowhere');
    expect(checkAttribute('layers', '-area:east')).toEqual({ name: 'layers', value: '-area:east' });
  });

  it('leaves out what it cannot use, and says so', () => {
    const p = readEmbedParams(
      '?site=<img src=x onerror=alert(1)>&center=102.6&zoom=big&src=javascript:alert(1)&src-mode=merge&tiles=ftp://x/{z}/{x}/{y}&tianditu-key=abc%26x={z}&tiles-datum=bd09&map-review-number=<img src=x onerror=alert(1)>&gestures=wild&accent=red;background:url(x)',
      OWN,
    );
    expect(p.attributes).toEqual({});
    expect(p.colours).toEqual({});
    expect(p.ignored.map((m) => m.split(':')[0])).toEqual([
      'site',
      'center',
      'zoom',
      'src',
      'src-mode',
      'tiles',
      'tianditu-key',
      'tiles-datum',
      'map-review-number',
      'gestures',
      'accent',
    ]);
  });

  it('keeps a refused tiles value aside for the element to name (it reads it as no tiles)', () => {
    const tiles = 'https://api.example/{z}/{x}/{y}.png?access_token={accessToken}';
    const p = readEmbedParams(`?${new URLSearchParams({ tiles })}`, OWN);
    expect(p.attributes.tiles).toBeUndefined();
    expect(p.refusedTiles).toBe(tiles);
    expect(readEmbedParams(`?tiles=https://a.example/${'a'.repeat(5000)}`, OWN).refusedTiles).toHaveLength(2049);
    expect(readEmbedParams('?tiles=osm', OWN).refusedTiles).toBeUndefined();
  });

  it('clamps zoom to the map range and reads colours as hex only', () => {
    const p = readEmbedParams('?zoom=30&accent=%23123abc&zone-east=%23abc&core=rgb(0,0,0)', OWN);
    expect(p.attributes.zoom).toBe('18');
    expect(p.colours).toEqual({ '--lz-color-accent': '#123abc', '--lz-zone-east': '#abc' });
    expect(p.ignored).toEqual(['core: "rgb(0,0,0)" is not a hex colour']);
  });

  it('reads allowed origins, and falls back to its own origin', () => {
    expect(readEmbedParams('?origins=https://bureau.example/page,http://localhost:8080', OWN).origins).toEqual([
      'https://bureau.example',
      'http://localhost:8080',
    ]);
    const star = readEmbedParams('?origins=*', OWN);
    expect(star.origins).toEqual([OWN]);
    expect(star.ignored).toEqual(['origins: "*" is not an http(s) origin']);
    expect(readEmbedParams('', OWN).origins).toEqual([OWN]);
  });
});

describe('checkAttribute', () => {
  it('refuses unknown attributes and non-strings, and allows removing a known one', () => {
    expect(checkAttribute('onclick', 'alert(1)')).toBeUndefined();
    expect(checkAttribute('style', 'color:red')).toBeUndefined();
    expect(checkAttribute('lang', 42)).toBeUndefined();
    expect(checkAttribute('site', null)).toEqual({ name: 'site', value: null });
  });

  it('accepts relative and http(s) data URLs only', () => {
    expect(checkAttribute('src', 'sites.geojson')?.value).toBe('sites.geojson');
    expect(checkAttribute('src', 'https://bureau.example/a.geojson')?.value).toBe('https://bureau.example/a.geojson');
    for (const bad of [
      'javascript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
      'JaVaScRiPt:x',
      '"><img>',
      '',
    ]) {
      expect(checkAttribute('src', bad), bad).toBeUndefined();
    }
  });

  it('accepts the tiles the element accepts', () => {
    expect(checkAttribute('tiles', 'none')?.value).toBe('none');
    expect(checkAttribute('tiles', 'https://t.example/{z}/{x}/{y}.png')?.value).toBe(
      'https://t.example/{z}/{x}/{y}.png',
    );
    expect(checkAttribute('tiles', 'https://t.example/{z}/{x}.png')).toBeUndefined();
    expect(checkAttribute('tiles', 'https://t.example/{z}/{x}/{y}.png"onerror="x')).toBeUndefined();
  });
});

describe('readOrigins and isHexColour', () => {
  it('drops paths and repeats', () => {
    expect(readOrigins('https://a.example/x https://a.example/y,https://b.example').origins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(readOrigins('null').origins).toEqual([]);
    expect(readOrigins('javascript:alert(1)').origins).toEqual([]);
  });

  it('knows a hex colour', () => {
    expect(['#abc', '#abcd', '#a1b2c3', '#a1b2c3d4'].every(isHexColour)).toBe(true);
    expect(['abc', '#ab', '#abcde', 'red', '#abc;x', 'url(x)'].some(isHexColour)).toBe(false);
  });
});

describe('controls', () => {
  it('takes known panels or none, and refuses anything else', async () => {
    const { checkAttribute } = await import('../../src/embed/embed-params');
    expect(checkAttribute('controls', 'list, trip,bogus')).toEqual({ name: 'controls', value: 'list,trip' });
    expect(checkAttribute('controls', 'none')).toEqual({ name: 'controls', value: 'none' });
    expect(checkAttribute('controls', '<b>')).toBeUndefined();
  });
});
