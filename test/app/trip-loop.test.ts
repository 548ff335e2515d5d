/**
 * The trip a visitor receives and the doors a trip comes in by (issue 9 items 4 and 10, issue 11
 * items 6, 10 and 11): a `?trip=` link opens in the Trip tab and is saved, or asks before replacing
 * the visitor's own trip; a garbage `itinerary` is an lz-error and an empty trip; storage that will
 * not keep the trip says so once; the first date is checked; a site added from a popup says where
 * it went.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindTrip } from '../../src/app/bind-trip';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { TRIP_STORAGE_KEY } from '../../src/plan/itinerary-storage';
import { tripShareUrl } from '../../src/plan/trip-share-url';
import { mountMap } from '../components/mount-map';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const start = location.pathname;

function memoryStorage(overrides: Partial<Storage> = {}): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
    ...overrides,
  };
}

const stored = (s: { data: Map<string, string> }) => JSON.parse(s.data.get(TRIP_STORAGE_KEY) ?? 'null');
const own = { days: [{ name: '我的', siteIds: ['haizang-temple', 'baita-temple'] }] };
const theirs = { days: [{ name: 'A', siteIds: ['tiantishan-grottoes'] }] };

/** The page as index.html binds it: the trip bound once the map is drawn. */
async function openPage(storage: Parameters<typeof bindTrip>[1]) {
  let unbind = () => {};
  const el = await mountMap({}, { on: { 'lz-ready': (e) => (unbind = bindTrip(e.target as LiangzhouMap, storage)) } });
  await el.updateComplete;
  return { el, unbind: () => unbind() };
}

async function tripPanel(el: LiangzhouMap) {
  await customElements.whenDefined('lz-trip-panel');
  await el.updateComplete;
  const trip = el.shadowRoot!.querySelector('lz-trip-panel') as Lit;
  await trip.updateComplete;
  return trip;
}

const activeTab = (el: LiangzhouMap) => (el.shadowRoot!.querySelector('lz-panel') as Lit & { active: string }).active;

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', start);
  vi.restoreAllMocks();
});

describe('a trip received in a link', () => {
  it('opens in the Trip tab and is saved, so a reload does not bring back an older trip', async () => {
    const storage = memoryStorage();
    history.replaceState(null, '', `${start}?${new URL(tripShareUrl(location.href, theirs)).searchParams}`);
    const first = await openPage(storage);
    await vi.waitFor(() => expect(stored(storage)?.days).toEqual(theirs.days));
    expect(first.el.itinerary.days).toEqual(theirs.days);
    expect(activeTab(first.el)).toBe('trip');
    expect(new URLSearchParams(location.search).has('trip')).toBe(false);
    first.unbind();
    document.body.replaceChildren();
    const reload = await openPage(storage);
    expect(reload.el.itinerary.days).toEqual(theirs.days);
    reload.unbind();
  });

  it('asks before replacing the visitor’s own trip; edits meanwhile do not overwrite it; "keep mine" persists', async () => {
    const storage = memoryStorage();
    storage.setItem(TRIP_STORAGE_KEY, JSON.stringify({ v: 2, ...own }));
    history.replaceState(null, '', `${start}?${new URL(tripShareUrl(location.href, theirs)).searchParams}`);
    const { el, unbind } = await openPage(storage);
    expect(el.itinerary.days).toEqual(theirs.days);
    expect(activeTab(el)).toBe('trip');
    const trip = await tripPanel(el);
    const choice = trip.shadowRoot!.querySelector<HTMLElement>('.choice')!;
    expect(choice.getAttribute('role')).toBe('group');
    expect(choice.textContent).toContain('1天，1个景点');
    expect(choice.textContent).toContain('1天，2个景点');
    // An edit while the question is open changes what is shown, not what is stored.
    el.showSite('baita-temple');
    const card = [...el.shadowRoot!.querySelectorAll('.leaflet-popup lz-site-card')].at(-1) as Lit;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="trip"]')!.click();
    await el.updateComplete;
    expect(el.itinerary.days[0].siteIds).toEqual(['tiantishan-grottoes', 'baita-temple']);
    expect(stored(storage).days).toEqual(own.days);
    // Still unanswered: a reload would ask again.
    expect(new URLSearchParams(location.search).has('trip')).toBe(true);

    const changed = new Promise<CustomEvent>((r) =>
      el.addEventListener('lz-itinerary-change', r as never, { once: true }),
    );
    choice.querySelector<HTMLButtonElement>('button.keep')!.click();
    expect((await changed).detail.days).toEqual(own.days);
    await vi.waitFor(() => expect(new URLSearchParams(location.search).has('trip')).toBe(false));
    expect(el.itinerary.days).toEqual(own.days);
    expect(stored(storage).days).toEqual(own.days);
    await trip.updateComplete;
    expect(trip.shadowRoot!.querySelector('.choice')).toBeNull();
    unbind();
  });

  it('"replace mine" keeps the received trip, with the edits made before answering', async () => {
    const storage = memoryStorage();
    storage.setItem(TRIP_STORAGE_KEY, JSON.stringify({ v: 2, ...own }));
    history.replaceState(null, '', `${start}?${new URL(tripShareUrl(location.href, theirs)).searchParams}`);
    const { el, unbind } = await openPage(storage);
    const trip = await tripPanel(el);
    el.itinerary = { days: [{ name: 'A', siteIds: ['tiantishan-grottoes', 'leitai-han-tomb'] }] };
    await trip.updateComplete;
    trip.shadowRoot!.querySelector<HTMLButtonElement>('.choice button.take')!.click();
    await vi.waitFor(() => expect(stored(storage).days[0].siteIds).toEqual(['tiantishan-grottoes', 'leitai-han-tomb']));
    expect(new URLSearchParams(location.search).has('trip')).toBe(false);
    // From now on every edit is saved again.
    el.showSite('baita-temple');
    const card = [...el.shadowRoot!.querySelectorAll('.leaflet-popup lz-site-card')].at(-1) as Lit;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="trip"]')!.click();
    expect(stored(storage).days[0].siteIds).toContain('baita-temple');
    unbind();
  });

  it('does not ask when the stored trip is the same', async () => {
    const storage = memoryStorage();
    storage.setItem(TRIP_STORAGE_KEY, JSON.stringify({ v: 2, ...theirs }));
    history.replaceState(null, '', `${start}?${new URL(tripShareUrl(location.href, theirs)).searchParams}`);
    const { el, unbind } = await openPage(storage);
    const trip = await tripPanel(el);
    expect(trip.shadowRoot!.querySelector('.choice')).toBeNull();
    await vi.waitFor(() => expect(new URLSearchParams(location.search).has('trip')).toBe(false));
    unbind();
  });
});

