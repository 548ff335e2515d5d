/** The pure checks at the element's doors (issue 11): tiles, notices, layers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTileTemplate, OSM_TEMPLATE } from '../../src/state/tile-template';
import { hostOfFile, NOTICE_MAX_CHARS, noticeText } from '../../src/state/notice-text';
import { MAX_UNKNOWN_NAMED, unknownLayerIds } from '../../src/state/unknown-layer-ids';
import { parseLayers } from '../../src/state/layer-visibility';
import { layerIds } from '../../src/search/layer-ids';

describe('checkTileTemplate', () => {
  it('accepts none, osm and https templates with known placeholders, {-y} included', () => {
    expect(checkTileTemplate('none')).toEqual({ template: undefined });
    expect(checkTileTemplate(undefined)).toEqual({ template: undefined });
    expect(checkTileTemplate(' osm ')).toEqual({ template: OSM_TEMPLATE });
    for (const t of [
      'https://{s}.tile.example/{z}/{x}/{y}{r}.png',
      'https://tms.example/{z}/{x}/{-y}.png',
      'http://127.0.0.1:8080/{z}/{x}/{y}.png',
    ])
      expect(checkTileTemplate(t)).toEqual({ template: t });
  });

  it('refuses, with a reason, unknown placeholders, http, odd characters and missing parts', () => {
    const reason = (v: string) => (checkTileTemplate(v) as { reason?: string }).reason;
    expect(reason('https://api.example/{z}/{x}/{y}.png?access_token={accessToken}')).toMatch(
      /placeholder the map cannot fill: \{accessToken\}/,
    );
    expect(reason('https://t.example/{z}/{x}/{y.png')).toMatch(/placeholder.*\{y\.png/);
    expect(reason('http://tiles.example/{z}/{x}/{y}.png')).toMatch(/https/);
    expect(reason('javascript:alert(1)//{z}{x}{y}')).toMatch(/https/);
    expect(reason('https://t.example/{z}/{x}/{y}.png"onerror="x')).toMatch(/quote/);
    expect(reason('https://t.example/{z}/{x}.png')).toMatch(/needs \{z\}, \{x\} and \{y\}/);
    expect(reason(`https://t.example/{z}/{x}/{y}/${'a'.repeat(3000)}`)).toMatch(/longer than/);
  });

  it('never throws, and accepts only what it can fill', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.anything()), (value) => {
        const r = checkTileTemplate(value);
        if ('template' in r && r.template !== undefined && r.template !== OSM_TEMPLATE) {
          expect(r.template.replace(/\{(s|z|x|y|r|-y)\}/g, '')).not.toMatch(/[{}]/);
        }
      }),
    );
  });
});

describe('noticeText', () => {
  it('caps a huge message at 300 characters, on one line, naming the host', () => {
    const text = noticeText(`数据错误: ${'x'.repeat(1_000_000)}\n<b>`, 'bureau.example');
    expect(text.endsWith(' (bureau.example)')).toBe(true);
    expect([...text.replace(' (bureau.example)', '')]).toHaveLength(NOTICE_MAX_CHARS);
    expect(text).not.toMatch(/\n/);
  });

  it('mends lone surrogates and leaves short text as it is', () => {
    expect(noticeText('寺\ud800', '')).toBe('寺\ufffd');
    expect(() => encodeURIComponent(noticeText('\udc00x', 'h'))).not.toThrow();
    expect(noticeText('short', 'a.example:8080')).toBe('short (a.example:8080)');
  });

  it('names the host of a URL, and none for a built-in file name', () => {
    expect(hostOfFile('https://bureau.example/a.geojson')).toBe('bureau.example');
    expect(hostOfFile('blob:https://bureau.example/1234')).toBe('bureau.example');
    expect(hostOfFile('sites.geojson')).toBe('');
  });

  it('never throws and never exceeds its cap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (message, host) => {
        const text = noticeText(message, host);
        expect([...text].length).toBeLessThanOrEqual(NOTICE_MAX_CHARS + 104);
        expect(() => encodeURIComponent(text)).not.toThrow();
      }),
    );
  });
});

describe('unknownLayerIds', () => {
  const known = ['core', 'axis', 'east', 'west', 'south', 'north', 'sites', 'category:temple'];
  it('names unknown ids, and asks for the default layers when nothing is known', () => {
    expect(unknownLayerIds(['sties'], known)).toEqual({ unknown: ['sties'], useDefault: true });
    expect(unknownLayerIds(['core', 'sties', '-category:temple'], known)).toEqual({
      unknown: ['sties'],
      useDefault: false,
    });
    expect(unknownLayerIds([], known)).toEqual({ unknown: [], useDefault: false });
  });

  it('reads 100,000 unknown ids from a link at once, naming the first 20 (it was quadratic: 88 s)', () => {
    // No timed assertion: before, this ran ~100 s and failed on the test's default 5 s timeout.
    const ids = Array.from({ length: 100_000 }, (_, i) => `x${i}`);
    const { unknown, useDefault } = unknownLayerIds(ids, known);
    expect(unknown).toEqual(ids.slice(0, MAX_UNKNOWN_NAMED));
    expect(useDefault).toBe(true);
    expect(parseLayers(ids.join(','))).toEqual(new Set(layerIds));
  });

  it('names each unknown id once, cut to 64 characters', () => {
    const long = `a${'b'.repeat(100)}`;
    expect(unknownLayerIds(['sties', 'sties', long, `${long}c`, 'core'], known)).toEqual({
      unknown: ['sties', long.slice(0, 64)],
      useDefault: false,
    });
  });
});
