// Pure: see embed-params.node.test.ts for where it runs.
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_DATA_ATTRIBUTES,
  eventMessage,
  postTargets,
  readFrameMessage,
  readHostMessage,
  requestIdOf,
  resultMessage,
} from '../../src/embed/bridge-protocol';

const host = (m: object) => ({ source: 'liangzhou-map-host', ...m });

describe('readHostMessage', () => {
  it('reads each command', () => {
    expect(readHostMessage(host({ command: 'showSite', id: 'baita-temple', requestId: 3 }))).toEqual(
      host({ command: 'showSite', id: 'baita-temple', requestId: 3 }),
    );
    expect(readHostMessage(host({ command: 'fitTo', id: 'district' }))).toEqual(
      host({ command: 'fitTo', id: 'district' }),
    );
    expect(readHostMessage(host({ command: 'setLayerVisible', id: 'theme:buddhist', visible: false }))).toEqual(
      host({ command: 'setLayerVisible', id: 'theme:buddhist', visible: false }),
    );
    expect(readHostMessage(host({ command: 'setAttribute', name: 'lang', value: 'en-US' }))).toEqual(
      host({ command: 'setAttribute', name: 'lang', value: 'en' }),
    );
    expect(readHostMessage(host({ command: 'setAttribute', name: 'site', value: null }))).toEqual(
      host({ command: 'setAttribute', name: 'site', value: null }),
    );
  });

  it('drops everything else', () => {
    const bad: unknown[] = [
      null,
      'showSite',
      [],
      { command: 'showSite', id: 'baita-temple' }, // no source
      { source: 'liangzhou-map', command: 'showSite', id: 'baita-temple' }, // the frame's own source
      host({ command: 'eval', id: 'x' }),
      host({ command: 'showSite', id: '<img src=x onerror=alert(1)>' }),
      host({ command: 'showSite', id: 'a'.repeat(65) }),
      host({ command: 'setLayerVisible', id: 'core', visible: 'yes' }),
      host({ command: 'setAttribute', name: 'onclick', value: 'alert(1)' }),
      host({ command: 'setAttribute', name: 'style', value: 'display:none' }),
      host({ command: 'setAttribute', name: 'src', value: 'javascript:alert(1)' }),
      host({ command: 'setAttribute', name: 'lang' }),
      host({ command: 'showSite', id: 'baita-temple', requestId: -1 }),
      host({ command: 'showSite', id: 'baita-temple', requestId: 1.5 }),
      host({ command: '__proto__', id: 'x' }),
    ];
    for (const m of bad) expect(readHostMessage(m), JSON.stringify(m)).toBeUndefined();
  });

  it('refuses src, tiles, the 天地图 key, the tiles datum and the 审图号 unless the deployment allows bridge data', () => {
    // Issue 11, repro 1: a framing page that allows itself must not point the map at the bureau's files.
    const valid: Record<string, string> = {
      src: '/open.json',
      tiles: 'https://t.example/{z}/{x}/{y}.png',
      'tianditu-key': '0123456789abcdef0123456789abcdef',
      'tiles-datum': 'gcj02',
      'map-review-number': '甘S（2024）012号',
    };
    expect([...BRIDGE_DATA_ATTRIBUTES].sort()).toEqual(Object.keys(valid).sort());
    for (const [name, value] of Object.entries(valid)) {
      const m = host({ command: 'setAttribute', name, value, requestId: 1 });
      expect(readHostMessage(m), name).toBeUndefined();
      expect(readHostMessage(m, { bridgeData: false }), name).toBeUndefined();
      expect(readHostMessage(m, { bridgeData: true }), name).toMatchObject({ command: 'setAttribute', name });
    }
  });

  it('finds the request id of a refused command, so it can be answered', () => {
    expect(requestIdOf(host({ command: 'eval', requestId: 7 }))).toBe(7);
    expect(requestIdOf({ command: 'eval', requestId: 7 })).toBeUndefined();
  });
});

describe('readFrameMessage', () => {
  it('reads events and results it knows', () => {
    expect(readFrameMessage(eventMessage('lz-site-select', { id: 'baita-temple' }))).toEqual({
      source: 'liangzhou-map',
      type: 'lz-site-select',
      detail: { id: 'baita-temple' },
    });
    expect(readFrameMessage(resultMessage(4, true))).toEqual({
      source: 'liangzhou-map',
      type: 'lz-bridge-result',
      detail: { requestId: 4, ok: true },
    });
  });

  it('drops others', () => {
    expect(readFrameMessage({ source: 'liangzhou-map', type: 'lz-unknown', detail: {} })).toBeUndefined();
    expect(readFrameMessage({ source: 'other', type: 'lz-ready', detail: { sites: 1 } })).toBeUndefined();
    expect(readFrameMessage({ source: 'liangzhou-map', type: 'lz-ready' })).toBeUndefined();
    expect(
      readFrameMessage({ source: 'liangzhou-map', type: 'lz-bridge-result', detail: { requestId: 'x', ok: true } }),
    ).toBeUndefined();
  });
});

describe('postTargets', () => {
  it('posts to the known parent origin only when it is allowed, and never to *', () => {
    expect(postTargets(['https://a.example', 'https://b.example'], 'https://b.example')).toEqual(['https://b.example']);
    expect(postTargets(['https://a.example'], 'https://evil.example')).toEqual([]);
    expect(postTargets(['https://a.example', 'https://b.example'], undefined)).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(postTargets([], undefined)).toEqual([]);
  });
});
