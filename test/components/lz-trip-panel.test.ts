import { axeViolations } from '../axe-violations';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/lz-trip-panel';
import type { LzTripPanel } from '../../src/components/lz-trip-panel';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import type { Itinerary, TripSettings } from '../../src/model/itinerary';
import type { Site } from '../../src/model/types';
import { decodeItinerary } from '../../src/plan/itinerary-codec';
import { orderStops } from '../../src/plan/order-stops';
import { sitesForDay } from '../../src/plan/sites-for-day';
import { DEFAULT_START } from '../../src/plan/start-points';
import { DEFAULT_TRIP_SETTINGS } from '../../src/plan/trip-settings';

const sites = parseLayout(builtInFiles).sites;
const four = ['leitai-han-tomb', 'wuwei-confucian-temple', 'haizang-temple', 'kumarajiva-temple'];
const bus: TripSettings = { ...DEFAULT_TRIP_SETTINGS, mode: 'bus' };

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Every element matching `selector` under `root`, inside nested shadow roots too, in document order. */
function deepAll<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T[] {
  const out: T[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.matches(selector)) out.push(el as T);
    if (el.shadowRoot) out.push(...deepAll<T>(el.shadowRoot, selector));
  }
  return out;
}

/** The panel and every element inside it have rendered. */
async function settled(el: LzTripPanel): Promise<void> {
  await el.updateComplete;
  for (const inner of deepAll<Lit>(el.shadowRoot!, '*')) if ('updateComplete' in inner) await inner.updateComplete;
}

async function mount(
  itinerary: Itinerary,
  attrs: Record<string, string> = {},
  extraSites: Site[] = [],
  settings: TripSettings = DEFAULT_TRIP_SETTINGS,
): Promise<LzTripPanel> {
  const el = document.createElement('lz-trip-panel');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.sites = [...sites, ...extraSites];
  el.itinerary = itinerary;
  el.settings = settings;
  el.style.width = '480px';
  // The owner of a controlled element: take every change back.
  el.addEventListener('lz-trip-edit', (e) => (el.itinerary = e.detail.itinerary));
  el.addEventListener('lz-trip-settings-change', (e) => (el.settings = e.detail));
  document.body.appendChild(el);
  await settled(el);
  return el;
}

const root = (el: LzTripPanel) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: LzTripPanel, selector: string): T =>
  deepAll<T>(root(el), selector)[0] ?? null;
const $$ = (el: LzTripPanel, selector: string) => deepAll(root(el), selector);
const dayEl = (el: LzTripPanel, day = 0) => $$(el, 'lz-trip-day')[day];
const stopIds = (el: LzTripPanel, day = 0) =>
  deepAll(dayEl(el, day).shadowRoot!, '[part~="stop"]').map((s) => s.dataset.siteId);

