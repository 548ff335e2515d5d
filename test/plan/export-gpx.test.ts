import { gpx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/plan/escape-xml';
import { exportGpx } from '../../src/plan/export-gpx';
import { HOSTILE, trip, tripSites } from './hostile';
import { site } from './real-sites';

function parse(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => (level === 'warning' ? undefined : errors.push(msg)),
  }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return { doc, geojson: gpx(doc as never) };
}

describe('exportGpx', () => {
  it('writes a waypoint per stop and a route per day, in order, that a GPX reader reads back', () => {
    const text = exportGpx(trip, tripSites, { lang: 'en', title: 'Liangzhou' });
    const { doc, geojson } = parse(text);
    expect(doc.documentElement!.getAttribute('version')).toBe('1.1');
    expect(doc.documentElement!.namespaceURI).toBe('http://www.topografix.com/GPX/1/1');

    const points = geojson.features.filter((f) => f.geometry.type === 'Point');
    expect(points.map((f) => f.properties!.name)).toEqual([
      site('wuwei-confucian-temple').name.en,
      `Temple ${HOSTILE.replace('\u0007', '')}`,
      site('leitai-han-tomb').name.en,
      site('baita-temple').name.en,
      'Tiantishan Grottoes',
    ]);
    expect((points[4].geometry as Point).coordinates).toEqual([102.7403, 37.5656]);

    const routes = geojson.features.filter((f) => f.geometry.type === 'LineString');
    expect(routes).toHaveLength(2);
    expect(routes.map((r) => r.properties!._gpxType)).toEqual(['rte', 'rte']);
    expect(routes[0].properties!.name).toBe('第一天 · 古城');
    expect(routes[1].properties!.name).toBe(`Day 2 ${HOSTILE.replace('\u0007', '')}`);
    expect(routes[1].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [102.7406, 37.7653],
        [102.7403, 37.5656],
      ],
    });
  });

  it('names stops in Chinese by default and lets no markup through', () => {
    const text = exportGpx(trip, tripSites);
    const { doc } = parse(text);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    expect(doc.getElementsByTagName('b').length).toBe(0);
    expect(doc.getElementsByTagName('wpt')[0].getElementsByTagName('name')[0].textContent).toBe('武威文庙');
    expect(text).not.toContain('<script>');
  });

  it('writes an empty trip as a valid empty file', () => {
    const { geojson } = parse(exportGpx({ days: [] }, tripSites));
    expect(geojson.features).toEqual([]);
  });
});

describe('escapeXml', () => {
  it('escapes markup and whitespace, and drops what XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXml('x\ny\tz\r')).toBe('x&#10;y&#9;z&#13;');
    expect(escapeXml('bell\u0007 \uFFFF lone\uD800 pair\uD83D\uDE00')).toBe('bell  lone pair\uD83D\uDE00');
  });
});