describe('storage that will not keep the trip', () => {
  const notices = (el: LiangzhouMap) =>
    [...el.shadowRoot!.querySelectorAll('[part~="notice"]')].map((n) => n.textContent!);

  it('says once when reading localStorage throws (blocked storage)', async () => {
    const { el, unbind } = await openPage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    el.itinerary = theirs;
    await el.updateComplete;
    expect(notices(el).filter((t) => t.includes('不允许保存'))).toHaveLength(1);
    unbind();
  });

  it('says once when the quota is full, however many edits follow', async () => {
    const storage = memoryStorage({
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const { el, unbind } = await openPage(storage);
    for (const id of ['haizang-temple', 'baita-temple', 'leitai-han-tomb']) {
      el.showSite(id);
      const card = [...el.shadowRoot!.querySelectorAll('.leaflet-popup lz-site-card')].at(-1) as Lit;
      await card.updateComplete;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="trip"]')!.click();
    }
    await el.updateComplete;
    expect(el.itinerary.days[0].siteIds).toHaveLength(3);
    const full = notices(el).filter((t) => t.includes('存储已满'));
    expect(full).toHaveLength(1);
    unbind();
  });
});

describe('the itinerary property as a door', () => {
  for (const [label, value] of [
    ['null', null],
    ['a number', 42],
    ['days that are not an array', { days: 'x' }],
  ] as const) {
    it(`takes ${label} as an lz-error and an empty trip; showSite and the language switch still work`, async () => {
      const errors: CustomEvent[] = [];
      const el = await mountMap({}, { on: { 'lz-error': (e) => errors.push(e) } });
      el.itinerary = { days: [{ name: '', siteIds: ['leitai-han-tomb'] }] };
      expect(() => (el.itinerary = value as never)).not.toThrow();
      expect(errors).toHaveLength(1);
      expect(errors[0].detail.file).toBe('itinerary');
      expect(el.itinerary).toEqual({ days: [] });
      await el.updateComplete;
      expect(el.showSite('leitai-han-tomb')).toBe(true);
      const notice = () => el.shadowRoot!.querySelector('[part~="notice"]')!.textContent;
      expect(notice()).toContain('行程数据无效');
      el.lang = 'en';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.map')!.getAttribute('aria-label')).toContain('Liangzhou');
      // The notice follows the switch, as the rest of the interface (notice-lang.test.ts).
      expect(notice()).toContain('The trip data was not valid');
    });
  }

  it('caps 2,000 days at the codec’s 14 days × 40 stops, and says so', async () => {
    const errors: CustomEvent[] = [];
    const el = await mountMap({}, { on: { 'lz-error': (e) => errors.push(e) } });
    const ids = Array.from({ length: 100 }, (_, i) => `s-${i}`);
    el.itinerary = { days: Array.from({ length: 2000 }, () => ({ name: 'x', siteIds: ids })) };
    expect(el.itinerary.days).toHaveLength(14);
    expect(el.itinerary.days.every((d) => d.siteIds.length === 40)).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0].detail.message).toMatch(/too-many-days/);
    await el.updateComplete;
  });
});