function nextEdit(el: LzTripPanel): Promise<CustomEvent<{ itinerary: Itinerary }>> {
  return new Promise((resolve) => el.addEventListener('lz-trip-edit', resolve as EventListener, { once: true }));
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<lz-trip-panel>', () => {
  it('lists a day of four stops with a leg, times and totals for each', async () => {
    const el = await mount({ days: [{ name: '第一天', siteIds: four }] });
    expect(stopIds(el)).toEqual(four);
    const first = $$(el, '[part~="stop"]')[0];
    expect(first.querySelector('.name')!.textContent).toContain('雷台汉墓');
    expect(first.querySelector('.leg')!.textContent).toMatch(/公里/);
    expect(first.querySelector('.name')!.textContent).toMatch(/09:\d\d–\d\d:\d\d/);
    expect($(el, '[part~="day"] .totals').textContent).toMatch(/路上约 .+参观 .+小时/);
    expect($(el, '[part~="warning"]')).toBeNull();
    expect($<HTMLInputElement>(el, '[part~="day"] input').value).toBe('第一天');
  });

  it('moves a stop down with the keyboard button, reports the new order inside its owner and keeps focus on the stop', async () => {
    const el = await mount({ days: [{ name: '第一天', siteIds: four }] });
    const change = nextEdit(el);
    const down = $$(el, 'button.down')[0];
    expect(down.getAttribute('aria-label')).toBe('下移“雷台汉墓（雷台公园）”');
    down.focus();
    down.click();
    const event = await change;
    expect(event.detail.itinerary).toEqual({
      days: [
        {
          name: '第一天',
          siteIds: ['wuwei-confucian-temple', 'leitai-han-tomb', 'haizang-temple', 'kumarajiva-temple'],
        },
      ],
    });
    // An internal event: it stays in the owner's shadow root.
    expect(event.bubbles).toBe(true);
    expect(event.composed).toBe(false);
    await settled(el);
    expect(stopIds(el)).toEqual(event.detail.itinerary.days[0].siteIds);
    // Focus followed the stop to its new place.
    await expect.poll(() => dayEl(el).shadowRoot!.activeElement).toBe($$(el, 'button.down')[1]);
    expect($(el, '[role="status"]').textContent).toContain('第2站');
    // Up at the top and down at the bottom are disabled, not silent.
    expect(($$(el, 'button.up')[0] as HTMLButtonElement).disabled).toBe(true);
    expect(($$(el, 'button.down')[3] as HTMLButtonElement).disabled).toBe(true);
  });

  it('moves a stop to another day with a labelled button', async () => {
    const el = await mount({
      days: [
        { name: 'A', siteIds: four },
        { name: 'B', siteIds: ['tiantishan-grottoes'] },
      ],
    });
    const stop = deepAll(dayEl(el, 0).shadowRoot!, '[part~="stop"]')[2];
    stop.querySelector('summary')!.click();
    const toB = stop.querySelector<HTMLButtonElement>('button.to-day')!;
    expect(toB.getAttribute('aria-label')).toBe('移到B：“海藏寺”');
    const change = nextEdit(el);
    toB.click();
    expect((await change).detail.itinerary.days).toEqual([
      { name: 'A', siteIds: ['leitai-han-tomb', 'wuwei-confucian-temple', 'kumarajiva-temple'] },
      { name: 'B', siteIds: ['tiantishan-grottoes', 'haizang-temple'] },
    ]);
  });

  it('reorders by drag and drop', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    const stops = $$(el, '[part~="stop"]');
    const dataTransfer = new DataTransfer();
    const change = nextEdit(el);
    stops[0].dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer }));
    stops[3].dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer }));
    stops[3].dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer }));
    // Dropped on the fourth stop: before it.
    expect((await change).detail.itinerary.days[0].siteIds).toEqual([
      'wuwei-confucian-temple',
      'haizang-temple',
      'leitai-han-tomb',
      'kumarajiva-temple',
    ]);
  });

  it('suggests an order per day: shorter, and the same every time', async () => {
    const poor = ['haizang-temple', 'wuwei-confucian-temple', 'leitai-han-tomb', 'kumarajiva-temple'];
    const el = await mount({ days: [{ name: 'A', siteIds: poor }] });
    const expected = orderStops(sitesForDay({ siteIds: poor }, sites), DEFAULT_START).map((s) => s.id);
    expect(expected).not.toEqual(poor);
    const change = nextEdit(el);
    $(el, 'button.order').click();
    expect((await change).detail.itinerary.days[0].siteIds).toEqual(expected);
    await settled(el);
    const again = nextEdit(el);
    $(el, 'button.order').click();
    expect((await again).detail.itinerary.days[0].siteIds).toEqual(expected);
  });

  it('warns clearly when a day runs past its end', async () => {
    const el = await mount(
      { days: [{ name: 'A', siteIds: ['tiantishan-grottoes', 'wuwei-desert-park', 'lianhuashan', ...four] }] },
      {},
      [],
      bus,
    );
    const warning = $(el, '[part~="warning"]');
    expect(warning).not.toBeNull();
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toMatch(/时间不够：这一天会比 18:00 晚 .+ 结束/);
    // A short day clears it.
    el.itinerary = { days: [{ name: 'A', siteIds: ['leitai-han-tomb'] }] };
    await settled(el);
    expect($(el, '[part~="warning"]')).toBeNull();
    // So does moving the end earlier: the settings are a property.
    el.itinerary = { days: [{ name: 'A', siteIds: four }] };
    el.settings = { ...DEFAULT_TRIP_SETTINGS, dayEndMin: 11 * 60 };
    await settled(el);
    expect($(el, '[part~="warning"]').textContent).toContain('11:00');
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount({ days: [{ name: 'Day 1', siteIds: four }] }, { lang: 'en' });
    expect($(el, '[part~="title"]').textContent).toBe('Trip planner');
    expect($$(el, '[part~="stop"] .name')[0].textContent).toContain('Leitai Han Tomb');
    const temple = sites.find((s) => s.id === 'wuwei-confucian-temple')!.name.en;
    expect($$(el, 'button.up')[1].getAttribute('aria-label')).toBe(`Move “${temple}” up`);
    expect($(el, '[part~="day"] .totals').textContent).toMatch(/About .+ on the way, .+ visiting, about [\d.]+ km/);
    expect($(el, '[part~="stop"] .leg').textContent).toMatch(/\(on foot\)|\(car\)/);
    expect($(el, 'button.suggest-go').textContent).toContain('Suggest a plan');
    expect(root(el).textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('suggests a plan from days and themes, one area per day', async () => {
    const el = await mount({ days: [] });
    const days = $<HTMLInputElement>(el, '.suggest input[type="number"]');
    days.value = '2';
    days.dispatchEvent(new Event('change'));
    const xixia = $<HTMLInputElement>(el, '.suggest input[value="xixia"]');
    xixia.click();
    await settled(el);
    const change = nextEdit(el);
    $(el, 'button.suggest-go').click();
    const detail = (await change).detail.itinerary;
    expect(detail.days).toHaveLength(2);
    expect(detail.days[0].name).toBe('第1天 · 南部天梯山文化旅游区');
    for (const id of detail.days.flatMap((d) => d.siteIds))
      expect(sites.find((s) => s.id === id)!.themes).toContain('xixia');
    // No theme without a site is offered.
    expect($(el, '.suggest input[value="red"]')).toBeNull();
  });

  it('adds, renames and removes days', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    let change = nextEdit(el);
    $$(el, 'button')
      .find((b) => b.textContent!.trim() === '添加一天')!
      .click();
    // The new day keeps no name: it is labelled by its number, which follows when days come and go.
    expect((await change).detail.itinerary.days.map((d) => d.name)).toEqual(['A', '']);
    await settled(el);
    const name = $$(el, '[part~="day"] input')[1] as HTMLInputElement;
    expect(name.getAttribute('aria-label')).toBe('第2天的名称');
    expect(name.placeholder).toBe('第2天');
    expect($$(el, 'button.remove-day')[1].getAttribute('aria-label')).toBe('删除“第2天”');
    expect($(el, 'button.to-day').textContent!.trim()).toBe('移到第2天');
    change = nextEdit(el);
    name.value = '  南线 ';
    name.dispatchEvent(new Event('change'));
    expect((await change).detail.itinerary.days[1].name).toBe('南线');
    await settled(el);
    change = nextEdit(el);
    $$(el, 'button.remove-day')[0].click();
    expect((await change).detail.itinerary.days).toEqual([{ name: '南线', siteIds: [] }]);
  });

  it('exports GPX, GeoJSON and ICS as downloads', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^凉州行程\.(gpx|geojson|ics)$/);
    });
    $(el, 'button.gpx').click();
    $(el, 'button.geojson').click();
    // Without the trip's first date there is no calendar: the button says where to set it.
    expect($<HTMLButtonElement>(el, 'button.ics').disabled).toBe(true);
    expect($(el, '#ics-note').textContent).toContain('出发日期');
    const date = $<HTMLInputElement>(el, 'input.start-date');
    date.value = '2025-05-01';
    date.dispatchEvent(new Event('change'));
    await settled(el);
    $(el, 'button.ics').click();
    expect(clicks).toHaveBeenCalledTimes(3);
    const [gpx, geojson, ics] = await Promise.all(blobs.map((b) => b.text()));
    expect(blobs.map((b) => b.type)).toEqual([
      'application/gpx+xml',
      'application/geo+json',
      'text/calendar;charset=utf-8',
    ]);
    expect(gpx).toContain('<name>雷台汉墓（雷台公园）</name>');
    expect(
      JSON.parse(geojson).features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'stop'),
    ).toHaveLength(4);
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:20250501T09\d\d00/);
  });

  it('shares a link that decodes to the trip, with a QR code loaded on demand', async () => {
    const trip = { days: [{ name: '第一天', siteIds: four }] };
    const el = await mount(trip, { 'share-base': 'https://example.org/map/?lang=en' });
    const link = $<HTMLInputElement>(el, '#share-link').value;
    const url = new URL(link);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(
      decodeItinerary(
        url.searchParams.get('trip'),
        sites.map((s) => s.id),
      ),
    ).toEqual({ itinerary: trip, problems: [] });
    expect(el.shareUrl()).toBe(link);
    expect($(el, '[part~="qr"]')).toBeNull();
    $(el, 'button.show-qr').click();
    await vi.waitFor(() => expect($(el, 'img[part~="qr"]')).not.toBeNull(), { timeout: 10_000 });
    const img = $<HTMLImageElement>(el, 'img[part~="qr"]');
    expect(img.src).toMatch(/^data:image\/png;base64,/);
    expect(img.alt).toBe('行程链接的二维码');
  });

  it('offers route links in each app datum: the first from my location, the next from the stop before', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: ['leitai-han-tomb', 'tiantishan-grottoes'] }] });
    const stops = $$(el, '[part~="stop"]').map((li) =>
      [...li.querySelectorAll('a.nav')].map((a) => a.getAttribute('href')!),
    );
    const [first, second] = stops;
    // Route planning from the visitor's location (no previous stop): the start is left out.
    expect(first[0]).toMatch(/^https:\/\/uri\.amap\.com\/navigation\?to=102\.6\d+,37\.9\d+,%E9%9B%B7/);
    expect(first[1]).toMatch(
      /^https:\/\/api\.map\.baidu\.com\/direction\?destination=latlng:37\.9\d+,102\.6\d+\|name:.*coord_type=bd09ll/,
    );
    expect(first[2]).toMatch(
      /^https:\/\/apis\.map\.qq\.com\/uri\/v1\/routeplan\?type=drive&to=.*&tocoord=37\.9\d+,102\.6\d+&/,
    );
    expect(first[3]).toBe('geo:37.942500,102.636200');
    // The second stop's route starts at 雷台 (GCJ-02 for AMap: east of the WGS84 102.6362).
    expect(second[0]).toMatch(/^https:\/\/uri\.amap\.com\/navigation\?from=102\.63[7-9]\d+,37\.94\d+,%E9%9B%B7/);
    expect(second[0]).toContain('mode=car');
  });

  it('renders hostile names as text, never as markup', async () => {
    const evil: Site = {
      ...sites[0],
      id: 'evil-site',
      name: { zh: '<img src=x onerror="window.pwned=1">寺', en: '<b>bold</b>' },
    };
    const el = await mount({ days: [{ name: '<script>alert(1)</script>', siteIds: ['evil-site'] }] }, {}, [evil]);
    expect($$(el, '[part~="stop"] img').length).toBe(0);
    expect($(el, '[part~="stop"] .name').textContent).toContain('<img src=x onerror="window.pwned=1">寺');
    expect($<HTMLInputElement>(el, '[part~="day"] input').value).toBe('<script>alert(1)</script>');
    expect(root(el).querySelector('script')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('fits 375 px without sideways scrolling, with touch targets of at least 24 px', async () => {
    const el = await mount({
      days: [
        { name: '一个相当长的日子名称用于测试窄屏布局', siteIds: four },
        { name: 'B', siteIds: ['tiantishan-grottoes'] },
      ],
    });
    el.style.width = '375px';
    await settled(el);
    const panel = $(el, '[part~="panel"]');
    expect(panel.scrollWidth).toBeLessThanOrEqual(375);
    for (const control of $$(el, 'button, select, input, summary')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0) continue; // inside a closed <details>
      expect(box.height, control.outerHTML.slice(0, 60)).toBeGreaterThanOrEqual(24);
      if (control.getAttribute('type') !== 'checkbox')
        expect(box.width, control.outerHTML.slice(0, 60)).toBeGreaterThanOrEqual(24);
      expect(box.right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('labels every control', async () => {
    const el = await mount({
      days: [
        { name: 'A', siteIds: four },
        { name: 'B', siteIds: [] },
      ],
    });
    for (const control of $$(el, 'button, select, input, summary, a')) {
      const labelled =
        control.getAttribute('aria-label') ||
        control.textContent!.trim() ||
        (control as HTMLInputElement).labels?.length;
      expect(labelled, control.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });

  it('passes axe-core’s WCAG A and AA checks, in both languages, with a warning and an open menu', async () => {
    for (const lang of ['zh-CN', 'en']) {
      document.body.replaceChildren();
      const el = await mount(
        {
          days: [
            { name: 'A', siteIds: ['tiantishan-grottoes', 'wuwei-desert-park', ...four] },
            { name: 'B', siteIds: [] },
          ],
        },
        { lang },
        [],
        bus,
      );
      $<HTMLDetailsElement>(el, 'details').open = true;
      $<HTMLDetailsElement>(el, 'details.settings').open = true;
      await settled(el);
      expect(
        await axeViolations(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }),
        lang,
      ).toEqual([]);
    }
  });
  it('moves a stop to another day by drag and drop', async () => {
    const el = await mount({
      days: [
        { name: 'A', siteIds: four },
        { name: 'B', siteIds: ['tiantishan-grottoes'] },
      ],
    });
    const from = deepAll(dayEl(el, 0).shadowRoot!, '[part~="stop"]')[1];
    const onto = deepAll(dayEl(el, 1).shadowRoot!, '[part~="stop"]')[0];
    const dataTransfer = new DataTransfer();
    const change = nextEdit(el);
    from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer }));
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer });
    onto.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    onto.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer }));
    expect((await change).detail.itinerary.days).toEqual([
      { name: 'A', siteIds: ['leitai-han-tomb', 'haizang-temple', 'kumarajiva-temple'] },
      { name: 'B', siteIds: ['wuwei-confucian-temple', 'tiantishan-grottoes'] },
    ]);
    await settled(el);
    expect(stopIds(el, 1)).toEqual(['wuwei-confucian-temple', 'tiantishan-grottoes']);
  });

  it('refuses a drag that is not one of its stops', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    const stop = deepAll(dayEl(el, 0).shadowRoot!, '[part~="stop"]')[0];
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('text/plain', 'leitai-han-tomb');
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer });
    stop.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
  });

  it('ignores a dropped stop whose site is no longer at the place the drag started', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    const edits: Event[] = [];
    el.addEventListener('lz-trip-edit', (e) => edits.push(e));
    const stop = deepAll(dayEl(el, 0).shadowRoot!, '[part~="stop"]')[3];
    // What another map's trip (or a stale drag) would carry: position 0 holds 雷台, not this site.
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('application/x-lz-trip-stop', JSON.stringify({ day: 0, index: 0, id: 'tiantishan-grottoes' }));
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer });
    stop.dispatchEvent(drop);
    // The drop is handled synchronously: had it been applied, the edit would already be here.
    expect(drop.defaultPrevented).toBe(true);
    expect(edits).toEqual([]);
  });

  it('shows the travel settings it is given and reports changes without changing them itself', async () => {
    const el = document.createElement('lz-trip-panel');
    el.sites = sites;
    el.itinerary = { days: [{ name: 'A', siteIds: four }] };
    el.settings = bus;
    const changes: CustomEvent<TripSettings>[] = [];
    el.addEventListener('lz-trip-settings-change', (e) => changes.push(e));
    document.body.appendChild(el);
    await settled(el);
    const mode = $<HTMLSelectElement>(el, 'select.mode');
    expect(mode.value).toBe('bus');
    expect($(el, '[part~="stop"] .leg').textContent).toContain('公交');
    mode.value = 'walk';
    mode.dispatchEvent(new Event('change'));
    const end = $<HTMLSelectElement>(el, '.day-end select.minute');
    end.value = '30';
    end.dispatchEvent(new Event('change'));
    // Each change carries the whole settings, from what the owner gave: nobody set them back here.
    expect(changes.map((e) => e.detail)).toEqual([
      { ...bus, mode: 'walk' },
      { ...bus, dayEndMin: 18 * 60 + 30 },
    ]);
    expect(changes.every((e) => e.bubbles && !e.composed)).toBe(true);
    expect(el.settings).toBe(bus);
    // The owner takes one back: the stops are planned on foot.
    el.settings = changes[0].detail;
    await settled(el);
    expect($(el, '[part~="stop"] .leg').textContent).toContain('步行');
  });

  it('asks its owner to pick or reset the start, with internal events', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    const seen: Event[] = [];
    for (const type of ['lz-trip-start-pick', 'lz-trip-start-reset'] as const)
      el.addEventListener(type, (e) => seen.push(e));
    $(el, 'button.start-pick').click();
    expect($(el, 'button.start-reset')).toBeNull();
    el.start = [102.7, 37.95];
    await settled(el);
    expect($(el, 'lz-trip-settings')!.shadowRoot!.textContent).toContain('自选地点（102.7000, 37.9500）');
    $(el, 'button.start-reset').click();
    expect(seen.map((e) => [e.type, e.composed])).toEqual([
      ['lz-trip-start-pick', false],
      ['lz-trip-start-reset', false],
    ]);
  });

  it('labels an unnamed day by its number and keeps the trip’s settings through an edit', async () => {
    const settings = { mode: 'walk', dayStartMin: 600, dayEndMin: 1000 } as const;
    const el = await mount({ days: [{ name: '', siteIds: four }], settings });
    const name = $<HTMLInputElement>(el, '[part~="day"] input');
    expect(name.value).toBe('');
    expect(name.placeholder).toBe('第1天');
    expect(deepAll(dayEl(el).shadowRoot!, 'ol.stops')[0].getAttribute('aria-label')).toBe('第1天');
    const change = nextEdit(el);
    $$(el, 'button.remove')[0].click();
    expect((await change).detail.itinerary).toEqual({ days: [{ name: '', siteIds: four.slice(1) }], settings });
  });

  it('sends nothing composed out of its shadow root, and no public event name', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.appendChild(host);
    const outside: string[] = [];
    const names = ['lz-itinerary-change', 'lz-site-select', 'lz-trip-edit', 'lz-trip-settings-change'];
    for (const type of names) host.addEventListener(type, () => outside.push(type));
    const el = document.createElement('lz-trip-panel');
    el.sites = sites;
    el.itinerary = { days: [{ name: 'A', siteIds: four }] };
    shadow.appendChild(el);
    const inside = new Promise((r) => shadow.addEventListener('lz-trip-edit', r, { once: true }));
    await settled(el);
    $$(el, 'button.down')[0].click();
    await inside;
    $<HTMLSelectElement>(el, 'select.mode').dispatchEvent(new Event('change'));
    expect(outside).toEqual([]);
  });
});

