import { describe, expect, it } from 'vitest';
import { formatCenter, parseCenter } from '../../src/state/parse-center';
import { parseLayerList } from '../../src/state/parse-layer-list';
import { readUrlState, writeUrlState } from '../../src/state/url-state';

describe('parseLayerList', () => {
  it('splits, trims, lower-cases and drops repeats and junk', () => {
    expect(parseLayerList(' core, South ,core,,theme:buddhist,<script>,category:great-wall')).toEqual([
      'core',
      'south',
      'theme:buddhist',
      'category:great-wall',
    ]);
    expect(parseLayerList('')).toEqual([]);
    expect(parseLayerList(null)).toEqual([]);
  });
});

describe('parseCenter', () => {
  it('reads lat,lng and refuses anything else', () => {
    expect(parseCenter('37.93,102.64')).toEqual([37.93, 102.64]);
    expect(parseCenter(' 37.93 , 102.64 ')).toEqual([37.93, 102.64]);
    expect(parseCenter('102.64,137.93')).toBeUndefined();
    expect(parseCenter('37.93')).toBeUndefined();
    expect(parseCenter('a,b')).toBeUndefined();
    expect(formatCenter([37.123456789, 102.5])).toBe('37.12346,102.50000');
  });
});

describe('URL state', () => {
  it('round-trips every part and keeps foreign parameters', () => {
    const state = {
      lang: 'en' as const,
      layers: ['core', 'south', 'sites'],
      site: 'tiantishan-grottoes',
      center: [37.56, 102.74] as [number, number],
      zoom: 12.5,
      trip: 'abc',
    };
    const search = writeUrlState(state, '?utm_source=x&lang=zh-CN');
    expect(search).toContain('utm_source=x');
    expect(readUrlState(search)).toEqual(state);
  });

  it('keeps the site filter: only a zone, only a theme, 无主题 (back and forward re-read it)', () => {
    const layers = ['south', 'sites', '-area:core', '-area:east', '-area:west', '-area:north', '-theme:none'];
    const search = writeUrlState({ layers });
    expect(search).toBe(`?layers=${encodeURIComponent(layers.join(','))}`);
    expect(readUrlState(search).layers).toEqual(layers);
  });

  it('leaves defaults out of the URL', () => {
    expect(writeUrlState({ lang: 'zh-CN', layers: ['core', 'axis', 'east', 'west', 'south', 'north', 'sites'] })).toBe(
      '',
    );
  });

  it('opens one site from a plain link and ignores malformed parts', () => {
    expect(readUrlState('?site=tiantishan-grottoes')).toEqual({ site: 'tiantishan-grottoes' });
    expect(readUrlState('?site=<img>&zoom=banana&center=1')).toEqual({});
  });
});

describe('URL state: the axis corridor', () => {
  it('keeps the corridor width in whole km from 1 to 20, and leaves 0 or junk out', () => {
    expect(readUrlState('?corridor=5').corridor).toBe(5);
    expect(readUrlState('?corridor=7.6').corridor).toBe(8);
    expect(readUrlState('?corridor=99').corridor).toBe(20);
    for (const junk of ['0', '-3', 'abc', '']) expect(readUrlState(`?corridor=${junk}`).corridor).toBeUndefined();
    expect(writeUrlState({ corridor: 5 }, '?x=1')).toBe('?x=1&corridor=5');
    expect(writeUrlState({}, '?corridor=5')).toBe('');
  });
});

describe('URL state: the search text (`q`)', () => {
  it('round-trips any text, Chinese, spaces and URL syntax included, beside the other keys', () => {
    for (const query of ['雷台', 'leitai', 'bai ta', 'a&b=c#d?e', '100% 天梯山', '🏯 塔']) {
      const search = writeUrlState({ query, corridor: 5 }, '?utm_source=x');
      expect(search).toContain('utm_source=x');
      expect(readUrlState(search)).toEqual({ query, corridor: 5 });
    }
  });

  it('leaves blank text out, and drops a `q` the state no longer has', () => {
    expect(writeUrlState({ query: '' })).toBe('');
    expect(writeUrlState({ query: '   ' })).toBe('');
    expect(writeUrlState({}, '?q=%E9%9B%B7&x=1')).toBe('?x=1');
    for (const blank of ['', '%20%20', '%0A%09']) expect(readUrlState(`?q=${blank}`).query, blank).toBeUndefined();
  });

  it('reads hostile text as one short, well-formed line', () => {
    const long = '塔'.repeat(5000);
    expect(readUrlState(`?q=${encodeURIComponent(long)}`).query).toBe('塔'.repeat(100));
    expect(readUrlState('?q=a%0Ab%00c%E2%80%A8d').query).toBe('a b c d');
    // A lone surrogate cannot come through a URL's UTF-8, but a state object may hold one: writing must not throw.
    const search = writeUrlState({ query: 'x\uD800y' });
    expect(readUrlState(search).query).toBe('x\uFFFDy');
  });
});
