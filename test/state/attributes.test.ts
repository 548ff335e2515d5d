import { describe, expect, it } from 'vitest';
import {
  centerConverter,
  formatControls,
  gesturesConverter,
  isDataUrl,
  isSiteId,
  langConverter,
  parseControls,
  queryConverter,
  QUERY_MAX_CHARS,
  srcModeConverter,
  tilesConverter,
  toQuery,
  toTiles,
  toZoom,
  zoomConverter,
  ZOOM_RANGE,
} from '../../src/state/attributes';

const from = <T>(c: { fromAttribute?: (v: string | null, t?: unknown) => T }, v: string | null) => c.fromAttribute!(v);
const to = <T>(c: { toAttribute?: (v: T, t?: unknown) => unknown }, v: T) => c.toAttribute!(v);

describe('site id', () => {
  it('accepts lower-case ids of letters, digits and hyphens up to 64 characters', () => {
    for (const id of ['leitai-han-tomb', 'a', '0-9', 'a'.repeat(64)]) expect(isSiteId(id), id).toBe(true);
    for (const id of ['', '-a', 'A', 'a b', 'a_b', 'a'.repeat(65), '<x>', 5])
      expect(isSiteId(id), String(id)).toBe(false);
  });
});

describe('zoom', () => {
  it('clamps to the map range and snaps to its step (golden)', () => {
    const cases: Array<[unknown, number | undefined]> = [
      ['11', 11],
      ['11.3', 11.25],
      ['11.4', 11.5],
      ['3', ZOOM_RANGE.min],
      ['30', ZOOM_RANGE.max],
      [' 12 ', 12],
      ['', undefined],
      ['abc', undefined],
      [null, undefined],
      ['Infinity', undefined],
    ];
    for (const [input, out] of cases) expect(toZoom(input), String(input)).toBe(out);
    expect(from(zoomConverter, '9.1')).toBe(9);
    expect(to(zoomConverter, 9)).toBe('9');
    expect(to(zoomConverter, undefined)).toBeNull();
  });
});

describe('center', () => {
  it('reads lat,lng in range and writes five decimals', () => {
    expect(from(centerConverter, '37.93, 102.64')).toEqual([37.93, 102.64]);
    expect(from(centerConverter, '102.64,137.93')).toBeUndefined();
    expect(from(centerConverter, null)).toBeUndefined();
    expect(to(centerConverter, [37.123456, 102.5])).toBe('37.12346,102.50000');
    // Found by attributes.property.test.ts: `-0.00000` read back as -0 was written `0.00000`.
    expect(to(centerConverter, from(centerConverter, '0, -5e-324'))).toBe('0.00000,0.00000');
  });
});

describe('controls', () => {
  it('reads known panels in panel order; none for none; unset for all (golden)', () => {
    const cases: Array<[string | null, string[]]> = [
      [null, ['layers', 'list', 'trip', 'analysis', 'lang']],
      ['none', []],
      [' none ', []],
      ['lang, LIST,bogus,list', ['list', 'lang']],
      ['', []],
    ];
    for (const [input, out] of cases) expect(parseControls(input), String(input)).toEqual(out);
    expect(formatControls(['lang', 'list'])).toBe('list,lang');
    expect(formatControls([])).toBe('none');
  });
});

describe('lang, gestures, src-mode', () => {
  it('read a known value or fall back to the default', () => {
    expect(from(langConverter, 'en-GB')).toBe('en');
    expect(from(langConverter, 'fr')).toBe('zh-CN');
    expect(from(langConverter, null)).toBe('zh-CN');
    expect(from(gesturesConverter, 'Greedy')).toBe('greedy');
    expect(from(gesturesConverter, 'wild')).toBe('cooperative');
    expect(from(srcModeConverter, 'replace')).toBe('replace');
    expect(from(srcModeConverter, 'merge')).toBe('extend');
  });
});

describe('tiles', () => {
  it('accepts none, osm and http(s) templates with z, x and y only (golden)', () => {
    const cases: Array<[unknown, string | undefined]> = [
      ['', 'none'],
      [' none ', 'none'],
      ['osm', 'osm'],
      ['https://t.example/{z}/{x}/{y}.png', 'https://t.example/{z}/{x}/{y}.png'],
      ['https://t.example/{z}/{x}.png', undefined],
      ['javascript:alert(1)//{z}{x}{y}', undefined],
      ['https://t.example/{z}/{x}/{y}" onerror="x', undefined],
      [`https://t.example/${'a'.repeat(2048)}/{z}/{x}/{y}`, undefined],
      [42, undefined],
    ];
    for (const [input, out] of cases) expect(toTiles(input), String(input).slice(0, 40)).toBe(out);
    expect(from(tilesConverter, 'ftp://x/{z}/{x}/{y}')).toBe('none');
  });
});

describe('src', () => {
  it('accepts http(s) and relative URLs only', () => {
    for (const url of ['/data/a.geojson', 'a.geojson', 'https://x.example/a.json', 'HTTP://x.example/a'])
      expect(isDataUrl(url), url).toBe(true);
    for (const url of [
      '',
      'javascript:alert(1)',
      'data:,{}',
      'file:///etc/passwd',
      'a b',
      `/${'a'.repeat(2048)}`,
      '\\\\',
      '//',
      'http://',
    ])
      // the last three resolve to no host
      expect(isDataUrl(url), url.slice(0, 30)).toBe(false);
  });
});

describe('query', () => {
  it('keeps text as typed (spaces included), one line, at most QUERY_MAX_CHARS characters', () => {
    expect(from(queryConverter, '雷台 ')).toBe('雷台 ');
    expect(from(queryConverter, null)).toBe('');
    expect(toQuery(42)).toBe('');
    expect(toQuery('a\r\nb\u0085c')).toBe('a  b c');
    // Characters, not code units: 101 astral characters keep 100 whole ones, no half pair.
    const astral = toQuery('🏯'.repeat(QUERY_MAX_CHARS + 1));
    expect([...astral]).toHaveLength(QUERY_MAX_CHARS);
    expect(astral).toBe('🏯'.repeat(QUERY_MAX_CHARS));
    expect(toQuery('\uDC00塔')).toBe('\uFFFD塔');
    expect(toQuery('x'.repeat(1_000_000))).toHaveLength(QUERY_MAX_CHARS);
  });

  it('writes no attribute for no search', () => {
    expect(to(queryConverter, '')).toBeNull();
    expect(to(queryConverter, '塔')).toBe('塔');
  });
});
