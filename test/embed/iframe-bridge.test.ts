/**
 * embed.html in an iframe, driven through the postMessage bridge with the page-side helper
 * (src/embed/parent-bridge.ts): URL parameters, a round trip of each command, and what is refused:
 * a page whose origin is not allowed, a message from another window, a command outside the list.
 * Cross-origin cases load the frame from http://localhost:<port> while this page is http://127.0.0.1:<port>.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { connectFrame, type LiangzhouFrame } from '../../src/embed/parent-bridge';
import { waitFor } from './helpers';

const OWN = location.origin;
const OTHER = `${location.protocol}//localhost:${location.port}`;

let frames: LiangzhouFrame[] = [];
afterEach(() => {
  for (const f of frames) f.destroy();
  frames = [];
  document.body.replaceChildren();
});

interface Heard {
  type: string;
  detail: unknown;
}

/** Adds the iframe and connects to it before it loads, so lz-ready is heard. */
function embed(
  query: Record<string, string>,
  origin = OWN,
): { iframe: HTMLIFrameElement; frame: LiangzhouFrame; heard: Heard[]; ready: Promise<unknown> } {
  const iframe = document.createElement('iframe');
  iframe.title = 'Liangzhou map';
  iframe.style.cssText = 'width: 640px; height: 480px; border: 0';
  iframe.src = `${origin}/embed.html?${new URLSearchParams(query)}`;
  document.body.append(iframe);
  const frame = connectFrame(iframe, { timeoutMs: 8000 });
  frames.push(frame);
  const heard: Heard[] = [];
  for (const type of ['lz-ready', 'lz-site-select', 'lz-layer-toggle', 'lz-view-change', 'lz-error'] as const) {
    frame.on(type, (detail) => heard.push({ type, detail }));
  }
  const ready = new Promise((resolve) => frame.on('lz-ready', resolve));
  return { iframe, frame, heard, ready };
}

const mapIn = (iframe: HTMLIFrameElement) => iframe.contentDocument!.querySelector<LiangzhouMap>('liangzhou-map')!;

