/**
 * A visitor plans a trip on the map: adds four sites from their popups, reorders, asks for a
 * shorter order, shares the link, and a fresh page opened on the link shows the same trip.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindTripUrl } from '../../src/embed/index';
import { bindTrip } from '../../src/app/bind-trip';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import type { Itinerary } from '../../src/model/itinerary';
import { TRIP_STORAGE_KEY } from '../../src/plan/itinerary-storage';

const start = location.pathname;

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

/** A map as a page shows it; `bind` is what the page does with it first (the full page: bindTrip). */
async function mount(
  storage: Storage | undefined,
  bind: (el: LiangzhouMap) => () => void = (el) => bindTrip(el, storage),
): Promise<{ el: LiangzhouMap; unbind: () => void }> {
  const el = document.createElement('liangzhou-map');
  el.style.cssText = 'display:block;width:1100px;height:700px';
  const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
  document.body.appendChild(el);
  const unbind = bind(el);
  await ready;
  await el.updateComplete;
  return { el, unbind };
}

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The trip panel's days, each in its own element, once rendered. */
async function tripDays(trip: Lit): Promise<ShadowRoot[]> {
  await trip.updateComplete;
  const days = [...trip.shadowRoot!.querySelectorAll<Lit>('lz-trip-day')];
  for (const day of days) await day.updateComplete;
  return days.map((d) => d.shadowRoot!);
}

async function card(el: LiangzhouMap) {
  // The popup closed last may still be fading out: the open one comes after it.
  const c = [...el.shadowRoot!.querySelectorAll('.leaflet-popup lz-site-card')].at(-1) as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await c.updateComplete;
  return c;
}

async function tripPanel(el: LiangzhouMap) {
  const panel = el.shadowRoot!.querySelector('lz-panel') as HTMLElement & { updateComplete: Promise<unknown> };
  panel.shadowRoot!.querySelector<HTMLElement>('#tab-trip')!.click();
  await el.updateComplete;
  // The trip planner's code loads when the tab first opens.
  await customElements.whenDefined('lz-trip-panel');
  const trip = el.shadowRoot!.querySelector('lz-trip-panel') as Lit & { shareUrl(): string };
  await trip.updateComplete;
  return trip;
}

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', start);
});