describe('the first date of the trip', () => {
  it('refuses 10000-01-01 with a message instead of an uncaught RangeError', async () => {
    const el = await mountMap();
    el.itinerary = { days: [{ name: '', siteIds: ['leitai-han-tomb'] }] };
    (el.shadowRoot!.querySelector('lz-panel') as Lit).shadowRoot!.querySelector<HTMLElement>('#tab-trip')!.click();
    const trip = await tripPanel(el);
    const settings = trip.shadowRoot!.querySelector('lz-trip-settings') as Lit;
    await settings.updateComplete;
    const date = settings.shadowRoot!.querySelector<HTMLInputElement>('input.start-date')!;
    expect(date.max).toBe('9999-12-31');
    const changes: Event[] = [];
    el.addEventListener('lz-itinerary-change', (e) => changes.push(e));
    date.value = '10000-01-01';
    date.dispatchEvent(new Event('change'));
    await settings.updateComplete;
    expect(settings.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('9999-12-31');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(changes).toHaveLength(0);
    date.value = '2026-05-01';
    date.dispatchEvent(new Event('change'));
    expect(el.itinerary.settings?.startDate).toBe('2026-05-01');
  });
});

describe('adding a site from its popup', () => {
  it('names the first day like the next ones and says where the site went', async () => {
    const el = await mountMap();
    el.showSite('leitai-han-tomb');
    const card = [...el.shadowRoot!.querySelectorAll('.leaflet-popup lz-site-card')].at(-1) as Lit;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="trip"]')!.click();
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector<HTMLElement>('.trip-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('已把“雷台汉墓（雷台公园）”加入第1天（第1站）');
    expect(status.getBoundingClientRect().height).toBeGreaterThan(0);
    (el.shadowRoot!.querySelector('lz-panel') as Lit).shadowRoot!.querySelector<HTMLElement>('#tab-trip')!.click();
    const trip = await tripPanel(el);
    const day = trip.shadowRoot!.querySelector('lz-trip-day') as Lit;
    await day.updateComplete;
    const name = day.shadowRoot!.querySelector<HTMLInputElement>('.day-head input')!;
    expect(name.placeholder).toBe('第1天');
    expect(name.getAttribute('aria-label')).toBe('第1天的名称');
  });
});

describe('the language of every control', () => {
  it('gives the zoom buttons and the attribution the map’s language, and follows a switch', async () => {
    const el = await mountMap();
    const words = () => {
      const zoomIn = el.shadowRoot!.querySelector<HTMLElement>('.leaflet-control-zoom-in')!;
      const zoomOut = el.shadowRoot!.querySelector<HTMLElement>('.leaflet-control-zoom-out')!;
      return {
        zoomIn: [zoomIn.title, zoomIn.getAttribute('aria-label')],
        zoomOut: [zoomOut.title, zoomOut.getAttribute('aria-label')],
        attribution: el.shadowRoot!.querySelector('.leaflet-control-attribution')!.textContent,
      };
    };
    expect(words().zoomIn).toEqual(['放大', '放大']);
    expect(words().zoomOut).toEqual(['缩小', '缩小']);
    expect(words().attribution).toMatch(/^边界：DataV\.GeoAtlas.*示意/);
    el.lang = 'en';
    await el.updateComplete;
    expect(words().zoomIn).toEqual(['Zoom in', 'Zoom in']);
    expect(words().zoomOut).toEqual(['Zoom out', 'Zoom out']);
    expect(words().attribution).toMatch(/^Boundary: DataV\.GeoAtlas/);
    expect(el.shadowRoot!.querySelectorAll('.leaflet-control-zoom')).toHaveLength(1);
  });

  it('shows the day window in 24-hour time whatever the browser’s locale, with labelled parts', async () => {
    const el = await mountMap();
    el.itinerary = {
      days: [{ name: '', siteIds: ['leitai-han-tomb'] }],
      settings: { mode: 'car', dayStartMin: 540, dayEndMin: 1290 },
    };
    (el.shadowRoot!.querySelector('lz-panel') as Lit).shadowRoot!.querySelector<HTMLElement>('#tab-trip')!.click();
    const trip = await tripPanel(el);
    const settings = trip.shadowRoot!.querySelector('lz-trip-settings') as Lit;
    await settings.updateComplete;
    const root = settings.shadowRoot!;
    expect(root.querySelector('input[type="time"]')).toBeNull();
    const end = root.querySelector<HTMLElement>('.day-end')!;
    expect(end.getAttribute('role')).toBe('group');
    const [hour, minute] = end.querySelectorAll('select');
    expect(hour.getAttribute('aria-label')).toBe('最晚结束：时');
    expect(minute.getAttribute('aria-label')).toBe('最晚结束：分');
    expect(`${hour.selectedOptions[0].text}:${minute.selectedOptions[0].text}`).toBe('21:30');
    expect([...hour.options].map((o) => o.text)).toEqual(
      Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')),
    );
    hour.value = '17';
    hour.dispatchEvent(new Event('change'));
    expect(el.itinerary.settings?.dayEndMin).toBe(17 * 60 + 30);
  });
});