describe('embed.html and its bridge, same origin (the default)', () => {
  it('takes the element options from its URL', async () => {
    const { iframe, ready } = embed({
      lang: 'en',
      layers: 'core,south,sites',
      site: 'baita-temple',
      zoom: '11',
      gestures: 'greedy',
      accent: '#0f766e',
      'zone-south': '#123456',
      junk: 'x',
      tiles: 'javascript:alert(1)',
    });
    await ready;
    const map = mapIn(iframe);
    expect(map.getAttribute('lang')).toBe('en');
    expect(map.getAttribute('layers')).toBe('core,south,sites');
    expect(map.getAttribute('site')).toBe('baita-temple');
    expect(map.getAttribute('zoom')).toBe('11');
    expect(map.getAttribute('gestures')).toBe('greedy');
    // A refused template reaches the element only as text it reads as no tiles, and names in a notice.
    expect(map.tiles).toBe('none');
    expect(map.shadowRoot!.querySelector('.leaflet-tile')).toBeNull();
    expect(map.style.getPropertyValue('--lz-color-accent')).toBe('#0f766e');
    expect(map.style.getPropertyValue('--lz-zone-south')).toBe('#123456');
    expect(iframe.contentDocument!.documentElement.lang).toBe('en');
    expect(map.shadowRoot!.querySelector('path.lz-zone-east')).toBeNull();
    expect(map.shadowRoot!.querySelector('.leaflet-popup lz-site-card')).not.toBeNull();
    // The map fills the frame.
    expect(map.getBoundingClientRect().height).toBe(480);
  });

  it('round trip: each command answers, and the events come back', async () => {
    const { iframe, frame, heard, ready } = embed({ lang: 'en' });
    expect(await ready).toEqual({ sites: 34 });

    expect(await frame.showSite('baita-temple')).toBe(true);
    await waitFor(() => heard.find((h) => h.type === 'lz-site-select'), 'lz-site-select');
    expect(heard.find((h) => h.type === 'lz-site-select')!.detail).toEqual({ id: 'baita-temple' });
    expect(await frame.showSite('no-such-site')).toBe(false);

    expect(await frame.setLayerVisible('south', false)).toBe(true);
    await waitFor(() => heard.find((h) => h.type === 'lz-layer-toggle'), 'lz-layer-toggle');
    expect(heard.find((h) => h.type === 'lz-layer-toggle')!.detail).toEqual({ id: 'south', visible: false });
    expect(mapIn(iframe).isLayerVisible('south')).toBe(false);

    const views = heard.filter((h) => h.type === 'lz-view-change').length;
    expect(await frame.fitTo('north')).toBe(true);
    await waitFor(() => heard.filter((h) => h.type === 'lz-view-change').length > views || null, 'lz-view-change');
    expect(await frame.fitTo('nowhere')).toBe(false);

    expect(await frame.setAttribute('lang', 'zh-CN')).toBe(true);
    expect(mapIn(iframe).getAttribute('lang')).toBe('zh-CN');
    // src and tiles are the deployment's to open to the bridge (trust-model.test.ts): refused here.
    expect(await frame.setAttribute('src', '/test/fixtures/bureau/unknown-zone.geojson')).toBe(false);
    expect(mapIn(iframe).hasAttribute('src')).toBe(false);
    expect(await frame.setAttribute('site', null)).toBe(true);
    expect(mapIn(iframe).hasAttribute('site')).toBe(false);
  });

  it('refuses attributes outside the list and values it cannot use, answering false', async () => {
    const { iframe, frame, ready } = embed({});
    await ready;
    expect(await frame.setAttribute('style' as never, 'display:none')).toBe(false);
    expect(await frame.setAttribute('onclick' as never, 'alert(1)')).toBe(false);
    expect(await frame.setAttribute('src', 'javascript:alert(1)')).toBe(false);
    expect(await frame.setAttribute('tiles', 'https://x.example/a.png')).toBe(false);
    const map = mapIn(iframe);
    expect(map.hasAttribute('style')).toBe(false);
    expect(map.hasAttribute('onclick')).toBe(false);
    expect(map.hasAttribute('src')).toBe(false);
  });

  it('posts only to the allowed origin, never to *', async () => {
    const targets: string[] = [];
    const original = window.postMessage;
    // The frame calls window.parent.postMessage: for a same-origin parent, that finds this own
    // property first. It records and does not deliver (a re-post would come from this window).
    (window as unknown as { postMessage: (m: unknown, o: string) => void }).postMessage = (
      _message: unknown,
      origin: string,
    ) => {
      targets.push(origin);
    };
    try {
      const { iframe } = embed({});
      await waitFor(
        () => iframe.contentDocument?.documentElement?.hasAttribute('data-ready') || null,
        'the map in the frame',
      );
      mapIn(iframe).showSite('haizang-temple');
      mapIn(iframe).fitTo('core');
      await waitFor(() => targets.length >= 3 || null, 'three posts');
      expect(new Set(targets)).toEqual(new Set([OWN]));
    } finally {
      // Window's operations are own properties of the window (it is the [Global]): put it back, not delete.
      window.postMessage = original;
    }
  });

  it('ignores a command posted by another window, even of an allowed origin', async () => {
    const { iframe, frame, heard, ready } = embed({});
    await ready;
    const sibling = document.createElement('iframe');
    document.body.append(sibling);
    // A function of the sibling's realm: the message's source is the sibling, not the parent.
    const postFromSibling = new (sibling.contentWindow as unknown as { Function: FunctionConstructor }).Function(
      'target',
      'message',
      'origin',
      'target.postMessage(message, origin)',
    ) as (t: Window, m: unknown, o: string) => void;
    postFromSibling(
      iframe.contentWindow!,
      { source: 'liangzhou-map-host', requestId: 99, command: 'showSite', id: 'baita-temple' },
      OWN,
    );
    // A sentinel: messages to a window are delivered in the order they were posted, so once the frame
    // answers this later command from the parent, it has handled (or dropped) the sibling's.
    expect(await frame.fitTo('nowhere')).toBe(false);
    expect(mapIn(iframe).hasAttribute('site')).toBe(false);
    expect(heard.filter((h) => h.type === 'lz-site-select')).toEqual([]);
  });
});

describe('embed.html and its bridge, across origins', () => {
  it('works from another origin named in `origins`', async () => {
    const { frame, heard, ready } = embed({ origins: OWN }, OTHER);
    expect(frame.origin).toBe(OTHER);
    expect(await ready).toEqual({ sites: 34 });
    expect(await frame.showSite('tiantishan-grottoes')).toBe(true);
    await waitFor(() => heard.find((h) => h.type === 'lz-site-select'), 'lz-site-select');
  });

  it('ignores a page whose origin is not allowed, and tells it nothing', async () => {
    // No `origins`: only the frame's own origin (localhost) may use the bridge; this page is 127.0.0.1.
    const { iframe, heard } = embed({}, OTHER);
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    const fast = connectFrame(iframe, { timeoutMs: 1500 });
    frames.push(fast);
    await expect(fast.showSite('baita-temple')).rejects.toThrow(/no answer to showSite/);
    expect(heard).toEqual([]); // not even lz-ready: events go to allowed origins only
  });

  it('ignores commands from this page when `origins` names another', async () => {
    const { iframe, heard } = embed({ origins: 'https://bureau.example' }, OTHER);
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    const fast = connectFrame(iframe, { timeoutMs: 1500 });
    frames.push(fast);
    await expect(fast.fitTo('district')).rejects.toThrow(/no answer/);
    expect(heard).toEqual([]);
  });
});
