/**
 * "Near me" in the real browser, with navigator.geolocation replaced by a stub that answers as the
 * browser would (a fix, or an error code): the locate button, the position and its accuracy circle,
 * the list by distance, the trip's start, and a message for each problem, in three places: the old
 * city, 天梯山石窟 (the site's own coordinates from geo/) and Beijing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { t } from '../../src/i18n/t';
import { mountMap } from './mount-map';

const layout = parseLayout(builtInFiles);
const tianti = layout.sites.find((s) => s.id === 'tiantishan-grottoes')!;
const OLD_CITY = { lat: 37.928, lon: 102.64 };
const TIANTI = { lat: tianti.coordinates[1], lon: tianti.coordinates[0] };
const BEIJING = { lat: 39.9, lon: 116.4 };

type Answer = { lat: number; lon: number; accuracy?: number } | { code: 1 | 2 | 3 };

/** Replaces navigator.geolocation (an own property shadows the prototype's getter) until `restore`. */
function stubGeolocation(answer: Answer) {
  const watching = new Set<number>();
  const cleared: number[] = [];
  let next = 1;
  const geo: Pick<Geolocation, 'watchPosition' | 'clearWatch' | 'getCurrentPosition'> = {
    watchPosition(ok, fail) {
      const id = next++;
      watching.add(id);
      queueMicrotask(() => {
        if (!watching.has(id)) return;
        if ('code' in answer) fail?.({ code: answer.code, message: 'stub' } as GeolocationPositionError);
        else
          ok({
            coords: { latitude: answer.lat, longitude: answer.lon, accuracy: answer.accuracy ?? 40 },
            timestamp: Date.now(),
          } as GeolocationPosition);
      });
      return id;
    },
    clearWatch(id) {
      watching.delete(id);
      cleared.push(id);
    },
    getCurrentPosition() {},
  };
  Object.defineProperty(navigator, 'geolocation', { value: geo, configurable: true });
  return { watching, cleared };
}

const locateButton = (el: LiangzhouMap) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.locate')!;
const notices = (el: LiangzhouMap) =>
  [...el.shadowRoot!.querySelectorAll('.notice p')].map((n) => n.textContent?.trim() ?? '');

async function openTab(el: LiangzhouMap, id: string) {
  const panel = el.shadowRoot!.querySelector('lz-panel') as HTMLElement & { updateComplete: Promise<unknown> };
  panel.shadowRoot!.querySelector<HTMLElement>(`#tab-${id}`)!.click();
  await el.updateComplete;
  await panel.updateComplete;
}

afterEach(() => {
  document.body.replaceChildren();
  delete (navigator as unknown as Record<string, unknown>).geolocation;
});

