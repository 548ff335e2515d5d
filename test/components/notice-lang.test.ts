/**
 * The map's own notices (an unknown site or layer asked for, an invalid trip, no geolocation) are written in
 * the language of the moment: a visitor who switches language while one is shown reads it in the new one,
 * as the rest of the interface. Before, each was written once, in the language it was raised in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { t } from '../../src/i18n/t';
import { root, waitFor } from '../embed/helpers';
import { mountMap } from './mount-map';

/** The notices' texts (the paragraph, without the × button's). */
const notices = (el: LiangzhouMap) =>
  [...root(el).querySelectorAll('[part="notice"] p')].map((p) => p.textContent!.trim()).sort();

afterEach(() => document.body.replaceChildren());

describe("the map's notices", () => {
  it('follow a switch of lang while they are shown, and each stays one notice', async () => {
    const el = await mountMap({ lang: 'zh-CN', site: 'no-such-site', layers: 'core,no-such-layer' });
    el.itinerary = { days: 'not a list' } as never;
    const expected = (lang: 'zh-CN' | 'en') =>
      [
        t(lang, 'map.unknownSite', { id: 'no-such-site' }),
        t(lang, 'map.unknownLayers', { ids: 'no-such-layer' }),
        t(lang, 'trip.invalid'),
      ].sort();
    await waitFor(() => notices(el).length === 3, 'three notices');
    expect(notices(el)).toEqual(expected('zh-CN'));
    el.setAttribute('lang', 'en');
    await expect.poll(() => notices(el)).toEqual(expected('en'));
    // The same problem raised again in English: still one notice (the key: notices-controller.test.ts).
    el.itinerary = { days: 'still not a list' } as never;
    await el.updateComplete;
    expect(notices(el)).toEqual(expected('en'));
    el.setAttribute('lang', 'zh-CN');
    await expect.poll(() => notices(el)).toEqual(expected('zh-CN'));
  });

  it('say "no geolocation" in the language of the moment', async () => {
    const el = await mountMap({ lang: 'en' });
    // A browser without geolocation: an own property over the prototype's getter, deleted after.
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: undefined });
    try {
      root(el).querySelector<HTMLButtonElement>('button.locate')!.click();
    } finally {
      delete (navigator as { geolocation?: unknown }).geolocation;
    }
    expect(navigator.geolocation).toBeDefined();
    await waitFor(() => notices(el).length === 1, 'the notice');
    expect(notices(el)).toEqual([t('en', 'locate.unsupported')]);
    el.setAttribute('lang', 'zh-CN');
    await expect.poll(() => notices(el)).toEqual([t('zh-CN', 'locate.unsupported')]);
  });
});
