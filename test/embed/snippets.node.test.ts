// Pure: see embed-params.node.test.ts for where it runs.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOICE,
  elementAttributes,
  elementMarkup,
  embedUrl,
  escapeAttribute,
  hostedBase,
  iframeSnippet,
  isCssLength,
  npmSnippet,
  scriptSnippet,
  type EmbedChoice,
} from '../../src/app/configurator/snippets';
import { readEmbedParams } from '../../src/embed/embed-params';

const BASE = 'https://maps.example.gov.cn/liangzhou/';
const choice = (over: Partial<EmbedChoice> = {}): EmbedChoice => ({ ...DEFAULT_CHOICE, ...over });

describe('snippets', () => {
  it('leave defaults out, keeping lang', () => {
    expect(elementAttributes(choice())).toEqual([['lang', 'zh-CN']]);
    expect(elementMarkup(choice())).toBe(
      '<liangzhou-map lang="zh-CN" style="width: 100%; height: 480px"></liangzhou-map>',
    );
  });

  it('carry every choice', () => {
    const c = choice({
      lang: 'en',
      layers: ['sites', 'core', 'south'],
      site: 'tiantishan-grottoes',
      view: { center: [37.612345678, 102.5], zoom: 11.3 },
      width: '800px',
      height: '60vh',
      colours: { accent: '#0F766E', 'zone-south': '#8c4a0e', core: 'red' },
      tiles: 'osm',
      gestures: 'greedy',
    });
    expect(scriptSnippet(c, BASE)).toBe(
      '<script src="https://maps.example.gov.cn/liangzhou/liangzhou-map.js"></script>\n' +
        '<liangzhou-map lang="en" layers="core,south,sites" site="tiantishan-grottoes" center="37.61235,102.50000" zoom="11.25" tiles="osm" gestures="greedy" style="width: 800px; height: 60vh; --lz-color-accent: #0f766e"></liangzhou-map>\n',
    );
    // zone-south equals its default and "red" is no hex colour: both left out.
    expect(iframeSnippet(c, BASE, 'Liangzhou map')).toBe(
      '<iframe src="https://maps.example.gov.cn/liangzhou/embed.html?lang=en&amp;layers=core%2Csouth%2Csites&amp;site=tiantishan-grottoes&amp;center=37.61235%2C102.50000&amp;zoom=11.25&amp;tiles=osm&amp;gestures=greedy&amp;accent=%230f766e"\n' +
        '  title="Liangzhou map" loading="lazy"\n' +
        '  style="border: 0; width: 800px; height: 60vh"></iframe>\n',
    );
    expect(npmSnippet(c)).toContain("import 'liangzhou-map/dist-lib/liangzhou-map.es.js';");
  });

  it('give embed.html a URL it reads back as the same attributes and colours', () => {
    const c = choice({
      lang: 'en',
      layers: ['core', 'axis'],
      site: 'baita-temple',
      view: { center: [37.9, 102.6], zoom: 12 },
      colours: { 'zone-east': '#112233' },
      gestures: 'greedy',
    });
    const url = new URL(embedUrl(c, BASE));
    const read = readEmbedParams(url.search, url.origin);
    expect(Object.entries(read.attributes)).toEqual(elementAttributes(c));
    expect(read.colours).toEqual({ '--lz-zone-east': '#112233' });
    expect(read.ignored).toEqual([]);
  });

  it('offer the site filter: one area, one category, one theme (无主题 too), as the element and embed.html read it', () => {
    const c = choice({ area: 'south', theme: 'buddhist' });
    const layers = elementAttributes(c).find(([k]) => k === 'layers')![1];
    expect(layers).toBe(
      'core,axis,east,west,south,north,sites,-area:core,-area:east,-area:west,-area:north,' +
        '-theme:wuliang,-theme:red,-theme:great-wall,-theme:intangible,-theme:daoist,-theme:confucian,-theme:han,-theme:xixia,-theme:ecology,-theme:none',
    );
    const url = new URL(embedUrl(c, BASE));
    expect(readEmbedParams(url.search, url.origin).attributes.layers).toBe(layers);
    expect(elementAttributes(choice({ theme: 'none', layers: ['core'] })).find(([k]) => k === 'layers')![1]).toBe(
      'core,-theme:wuliang,-theme:red,-theme:great-wall,-theme:intangible,-theme:buddhist,-theme:daoist,-theme:confucian,-theme:han,-theme:xixia,-theme:ecology',
    );
    expect(elementAttributes(choice({})).some(([k]) => k === 'layers')).toBe(false);
    // One category: the others hidden, the areas and themes as they were.
    const temples = elementAttributes(choice({ category: 'temple' })).find(([k]) => k === 'layers')![1];
    expect(temples).toBe(
      'core,axis,east,west,south,north,sites,-category:heritage,-category:museum,-category:street,-category:park,' +
        '-category:reservoir,-category:nature,-category:desert,-category:great-wall',
    );
    const temple = new URL(embedUrl(choice({ category: 'temple' }), BASE));
    expect(readEmbedParams(temple.search, temple.origin).attributes.layers).toBe(temples);
  });

  it('offer the search text (`query`): escaped in markup, read back by embed.html, left out when blank', () => {
    const c = choice({ query: ' "><b>塔</b> ' });
    const attrs = elementAttributes(c);
    expect(attrs.find(([k]) => k === 'query')).toEqual(['query', '"><b>塔</b>']);
    expect(elementMarkup(c)).toContain('query="&quot;&gt;&lt;b&gt;塔&lt;/b&gt;"');
    const url = new URL(embedUrl(c, BASE));
    const read = readEmbedParams(url.search, url.origin);
    expect(Object.entries(read.attributes)).toEqual(attrs);
    expect(read.ignored).toEqual([]);
    for (const blank of [undefined, '', '  \n '])
      expect(elementAttributes(choice({ query: blank })).some(([k]) => k === 'query')).toBe(false);
  });

  it('let nothing hostile through', () => {
    const c = choice({
      site: '"><script>alert(1)</script>',
      width: '100%"><img src=x onerror=alert(1)>',
      height: 'expression(alert(1))',
      colours: { accent: '#fff;background:url(x)' },
    });
    const text = scriptSnippet(c, BASE) + iframeSnippet(c, BASE, '"><img src=x onerror=alert(1)>') + npmSnippet(c);
    for (const raw of ['<script>alert(1)</script>', '<img src=x', 'expression(', 'url(x)', ';background'])
      expect(text).not.toContain(raw);
    expect(text).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(escapeAttribute(`a&b"c<d>e'`)).toBe(`a&amp;b&quot;c&lt;d&gt;e'`);
  });

  it('check sizes and the hosting URL', () => {
    expect(['100%', '800px', '40.5rem', '60vh'].every(isCssLength)).toBe(true);
    expect(['100', 'px', '100% ; color: red', 'calc(100% - 1px)', '-5px'].some(isCssLength)).toBe(false);
    expect(hostedBase('https://cdn.example/lz')).toBe('https://cdn.example/lz/');
    expect(hostedBase('https://cdn.example/lz/?x=1#y')).toBe('https://cdn.example/lz/');
    expect(hostedBase('https://cdn.example/"><script>/')).toBe('https://cdn.example/%22%3E%3Cscript%3E/');
    expect(hostedBase('javascript:alert(1)')).toBeUndefined();
    expect(hostedBase('not a url')).toBeUndefined();
  });

  it('write the base map, its 天地图 key and the approval number, and leave out what the map would refuse', () => {
    const KEY = '0123456789abcdef0123456789abcdef';
    const choice: EmbedChoice = {
      ...DEFAULT_CHOICE,
      tiles: 'tianditu-img',
      tiandituKey: KEY,
      reviewNumber: '甘S（2024）012号',
    };
    expect(elementAttributes(choice)).toEqual([
      ['lang', 'zh-CN'],
      ['tiles', 'tianditu-img'],
      ['tianditu-key', KEY],
      ['map-review-number', '甘S（2024）012号'],
    ]);
    const url = new URL(embedUrl(choice, 'https://maps.example/'));
    expect(url.searchParams.get('tianditu-key')).toBe(KEY);
    expect(url.searchParams.get('map-review-number')).toBe('甘S（2024）012号');
    // A key only goes with 天地图; markup in a review number and a key that could break a URL are dropped.
    expect(elementAttributes({ ...choice, tiles: 'amap' }).map(([k]) => k)).toEqual([
      'lang',
      'tiles',
      'map-review-number',
    ]);
    const hostile = { ...choice, tiandituKey: 'abc&x={z}', reviewNumber: '<img src=x onerror=alert(1)>' };
    expect(elementAttributes(hostile).map(([k]) => k)).toEqual(['lang', 'tiles']);
  });
});