describe('near me', () => {
  it('old city: a labelled button shows the position and its accuracy circle, and moves the map there', async () => {
    const geo = stubGeolocation({ ...OLD_CITY, accuracy: 60 });
    const views: Array<{ center: [number, number]; zoom: number }> = [];
    const el = await mountMap({}, { on: { 'lz-view-change': (e) => views.push(e.detail) } });
    const button = locateButton(el);
    expect(button.getAttribute('aria-label')).toBe(t('zh-CN', 'locate.button'));
    expect(button.getAttribute('aria-pressed')).toBe('false');
    // Keyboard: a real <button> in the tab order (Enter and Space press it, as for any button).
    button.focus();
    expect(el.shadowRoot!.activeElement).toBe(button);
    button.click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('path.lz-position-dot')).not.toBeNull());
    expect(el.shadowRoot!.querySelector('path.lz-position-accuracy')).not.toBeNull();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.getAttribute('aria-label')).toBe(t('zh-CN', 'locate.stop'));
    await vi.waitFor(() => expect(views.at(-1)?.zoom).toBeGreaterThanOrEqual(15));
    const view = views.at(-1)!;
    expect(view.zoom).toBeGreaterThanOrEqual(15);
    expect(Math.abs(view.center[0] - OLD_CITY.lat)).toBeLessThan(0.001);
    expect(Math.abs(view.center[1] - OLD_CITY.lon)).toBeLessThan(0.001);
    expect(notices(el)).toEqual([]);

    // The trip can start the day from here.
    await openTab(el, 'trip');
    await customElements.whenDefined('lz-trip-panel');
    const settings = await vi.waitFor(() => {
      const trip = el.shadowRoot!.querySelector('lz-trip-panel')!;
      const s = trip.shadowRoot?.querySelector('lz-trip-settings');
      expect(s?.shadowRoot?.querySelector('button.start-here')).toBeTruthy();
      return s!;
    });
    settings.shadowRoot!.querySelector<HTMLButtonElement>('button.start-here')!.click();
    await vi.waitFor(() =>
      expect(settings.shadowRoot!.textContent).toContain(
        t('zh-CN', 'trip.start.custom', { lon: OLD_CITY.lon.toFixed(4), lat: OLD_CITY.lat.toFixed(4) }),
      ),
    );

    // Pressed again: the position goes, and so does the watch.
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('path.lz-position-dot')).toBeNull();
    expect(geo.watching.size).toBe(0);
  });

  it('天梯山: the list sorts by distance from the visitor, and shows the nearest sites with their distance', async () => {
    stubGeolocation(TIANTI);
    const el = await mountMap();
    await openTab(el, 'list');
    const list = el.shadowRoot!.querySelector('lz-site-list')!;
    // No position yet: the list offers no "near me".
    expect(list.shadowRoot!.querySelector('input[name="near-sort"]')).toBeNull();
    locateButton(el).click();
    const sort = await vi.waitFor(() => {
      const box = list.shadowRoot!.querySelector<HTMLInputElement>('input[name="near-sort"]');
      expect(box).not.toBeNull();
      return box!;
    });
    sort.click();
    await list.updateComplete;
    const names = () =>
      [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')].map((i) => i.dataset.siteId);
    expect(names()[0]).toBe('tiantishan-grottoes');
    expect(names()).toHaveLength(layout.sites.length);
    const first = list.shadowRoot!.querySelector('[part~="item"] .distance')!.textContent!;
    expect(first).toBe(t('zh-CN', 'list.distance', { km: '0公里' }));

    list.shadowRoot!.querySelector<HTMLInputElement>('input[name="near-nearest"]')!.click();
    await list.updateComplete;
    expect(names()).toHaveLength(5);
    expect(names()[0]).toBe('tiantishan-grottoes');
    expect(list.shadowRoot!.querySelector<HTMLInputElement>('input[name="near-sort"]')!.checked).toBe(false);
  });

  it('Beijing: drawn where it is, the map stays on the district, and a message says how far it is', async () => {
    stubGeolocation(BEIJING);
    const views: unknown[] = [];
    const el = await mountMap({}, { on: { 'lz-view-change': (e) => views.push(e.detail) } });
    const before = views.length;
    locateButton(el).click();
    await vi.waitFor(() => expect(notices(el).length).toBe(1));
    expect(notices(el)[0]).toMatch(/^您距离凉州区约 [\d,]+公里/);
    expect(el.shadowRoot!.querySelector('path.lz-position-dot')).not.toBeNull();
    expect(views).toHaveLength(before);
  });

  it('denied permission: a message in the map language, and the control turns off', async () => {
    const geo = stubGeolocation({ code: 1 });
    const el = await mountMap({ lang: 'en' });
    locateButton(el).click();
    await vi.waitFor(() => expect(notices(el)).toEqual([t('en', 'locate.denied')]));
    await el.updateComplete;
    expect(locateButton(el).getAttribute('aria-pressed')).toBe('false');
    expect(geo.watching.size).toBe(0);
    expect(el.shadowRoot!.querySelector('path.lz-position-dot')).toBeNull();
  });

  it('no fix (unavailable, timed out): its own message', async () => {
    stubGeolocation({ code: 3 });
    const el = await mountMap();
    locateButton(el).click();
    await vi.waitFor(() => expect(notices(el)).toEqual([t('zh-CN', 'locate.unavailable')]));
  });

  it('clears its watch when the map leaves the page', async () => {
    const geo = stubGeolocation(OLD_CITY);
    const el = await mountMap();
    locateButton(el).click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('path.lz-position-dot')).not.toBeNull());
    expect(geo.watching.size).toBe(1);
    el.remove();
    expect(geo.watching.size).toBe(0);
  });
});
