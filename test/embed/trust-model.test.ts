/**
 * The trust model of embed.html (issue 11): the page runs on the bureau's origin, and its URL and its
 * parent are anyone's. Repro 1: a page that names itself in `origins` must not read the bureau's own
 * files through `setAttribute('src', …)` and the lz-error that comes back. Repro 2: a link must not
 * make the bureau's page show an attacker's sites. Both failed before this change (run on the old code
 * first: repro 1 got `ok: true` and an lz-error quoting the file's `type`; repro 2 drew the other
 * origin's site).
 * Cross-origin cases load the frame from http://localhost:<port> while this page is http://127.0.0.1:<port>.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { connectFrame, type LiangzhouFrame } from '../../src/embed/parent-bridge';
import { BUILT_IN_SITES, marker, notices, sitesDrawn, ownMarker } from './helpers';

const OWN = location.origin;
const OTHER = `${location.protocol}//localhost:${location.port}`;
const SECRET = 'internal-admin-token-5f3a9c';

let frames: LiangzhouFrame[] = [];
let stop: Array<() => void> = [];
afterEach(() => {
  for (const f of frames) f.destroy();
  for (const s of stop) s();
  frames = [];
  stop = [];
  document.body.replaceChildren();
});

/** Frames `url`, connects before it loads, and records every raw message the frame posts here. */
function frame(url: string) {
  const iframe = document.createElement('iframe');
  iframe.title = 'Liangzhou map';
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  iframe.src = url;
  const raw: unknown[] = [];
  const onMessage = (e: MessageEvent) => {
    if (e.source === iframe.contentWindow) raw.push(e.data);
  };
  window.addEventListener('message', onMessage);
  stop.push(() => window.removeEventListener('message', onMessage));
  document.body.append(iframe);
  const bridge = connectFrame(iframe, { timeoutMs: 8000 });
  frames.push(bridge);
  const errors: unknown[] = [];
  bridge.on('lz-error', (detail) => errors.push(detail));
  const ready = new Promise((resolve) => bridge.on('lz-ready', resolve));
  return { iframe, bridge, raw, errors, ready };
}

const mapIn = (iframe: HTMLIFrameElement) => iframe.contentDocument!.querySelector<LiangzhouMap>('liangzhou-map')!;

describe('repro 1: a framing page cannot read the bureau’s same-origin files', () => {
  it('refuses setAttribute src over the bridge by default, and nothing of the file comes back', async () => {
    // The framing page (this one, 127.0.0.1) allows itself in the URL, as any page can.
    const { bridge, raw, ready } = frame(`${OTHER}/embed.html?${new URLSearchParams({ origins: OWN })}`);
    await ready;
    expect(await bridge.setAttribute('src', '/test/fixtures/bureau/secret-type.json')).toBe(false);
    expect(await bridge.setAttribute('tiles', 'https://tiles.example/{z}/{x}/{y}.png')).toBe(false);
    // Another command after it answers, so everything the frame sent for the first has arrived.
    expect(await bridge.fitTo('core')).toBe(true);
    expect(JSON.stringify(raw)).not.toContain(SECRET);
    expect(raw.some((m) => (m as { type?: string }).type === 'lz-error')).toBe(false);
  });

  it('where the deployment allows bridge data, lz-error carries a category and the field, not the value', async () => {
    const { bridge, raw, errors, ready } = frame(
      `${OTHER}/test/embed/pages/embed-bridge-data.html?${new URLSearchParams({ origins: OWN })}`,
    );
    await ready;
    expect(await bridge.setAttribute('src', '/test/fixtures/bureau/secret-type.json')).toBe(true);
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(1);
    expect(errors[0]).toEqual({
      message: `${OTHER}/test/fixtures/bureau/secret-type.json, field type: invalid-data`,
      category: 'invalid-data',
      file: `${OTHER}/test/fixtures/bureau/secret-type.json`,
      field: 'type',
    });
    // A text body: no parser snippet; a missing path: no HTTP status.
    expect(await bridge.setAttribute('src', '/test/fixtures/bureau/html-instead-of-json.geojson')).toBe(true);
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(2);
    expect(errors[1]).toMatchObject({ category: 'not-json' });
    expect(JSON.stringify(raw)).not.toContain(SECRET);
    expect(JSON.stringify(raw)).not.toMatch(/doctype|Unexpected token|HTTP \d/i);
  });
});

