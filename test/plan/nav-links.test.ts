import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { navLinks } from '../../src/plan/nav-links';
import { hostileSite } from './hostile';
import { site } from './real-sites';

const params = (url: string) => new URL(url).searchParams;

describe('navLinks', () => {
  for (const [id, wgs] of [
    ['leitai-han-tomb', [102.6362, 37.9425]],
    ['tiantishan-grottoes', [102.7403, 37.5656]],
  ] as const) {
    it(`gives each app ${id} in its own datum`, () => {
      const s = site(id);
      expect(s.coordinates).toEqual(wgs);
      const gcj = gcoord.transform([...wgs], gcoord.WGS84, gcoord.GCJ02);
      const bd = gcoord.transform([...wgs], gcoord.WGS84, gcoord.BD09);
      const links = navLinks(s);

      const [aLon, aLat] = params(links.amap).get('position')!.split(',').map(Number);
      expect(aLon).toBeCloseTo(gcj[0], 6);
      expect(aLat).toBeCloseTo(gcj[1], 6);
      expect(params(links.amap).get('coordinate')).toBe('gaode');
      expect(params(links.amap).get('name')).toBe(s.name.zh);

      const [bLat, bLon] = params(links.baidu).get('location')!.split(',').map(Number);
      expect(bLat).toBeCloseTo(bd[1], 6);
      expect(bLon).toBeCloseTo(bd[0], 6);
      expect(params(links.baidu).get('coord_type')).toBe('bd09ll');
      expect(params(links.baidu).get('output')).toBe('html');
      expect(params(links.baidu).get('title')).toBe(s.name.zh);

      const marker = params(links.tencent).get('marker')!;
      const [, tLat, tLon] = /^coord:([\d.]+),([\d.]+);title:/.exec(marker)!.map(Number);
      expect(tLat).toBeCloseTo(gcj[1], 6);
      expect(tLon).toBeCloseTo(gcj[0], 6);
      expect(params(links.tencent).get('referer')).toBe('liangzhou-map');

      expect(links.geo).toBe(`geo:${wgs[1].toFixed(6)},${wgs[0].toFixed(6)}`);
      // The shift is real here: a few hundred metres, so the conversion matters.
      expect(Math.abs(gcj[0] - wgs[0]) + Math.abs(gcj[1] - wgs[1])).toBeGreaterThan(0.001);
    });
  }

  it('URL-encodes names, in the chosen language, so a name cannot add parameters', () => {
    const links = navLinks(hostileSite, { lang: 'en', appName: 'my app' });
    for (const url of [links.amap, links.baidu, links.tencent]) {
      expect(url).not.toMatch(/[<>"'\s\\]/);
      expect(url.startsWith('https://')).toBe(true);
    }
    expect(params(links.amap).get('name')).toBe(hostileSite.name.en);
    expect([...params(links.amap).keys()]).toEqual(['position', 'name', 'src', 'coordinate', 'callnative']);
    expect(params(links.amap).get('src')).toBe('my app');
    const marker = params(links.tencent).get('marker')!;
    // Tencent splits `marker` on ; and : after decoding, so the name's own become full-width.
    expect(marker.split(';')).toHaveLength(2);
    expect(marker).toContain('；');
  });
});
