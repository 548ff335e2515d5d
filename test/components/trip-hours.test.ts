/**
 * Closed stops (issue 10): with a first date, a stop whose hours say it is closed at its planned day
 * and time shows a warning in the Trip tab and in the printed plan; a stop without hours says "hours
 * unknown", never a guess; without a date nothing is claimed.
 */
import { afterEach, expect, it, vi } from 'vitest';
import '../../src/components/lz-trip-panel';
import '../../src/components/lz-trip-print';
import type { LzTripPanel } from '../../src/components/lz-trip-panel';
import type { LzTripPrint } from '../../src/components/lz-trip-print';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import type { TripSettings } from '../../src/model/itinerary';
import { DEFAULT_TRIP_SETTINGS } from '../../src/plan/trip-settings';
import { site } from '../fixtures/site-feature';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const builtIn = parseLayout(builtInFiles).sites;
const leitai = builtIn.find((s) => s.id === 'leitai-han-tomb')!;
// Open Tuesday to Sunday, closed on Mondays; 2026-06-01 is a Monday.
const museum = site('test-museum', { coordinates: leitai.coordinates, openingHours: 'Tu-Su 09:00-17:00' });
const sites = [...builtIn, museum];
const trip = { days: [{ name: '', siteIds: ['test-museum', 'wuwei-confucian-temple'] }] };

afterEach(() => document.body.replaceChildren());

async function panel(settings: TripSettings): Promise<ShadowRoot> {
  const el = document.createElement('lz-trip-panel') as LzTripPanel;
  el.sites = sites;
  el.itinerary = trip;
  el.settings = settings;
  document.body.appendChild(el);
  await el.updateComplete;
  const day = el.shadowRoot!.querySelector('lz-trip-day') as Lit;
  await day.updateComplete;
  return day.shadowRoot!;
}

const hoursOf = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('[part~="stop"]')].map(
    (s) => s.querySelector('.hours')?.textContent?.trim() ?? '',
  );

it('warns in the Trip tab when a stop is closed at its planned day, and says "hours unknown" for none', async () => {
  const root = await panel({ ...DEFAULT_TRIP_SETTINGS, startDate: '2026-06-01' });
  await vi.waitFor(() => expect(hoursOf(root)[0]).not.toBe(''), { timeout: 10_000 });
  const [museumNote, templeNote] = hoursOf(root);
  expect(museumNote).toBe('2026-06-01全天不开放。开放时间：Tu-Su 09:00-17:00');
  expect(root.querySelector('[part~="stop"] .hours')!.getAttribute('part')).toBe('warning');
  expect(templeNote).toBe('开放时间未知：出发前请核实');
});

it('warns when the visit starts before opening time, and is quiet when the stop is open', async () => {
  const early = await panel({ ...DEFAULT_TRIP_SETTINGS, dayStartMin: 7 * 60, startDate: '2026-06-02' });
  await vi.waitFor(() => expect(hoursOf(early)[0]).toMatch(/^按计划的时间（2026-06-02 07:\d\d）不开放/), {
    timeout: 10_000,
  });
  document.body.replaceChildren();
  const fine = await panel({ ...DEFAULT_TRIP_SETTINGS, startDate: '2026-06-02' });
  await vi.waitFor(() => expect(hoursOf(fine)[1]).toBe('开放时间未知：出发前请核实'));
  expect(hoursOf(fine)[0]).toBe('');
});

it('claims nothing about hours before the trip has a date', async () => {
  const root = await panel(DEFAULT_TRIP_SETTINGS);
  expect(hoursOf(root)).toEqual(['', '']);
});

it('prints the same warning on the day’s page', async () => {
  const print = document.createElement('lz-trip-print') as LzTripPrint;
  print.sites = sites;
  print.itinerary = trip;
  print.startDate = '2026-06-01';
  print.lang = 'en';
  document.body.appendChild(print);
  await print.updateComplete;
  await vi.waitFor(() => expect(print.shadowRoot!.querySelector('.hours')).not.toBeNull(), { timeout: 10_000 });
  const notes = [...print.shadowRoot!.querySelectorAll('li')].map((li) =>
    li.querySelector('.hours')!.textContent!.trim(),
  );
  expect(notes).toEqual([
    '⚠ Closed all day on 2026-06-01. Hours: Tu-Su 09:00-17:00',
    'Hours unknown: check before you go',
  ]);
});
