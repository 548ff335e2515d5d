import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh t.ts each time: the setup file has loaded English into the shared one. */
async function freshT() {
  vi.resetModules();
  return import('../../src/i18n/t');
}

describe('English messages, loaded on demand', () => {
  beforeEach(() => vi.resetModules());

  it('zh-CN is there at once; English falls back to zh-CN until loadMessages has settled', async () => {
    const { t, loadMessages } = await freshT();
    expect(loadMessages('zh-CN')).toBeUndefined();
    expect(t('en', 'map.zoomIn')).toBe('放大');
    const loading = loadMessages('en');
    expect(loading).toBeInstanceOf(Promise);
    // Asked twice while loading: one load.
    expect(loadMessages('en')).toBe(loading);
    await loading;
    expect(t('en', 'map.zoomIn')).toBe('Zoom in');
    expect(t('zh-CN', 'map.zoomIn')).toBe('放大');
    // Once here, callers stay synchronous.
    expect(loadMessages('en')).toBeUndefined();
  });

  it('fills parameters in either language', async () => {
    const { t, loadMessages } = await freshT();
    await loadMessages('en');
    expect(t('en', 'map.unknownSite', { id: 'x1' })).toContain('x1');
    expect(t('zh-CN', 'map.unknownSite', { id: 'x1' })).toBe('找不到景点“x1”。');
  });
});
