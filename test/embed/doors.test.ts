/**
 * The element's doors in the browser (issue 11): a `src` that never ends or never answers, and tile
 * templates with an unknown placeholder or a TMS row. The `src` bodies come from a second origin
 * (test/hostile-server.ts) that streams without Content-Length.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import '../../src/embed/index';
import { expectBuiltInLayers, mount, nextEvent, notices, root, waitFor } from './helpers';

afterEach(() => document.body.replaceChildren());
const hostile = inject('hostileOrigin');

describe('src: a streamed byte cap', () => {
  it('aborts an endless chunked body at 50 MB, says so, and keeps the map', async () => {
    const el = await mount();
    const error = nextEvent(el, 'lz-error', 30_000);
    el.setAttribute('src', `${hostile}/endless`);
    const { detail } = await error;
    expect(detail.file).toBe(`${hostile}/endless`);
    expect(detail.message).toMatch(/is far too large \(more than 52428800 bytes sent; at most 52428800\)/);
    expectBuiltInLayers(el);
    expect(notices(el).join(' ')).toMatch(/far too large/);
    // The server sees the connection close: the download stopped, not just the reading.
    await expect
      .poll(async () => (await (await fetch(`${hostile}/stats`)).json()).endlessOpen, { timeout: 10_000 })
      .toBe(0);
  });
});

describe('tiles', () => {
  it('a template with an unknown placeholder draws no tiles and the map still works (repro 3)', async () => {
    const el = await mount({ tiles: 'https://api.example/{z}/{x}/{y}.png?access_token={accessToken}' });
    expect(root(el).querySelectorAll('.leaflet-tile').length).toBe(0);
    expect(el.showSite('baita-temple')).toBe(true);
    expectBuiltInLayers(el);
  });

  it('a {-y} (TMS) template is drawn, its row counted from the south', async () => {
    const template = `${new URL('../fixtures/bureau/tile.png', import.meta.url).href}?z={z}&x={x}&y={-y}`;
    const el = await mount({ tiles: template });
    const tile = await waitFor(() => root(el).querySelector<HTMLImageElement>('.leaflet-tile-loaded'), 'a tile');
    const url = new URL(tile.src);
    const z = Number(url.searchParams.get('z'));
    expect(Number(url.searchParams.get('y'))).toBeGreaterThanOrEqual(0);
    expect(Number(url.searchParams.get('y'))).toBeLessThan(2 ** z);
    // Wuwei is north of the equator: in TMS rows its row is in the upper half.
    expect(Number(url.searchParams.get('y'))).toBeGreaterThanOrEqual(2 ** (z - 1));
  });
});
