import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { exportGeoJson } from '../../src/plan/export-geojson';
import { DEFAULT_START } from '../../src/plan/start-points';
import { HOSTILE, trip, tripSites } from './hostile';

describe('exportGeoJson', () => {
  it('writes the stops as points and each day as a line, in order', () => {
    const fc = JSON.parse(exportGeoJson(trip, tripSites, { lang: 'en' })) as FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    const stops = fc.features.filter((f) => f.properties!.kind === 'stop');
    expect(stops.map((f) => [f.properties!.day, f.properties!.order, f.properties!.id])).toEqual([
      [1, 1, 'wuwei-confucian-temple'],
      [1, 2, 'hostile-site'],
      [1, 3, 'leitai-han-tomb'],
      [2, 1, 'baita-temple'],
      [2, 2, 'tiantishan-grottoes'],
    ]);
    expect(stops[1].properties!.name).toBe(`Temple ${HOSTILE}`);
    expect(stops[0].geometry).toEqual({ type: 'Point', coordinates: [102.6422, 37.9242] });
    const lines = fc.features.filter((f) => f.properties!.kind === 'route');
    expect(lines.map((f) => f.geometry.type)).toEqual(['LineString', 'LineString']);
    expect(lines[1].properties).toEqual({ kind: 'route', day: 2, dayName: trip.days[1].name });
    expect(lines[1].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [102.7406, 37.7653],
        [102.7403, 37.5656],
      ],
    });
  });

  it('starts the lines at the start point when given, and skips lines with one point', () => {
    const one = { days: [{ name: 'a', siteIds: ['leitai-han-tomb'] }] };
    expect(JSON.parse(exportGeoJson(one, tripSites)).features).toHaveLength(1);
    const fc = JSON.parse(exportGeoJson(one, tripSites, { start: DEFAULT_START })) as FeatureCollection;
    expect(fc.features[1].geometry).toEqual({ type: 'LineString', coordinates: [DEFAULT_START, [102.6362, 37.9425]] });
  });

  it('does not share arrays with the sites it read', () => {
    const fc = JSON.parse(exportGeoJson(trip, tripSites));
    fc.features[0].geometry.coordinates[0] = 0;
    expect(tripSites[1].coordinates[0]).toBe(102.6422);
  });
});
