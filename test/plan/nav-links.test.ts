import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/model/itinerary';
import { navLinks } from '../../src/plan/nav-links';
import { HOSTILE, hostileSite } from './hostile';
import { site } from './real-sites';

const params = (url: string) => new URL(url).searchParams;
const gcjOf = (p: LonLat) => gcoord.transform<LonLat>([...p], gcoord.WGS84, gcoord.GCJ02);
const bdOf = (p: LonLat) => gcoord.transform<LonLat>([...p], gcoord.WGS84, gcoord.BD09);
/** Numbers in a "a,b" pair. */
const pair = (text: string) => text.split(',').slice(0, 2).map(Number);

const leitai = site('leitai-han-tomb');
const tianti = site('tiantishan-grottoes');
const fromLeitai = { coordinates: leitai.coordinates, name: leitai.name };

describe('navLinks: the route-planning URIs of each app', () => {
  it('AMap: uri.amap.com/navigation, from and to as GCJ-02 "lon,lat,name", mode, src', () => {
    const url = navLinks(tianti, { from: fromLeitai, mode: 'bus' }).amap;
    expect(url.startsWith('https://uri.amap.com/navigation?')).toBe(true);
    const p = params(url);
    expect([...p.keys()]).toEqual(['from', 'to', 'mode', 'src', 'coordinate', 'callnative']);
    const [fLon, fLat] = pair(p.get('from')!);
    const [tLon, tLat] = pair(p.get('to')!);
    expect(fLon).toBeCloseTo(gcjOf(leitai.coordinates)[0], 6);
    expect(fLat).toBeCloseTo(gcjOf(leitai.coordinates)[1], 6);
    expect(tLon).toBeCloseTo(gcjOf(tianti.coordinates)[0], 6);
    expect(tLat).toBeCloseTo(gcjOf(tianti.coordinates)[1], 6);
    expect(p.get('from')!.split(',')[2]).toBe(leitai.name.zh);
    expect(p.get('to')!.split(',')[2]).toBe(tianti.name.zh);
    expect(p.get('mode')).toBe('bus');
    expect(p.get('coordinate')).toBe('gaode');
    expect(p.get('src')).toBe('liangzhou-map');
  });

  it('Baidu: api.map.baidu.com/direction, BD-09 "latlng:lat,lng|name:…", mode, src webapp.company.app', () => {
    const url = navLinks(tianti, { from: fromLeitai, mode: 'walk', lang: 'en' }).baidu;
    expect(url.startsWith('https://api.map.baidu.com/direction?')).toBe(true);
    const p = params(url);
    const parse = (v: string) => /^latlng:([\d.]+),([\d.]+)\|name:(.*)$/.exec(v)!;
    const [, oLat, oLng, oName] = parse(p.get('origin')!);
    const [, dLat, dLng, dName] = parse(p.get('destination')!);
    expect(Number(oLat)).toBeCloseTo(bdOf(leitai.coordinates)[1], 6);
    expect(Number(oLng)).toBeCloseTo(bdOf(leitai.coordinates)[0], 6);
    expect(Number(dLat)).toBeCloseTo(bdOf(tianti.coordinates)[1], 6);
    expect(Number(dLng)).toBeCloseTo(bdOf(tianti.coordinates)[0], 6);
    expect(oName).toBe(leitai.name.en.replace(/,/g, '，'));
    expect(dName).toBe(tianti.name.en.replace(/,/g, '，'));
    expect(p.get('mode')).toBe('walking');
    expect(p.get('coord_type')).toBe('bd09ll');
    expect(p.get('output')).toBe('html');
    expect(p.get('src')).toBe('webapp.liangzhou.liangzhou-map');
    expect(navLinks(tianti, { companyName: 'Wuwei Tourism', appName: 'map.v2' }).baidu).toContain(
      'src=webapp.Wuwei-Tourism.map-v2',
    );
  });

  it('Tencent: apis.map.qq.com/uri/v1/routeplan, GCJ-02 "lat,lng" coords, names in from/to, type, referer', () => {
    const url = navLinks(tianti, { from: fromLeitai }).tencent;
    expect(url.startsWith('https://apis.map.qq.com/uri/v1/routeplan?')).toBe(true);
    const p = params(url);
    expect([...p.keys()]).toEqual(['type', 'from', 'fromcoord', 'to', 'tocoord', 'referer']);
    expect(p.get('type')).toBe('drive');
    const [fLat, fLng] = pair(p.get('fromcoord')!);
    const [tLat, tLng] = pair(p.get('tocoord')!);
    expect(fLat).toBeCloseTo(gcjOf(leitai.coordinates)[1], 6);
    expect(fLng).toBeCloseTo(gcjOf(leitai.coordinates)[0], 6);
    expect(tLat).toBeCloseTo(gcjOf(tianti.coordinates)[1], 6);
    expect(tLng).toBeCloseTo(gcjOf(tianti.coordinates)[0], 6);
    expect(p.get('from')).toBe(leitai.name.zh);
    expect(p.get('to')).toBe(tianti.name.zh);
    expect(p.get('referer')).toBe('liangzhou-map');
  });

  it('the datum shift is real here (hundreds of metres), and geo: stays WGS84', () => {
    const links = navLinks(tianti);
    const [lon, lat] = tianti.coordinates;
    expect(links.geo).toBe(`geo:${lat.toFixed(6)},${lon.toFixed(6)}`);
    const gcj = gcjOf(tianti.coordinates);
    const bd = bdOf(tianti.coordinates);
    expect(Math.abs(gcj[0] - lon) + Math.abs(gcj[1] - lat)).toBeGreaterThan(0.001);
    expect(Math.abs(bd[0] - gcj[0]) + Math.abs(bd[1] - gcj[1])).toBeGreaterThan(0.001);
  });

  it("maps each travel mode to the app's own word", () => {
    const modes = (['car', 'bus', 'walk'] as const).map((mode) => {
      const l = navLinks(tianti, { mode });
      return [params(l.amap).get('mode'), params(l.baidu).get('mode'), params(l.tencent).get('type')];
    });
    expect(modes).toEqual([
      ['car', 'driving', 'drive'],
      ['bus', 'transit', 'bus'],
      ['walk', 'walking', 'walk'],
    ]);
  });

  it("without an origin, leaves the start out: each app starts from the visitor's location", () => {
    const links = navLinks(tianti);
    expect(params(links.amap).has('from')).toBe(false);
    expect(params(links.baidu).has('origin')).toBe(false);
    expect(params(links.tencent).has('from')).toBe(false);
    expect(params(links.tencent).has('fromcoord')).toBe(false);
    expect(params(links.amap).get('to')).toContain(tianti.name.zh);
  });

  it("takes a plain-string origin name (the visitor's position) as it is", () => {
    const links = navLinks(tianti, { from: { coordinates: [102.64, 37.93], name: '我的位置' } });
    expect(params(links.amap).get('from')!.split(',')[2]).toBe('我的位置');
    expect(params(links.tencent).get('from')).toBe('我的位置');
  });

  it('keeps hostile names inside their value: no new parameter, field or markup', () => {
    const links = navLinks(hostileSite, {
      lang: 'en',
      appName: 'my app&x=1',
      from: { coordinates: [102.6, 37.9], name: `Inn ${HOSTILE}|latlng:0,0` },
    });
    for (const url of [links.amap, links.baidu, links.tencent]) {
      expect(url).not.toMatch(/[<>"'\s\\]/);
      expect(url.startsWith('https://')).toBe(true);
    }
    expect([...params(links.amap).keys()]).toEqual(['from', 'to', 'mode', 'src', 'coordinate', 'callnative']);
    expect([...params(links.baidu).keys()]).toEqual([
      'origin',
      'destination',
      'mode',
      'region',
      'coord_type',
      'output',
      'src',
    ]);
    expect(params(links.amap).get('src')).toBe('my app&x=1');
    // The name is one field of its value: AMap splits on ",", Baidu on "|" and ":".
    expect(params(links.amap).get('to')!.split(',')).toHaveLength(3);
    expect(params(links.amap).get('from')!.split(',')).toHaveLength(3);
    const origin = params(links.baidu).get('origin')!;
    expect(origin.split('|')).toHaveLength(2);
    expect(origin.split('|')[1].split(':')).toHaveLength(2);
    expect(origin).toMatch(/^latlng:[\d.]+,[\d.]+\|name:Inn /);
    expect(params(links.baidu).get('src')).toBe('webapp.liangzhou.my-app-x-1');
    // Tencent's names are whole parameters: kept, apart from line breaks.
    expect(params(links.tencent).get('to')).toContain('<script>x</script>');
    expect(params(links.tencent).get('to')).not.toMatch(/[\r\n]/);
  });

  it('does not mutate the site or the origin', () => {
    const from = { coordinates: [102.6, 37.9] as LonLat, name: { zh: '甲', en: 'A' } };
    const copy = structuredClone({ site: tianti, from });
    navLinks(tianti, { from, mode: 'walk' });
    expect({ site: tianti, from }).toEqual(copy);
  });
});
