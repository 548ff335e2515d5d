/**
 * The lite build's data (issue 11, repro 12): a `?geo=` that cannot be a folder, or a host that fails,
 * gives files the element rejects with an lz-error naming the URL; nothing throws at module top level.
 */
import { describe, expect, it } from 'vitest';
import { GeoDataError } from '../../src/data/geo-data-error';
import { readBuiltInLayout } from '../../src/data/read-built-in-layout';
import { dataBase } from '../../src/embed/data-base';
import { BUILT_IN_NAMES, loadBuiltInFiles } from '../../src/embed/load-built-in-files';

describe('loadBuiltInFiles', () => {
  it('turns ?geo=javascript:… into an error in every file, which the layout check reports', async () => {
    expect(() => dataBase('https://cdn.example/lz/liangzhou-map.lite.js?geo=javascript:alert(1)')).toThrow(TypeError);
    let fetched = 0;
    const files = await loadBuiltInFiles('https://cdn.example/lz/liangzhou-map.lite.js?geo=javascript:alert(1)', {
      fetch: (() => {
        fetched++;
        return Promise.reject(new Error('no'));
      }) as typeof fetch,
    });
    expect(fetched).toBe(0);
    for (const name of BUILT_IN_NAMES) expect(JSON.parse(files[name]).type).toMatch(/not an http\(s\) folder/);
    expect(() => readBuiltInLayout(files)).toThrow(GeoDataError);
  });

  it('names the URL of a file that fails or is an HTML page', async () => {
    const files = await loadBuiltInFiles('https://cdn.example/lz/liangzhou-map.lite.js', {
      fetch: ((url: string) =>
        Promise.resolve(
          url.endsWith('sites.geojson') ? new Response('<!doctype html>') : new Response('', { status: 404 }),
        )) as unknown as typeof fetch,
    });
    expect(JSON.parse(files['sites.geojson']).type).toBe(
      'could not be fetched from https://cdn.example/lz/geo/sites.geojson (got an HTML page, not GeoJSON)',
    );
    expect(JSON.parse(files['core.geojson']).type).toMatch(/core\.geojson \(could not be fetched \(HTTP 404\)\)/);
  });
});