describe('the trip first (issue 9 item 8)', () => {
  /** Where `a` comes before `b` in the panel's own tree. */
  const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

  it('shows the days and the share link before the travel settings, folded under a summary of mode and window', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] }, {}, [], bus);
    const r = root(el);
    const days = r.querySelector('ol.days')!;
    const share = r.querySelector('lz-trip-share')!;
    const fold = r.querySelector<HTMLDetailsElement>('details.settings')!;
    expect(before(days, share) && before(share, fold)).toBe(true);
    expect(fold.open).toBe(false);
    expect(fold.querySelector('lz-trip-settings')!.checkVisibility()).toBe(false);
    const summary = fold.querySelector('summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).toBe('出行设置 公交 · 09:00–18:00');
    // It follows the settings it is given, and the language.
    el.settings = { ...bus, mode: 'walk', dayStartMin: 8 * 60 + 30, dayEndMin: 20 * 60 };
    el.lang = 'en';
    await settled(el);
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).toBe('Travel settings on foot · 08:30–20:00');
  });

  it('opens and closes the settings from the keyboard', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    const fold = root(el).querySelector<HTMLDetailsElement>('details.settings')!;
    const summary = fold.querySelector('summary')!;
    summary.focus();
    expect(root(el).activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => fold.open).toBe(true);
    expect($(el, 'select.mode').checkVisibility()).toBe(true);
    await userEvent.keyboard(' ');
    await expect.poll(() => fold.open).toBe(false);
  });

  it('makes each stop’s name a labelled button that asks its owner to show the site, inside the shadow root only', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    const asked: CustomEvent<{ id: string }>[] = [];
    el.addEventListener('lz-list-select', (e) => asked.push(e));
    const names = $$(el, '[part~="stop"] button.show');
    expect(names.map((b) => b.textContent!.trim())).toEqual([
      '雷台汉墓（雷台公园）',
      '武威文庙',
      '海藏寺',
      '鸠摩罗什寺（罗什寺塔）',
    ]);
    expect(names[2].getAttribute('aria-label')).toBe('在地图上查看“海藏寺”');
    names[2].click();
    expect(asked.map((e) => [e.detail.id, e.bubbles, e.composed])).toEqual([['haizang-temple', true, false]]);
    // The day's own event does not leak past the panel: one request, from the panel.
    expect(asked[0].target).toBe(el);
  });

  it('moves a stop to a new day from its menu in one step, announced and kept in focus', async () => {
    const el = await mount({ days: [{ name: 'A', siteIds: four }] });
    const change = nextEdit(el);
    const stop = $$(el, '[part~="stop"]')[2];
    const button = stop.querySelector<HTMLButtonElement>('button.to-new-day')!;
    expect(button.getAttribute('aria-label')).toBe('移到新的一天：“海藏寺”');
    button.click();
    expect((await change).detail.itinerary.days).toEqual([
      { name: 'A', siteIds: [four[0], four[1], four[3]] },
      { name: '', siteIds: [four[2]] },
    ]);
    await settled(el);
    expect(root(el).querySelector('[role="status"]')!.textContent).toContain('“海藏寺”已移到第2天的第1站');
    // A lone stop of a lone day has nowhere new to go.
    document.body.replaceChildren();
    const one = await mount({ days: [{ name: '', siteIds: [four[0]] }] });
    expect($(one, 'button.to-new-day')).toBeNull();
  });
});