describe('planning a trip on the map', () => {
  it('adds, reorders, orders, shares and reopens a trip', async () => {
    const storage = memoryStorage();
    const { el, unbind } = await mount(storage);
    const changes: Itinerary[] = [];
    el.addEventListener('lz-itinerary-change', (e) => changes.push(e.detail));

    const ids = ['baita-temple', 'leitai-han-tomb', 'tiantishan-grottoes', 'wuwei-confucian-temple'];
    for (const id of ids) {
      el.showSite(id);
      const c = await card(el);
      const button = c.shadowRoot!.querySelector<HTMLButtonElement>('[part="trip"]')!;
      expect(button.textContent).toContain('加入行程');
      button.click();
      await c.updateComplete;
      expect(button.textContent).toContain('从行程中移除');
    }
    expect(changes).toHaveLength(4);
    expect(el.itinerary).toEqual({ days: [{ name: '', siteIds: ids }] });
    expect(changes.at(-1)).toEqual(el.itinerary);
    // The route is drawn: a line and a numbered disc per stop.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('path.lz-route')).toHaveLength(1);
    expect([...el.shadowRoot!.querySelectorAll('.lz-stop-number')].map((n) => n.textContent)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);

    // Reorder from the keyboard in the trip panel.
    const trip = await tripPanel(el);
    // The day wears its route's colour (set through the CSSOM, so a strict CSP allows it).
    const [dayRoot] = await tripDays(trip);
    const day = dayRoot.querySelector<HTMLElement>('[part~="day"]')!;
    expect(day.style.getPropertyValue('--_day-color')).toBe('#b91c1c');
    dayRoot.querySelectorAll<HTMLButtonElement>('button.down')[0].click();
    await el.updateComplete;
    expect(el.itinerary.days[0].siteIds).toEqual([
      'leitai-han-tomb',
      'baita-temple',
      'tiantishan-grottoes',
      'wuwei-confucian-temple',
    ]);

    // Suggest an order from the old city: the two city sites first, then out to the south.
    (await tripDays(trip))[0].querySelector<HTMLButtonElement>('button.order')!.click();
    await el.updateComplete;
    const ordered = el.itinerary.days[0].siteIds;
    expect(new Set(ordered)).toEqual(new Set(ids));
    expect(ordered.slice(0, 2).sort()).toEqual(['leitai-han-tomb', 'wuwei-confucian-temple']);
    expect(ordered.slice(2)).toEqual(['baita-temple', 'tiantishan-grottoes']);

    // The print view: a page per day with its map and list, hidden on screen.
    await el.updateComplete;
    await customElements.whenDefined('lz-trip-print');
    const print = el.shadowRoot!.querySelector('lz-trip-print') as HTMLElement & { updateComplete: Promise<unknown> };
    await print.updateComplete;
    expect(getComputedStyle(print).display).toBe('none');
    const pages = print.shadowRoot!.querySelectorAll('[part="page"]');
    expect(pages).toHaveLength(1);
    expect(pages[0].querySelectorAll('svg circle')).toHaveLength(4);
    expect([...pages[0].querySelectorAll('li')].map((li) => li.querySelector('strong')!.textContent)[0]).toMatch(
      /雷台|文庙/,
    );
    expect(pages[0].textContent).toMatch(/09:\d\d–/);

    // Saved for the next visit.
    expect(storage.getItem('liangzhou-map.trip')).toContain('tiantishan-grottoes');

    // Share: a fresh page on the link, with nothing stored, shows the same trip.
    await trip.updateComplete;
    const link = new URL(trip.shareUrl());
    unbind();
    document.body.replaceChildren();
    history.replaceState(null, '', `${start}${link.search}`);
    const fresh = await mount(memoryStorage());
    expect(fresh.el.itinerary.days[0].siteIds).toEqual(ordered);
    expect(new URLSearchParams(location.search).has('trip')).toBe(false);
    fresh.unbind();
  });

  it('restores the trip saved by an earlier visit', async () => {
    const storage = memoryStorage();
    const first = await mount(storage);
    first.el.showSite('haizang-temple');
    (await card(first.el)).shadowRoot!.querySelector<HTMLButtonElement>('[part="trip"]')!.click();
    first.unbind();
    document.body.replaceChildren();
    const second = await mount(storage);
    expect(second.el.itinerary).toEqual({ days: [{ name: '', siteIds: ['haizang-temple'] }] });
    second.unbind();
  });

  it('sets the start on the map and starts the route there', async () => {
    const { el, unbind } = await mount(memoryStorage());
    el.itinerary = { days: [{ name: 'A', siteIds: ['tiantishan-grottoes'] }] };
    const trip = await tripPanel(el);
    const settings = trip.shadowRoot!.querySelector('lz-trip-settings')!;
    await settings.updateComplete;
    [...settings.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('在地图上点选起点'))!
      .click();
    const container = el.shadowRoot!.querySelector<HTMLElement>('.leaflet-container')!;
    expect(container.classList.contains('lz-picking')).toBe(true);
    const r = container.getBoundingClientRect();
    container.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.left + 100, clientY: r.top + 100 }));
    await el.updateComplete;
    expect(container.classList.contains('lz-picking')).toBe(false);
    await trip.updateComplete;
    await settings.updateComplete;
    expect(settings.shadowRoot!.textContent).toMatch(/自选地点（10\d\.\d{4}, 3\d\.\d{4}）/);
    expect(el.shadowRoot!.querySelector('.lz-trip-start')).not.toBeNull();
    unbind();
  });

  it('restores the travel settings stored with the trip, also from the first storage format', async () => {
    const days = [{ name: '', siteIds: ['haizang-temple'] }];
    const settings = { mode: 'walk', dayStartMin: 480, dayEndMin: 1020 };
    for (const [stored, expected] of [
      [{ v: 2, days, settings }, settings],
      [
        { v: 1, days, mode: 'bus' },
        { mode: 'bus', dayStartMin: 540, dayEndMin: 1080 },
      ],
    ] as const) {
      const storage = memoryStorage();
      storage.setItem(TRIP_STORAGE_KEY, JSON.stringify(stored));
      const { el, unbind } = await mount(storage);
      expect(el.itinerary).toEqual({ days, settings: expected });
      unbind();
      document.body.replaceChildren();
    }
  });

  it('keeps the visitor’s stored travel settings when a shared link brings other days', async () => {
    const storage = memoryStorage();
    const settings = { mode: 'walk', dayStartMin: 480, dayEndMin: 1020 };
    storage.setItem(TRIP_STORAGE_KEY, JSON.stringify({ v: 2, days: [], settings }));
    history.replaceState(null, '', `${start}?trip=1*QQ.tiantishan-grottoes`);
    const { el, unbind } = await mount(storage);
    expect(el.itinerary).toEqual({ days: [{ name: 'A', siteIds: ['tiantishan-grottoes'] }], settings });
    unbind();
  });
});

describe('an embedded map and its own share link', () => {
  async function shareLinkOf(itinerary: Itinerary): Promise<URL> {
    const { el } = await mount(undefined, () => () => undefined);
    el.itinerary = itinerary;
    const link = new URL((await tripPanel(el)).shareUrl());
    document.body.replaceChildren();
    return link;
  }

  it('shows the trip its share link carries when the page opted in with bindTripUrl', async () => {
    const itinerary = { days: [{ name: '南线', siteIds: ['tiantishan-grottoes', 'baita-temple'] }] };
    const link = await shareLinkOf(itinerary);
    expect(link.pathname).toBe(start);
    history.replaceState(null, '', `${start}${link.search}`);
    const { el, unbind } = await mount(undefined, (map) => bindTripUrl(map));
    // The link's reader loads on demand: the trip arrives once it has.
    await vi.waitFor(() => expect(el.itinerary).toEqual(itinerary));
    const [day] = await tripDays(await tripPanel(el));
    expect([...day.querySelectorAll<HTMLElement>('[part~="stop"]')].map((s) => s.dataset.siteId)).toEqual(
      itinerary.days[0].siteIds,
    );
    // The address follows the visitor's edits, so a reload or a copied address opens the edited trip.
    const changed = new Promise((r) => el.addEventListener('lz-itinerary-change', r, { once: true }));
    day.querySelector<HTMLButtonElement>('button.down')!.click();
    await changed;
    const reread = new URLSearchParams(location.search).get('trip');
    expect(reread).not.toBe(link.searchParams.get('trip'));
    expect(new URL((await tripPanel(el)).shareUrl()).searchParams.get('trip')).toBe(reread);
    unbind();
  });

  it('leaves the trip and the address alone when the page did not opt in', async () => {
    const link = await shareLinkOf({ days: [{ name: 'A', siteIds: ['tiantishan-grottoes'] }] });
    history.replaceState(null, '', `${start}${link.search}`);
    const { el } = await mount(undefined, () => () => undefined);
    expect(el.itinerary).toEqual({ days: [] });
    expect(location.search).toBe(link.search);
  });
});