describe('repro 2: a link cannot make the bureau’s page show another origin’s sites', () => {
  it('refuses src from an origin the deployment does not list: built-in sites stay, with a notice', async () => {
    // Reachable, valid, readable (CORS open), and on another origin: the attacker's file.
    const spoof = `${inject('hostileOrigin')}/spoof.geojson`;
    const { iframe, errors, ready } = frame(
      `${OWN}/embed.html?${new URLSearchParams({ 'src-mode': 'replace', src: spoof })}`,
    );
    await ready;
    const map = mapIn(iframe);
    // Either the refusal or the attacker's sites, whichever comes.
    await expect
      .poll(() => errors.length > 0 || ownMarker(map, 'bureau-visitor-centre') !== null, { timeout: 10_000 })
      .toBe(true);
    expect(sitesDrawn(map)).toBe(BUILT_IN_SITES);
    expect(marker(map, 'bureau-visitor-centre')).toBeNull();
    expect(errors[0]).toMatchObject({ category: 'not-allowed', file: spoof });
    await expect
      .poll(() => notices(map).join(' '), { timeout: 10_000 })
      .toMatch(/127\.0\.0\.1:\d+, which this page does not load data from/);
    expect(sitesDrawn(map)).toBe(BUILT_IN_SITES);
    expect(ownMarker(map, 'leitai-han-tomb')).not.toBeNull();
    // Refused before any request went out.
    const fetched = iframe.contentWindow!.performance.getEntriesByType('resource').map((r) => r.name);
    expect(fetched.filter((name) => name.startsWith(spoof))).toEqual([]);
  });

  it('still loads src from its own origin', async () => {
    const { iframe, errors, ready } = frame(
      `${OWN}/embed.html?${new URLSearchParams({ src: '/test/fixtures/bureau/valid.geojson' })}`,
    );
    await ready;
    await expect.poll(() => sitesDrawn(mapIn(iframe)), { timeout: 10_000 }).toBeGreaterThan(BUILT_IN_SITES);
    expect(errors).toEqual([]);
  });
});

describe('commands from an origin that is not allowed', () => {
  it('are not run and not answered, but warned about on the map’s side, naming the origin', async () => {
    const { iframe, bridge } = frame(`${OWN}/embed.html?${new URLSearchParams({ origins: 'https://bureau.example' })}`);
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    const warnings: string[] = [];
    const frameConsole = (iframe.contentWindow as unknown as { console: Console }).console;
    frameConsole.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const answer = bridge.showSite('baita-temple').then(
      () => 'answered',
      () => 'no answer',
    );
    await expect.poll(() => warnings.join('\n'), { timeout: 10_000 }).toMatch(`ignored a command from ${OWN}`);
    expect(mapIn(iframe).hasAttribute('site')).toBe(false);
    bridge.destroy();
    expect(await answer).toBe('no answer');
  });
});

describe('a tiles template in embed.html’s URL that the map cannot use (repro 3 in the iframe)', () => {
  it('is named in a notice and an lz-error the framing page hears, and the map works on', async () => {
    const tiles = 'https://api.example/{z}/{x}/{y}.png?access_token={accessToken}';
    const { iframe, bridge, errors, ready } = frame(`${OWN}/embed.html?${new URLSearchParams({ tiles, lang: 'en' })}`);
    await ready;
    const map = mapIn(iframe);
    // Before: refused in embed-params with a console line only; no notice, no lz-error.
    await expect
      .poll(() => notices(map).join(' '), { timeout: 10_000 })
      .toMatch(/Data problem: attribute tiles\. .*Detail: .*\{accessToken\}/);
    await expect
      .poll(() => errors, { timeout: 10_000 })
      .toEqual([{ message: 'tiles: invalid-attribute', category: 'invalid-attribute', file: 'tiles' }]);
    expect(map.shadowRoot!.querySelectorAll('.leaflet-tile').length).toBe(0);
    expect(sitesDrawn(map)).toBe(BUILT_IN_SITES);
    expect(await bridge.showSite('baita-temple')).toBe(true);
  });
});
