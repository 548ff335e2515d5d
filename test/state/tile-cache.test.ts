import { describe, expect, it } from 'vitest';
import { isTileUrl, TILE_URL_PATTERN } from '../../src/state/tile-cache';

describe('isTileUrl', () => {
  it.each([
    'https://tile.openstreetmap.org/12/3214/1563.png',
    'https://a.tile.example.org/tiles/7/100/50@2x.jpg?key=abc',
    'http://127.0.0.1:4321/osm/16/51460/25030.webp',
    'https://webrd01.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x=3214&y=1563&z=12',
    'https://t3.tianditu.gov.cn/DataServer?T=vec_w&x=3214&y=1563&l=12&tk=abc',
    'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=12&TILEROW=1563&TILECOL=3214&tk=abc',
  ])('caches the tile %s', (url) => expect(isTileUrl(url)).toBe(true));

  it.each([
    'https://example.org/index.html',
    'https://example.org/assets/index-abc123.js',
    'https://example.org/geo/sites.geojson',
    'https://example.org/photos/2024/05/leitai.jpg',
    'https://example.org/search?x=1&y=2',
    'https://example.org/sites.geojson?z=1&x=2&y=3abc',
    'ftp://example.org/12/1/2.png',
    'https://example.org/page#x=1&y=2&z=3',
  ])('leaves %s alone', (url) => expect(isTileUrl(url)).toBe(false));

  it('matches from the start of the URL, as Workbox requires for another origin', () => {
    const url = 'https://tile.openstreetmap.org/12/3214/1563.png';
    expect(TILE_URL_PATTERN.exec(url)?.index).toBe(0);
  });
});
