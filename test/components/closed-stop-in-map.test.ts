/**
 * Closed stops through the whole element (issue 10, "Done when"): a bureau's site with opening hours,
 * a trip, and the visitor choosing the first date in the Trip tab. The warning must then reach both
 * the Trip tab and the printed plan, which <liangzhou-map> wires from its stored trip settings;
 * test/components/trip-hours.test.ts checks each of those elements on its own.
 */
import { afterEach, expect, it, vi } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { siteFeature } from '../fixtures/site-feature';
import { mountMap } from './mount-map';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

// Open Tuesday to Sunday: closed all day on 2026-06-01, a Monday.
const museum = siteFeature(
  'bureau-museum',
  { zh: '示例博物馆', en: 'Example Museum' },
  { properties: { openingHours: 'Tu-Su 09:00-17:00' } },
);

afterEach(() => document.body.replaceChildren());

/** Every `.hours` note under a root, through the shadow roots of the elements inside it. */
function hoursNotes(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walk = (r: ShadowRoot | Element) => {
    for (const e of r.querySelectorAll('*')) {
      if (e.classList.contains('hours')) out.push(e.textContent!.replace(/\s+/g, ' ').trim());
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  walk(root);
  return out;
}

async function openTrip(el: LiangzhouMap): Promise<ShadowRoot> {
  const panel = el.shadowRoot!.querySelector('lz-panel') as Lit & { active: string };
  panel.active = 'trip';
  await panel.updateComplete;
  await customElements.whenDefined('lz-trip-panel');
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('lz-trip-panel')).not.toBeNull(), { timeout: 10_000 });
  const trip = el.shadowRoot!.querySelector('lz-trip-panel') as Lit;
  await trip.updateComplete;
  return trip.shadowRoot!;
}

function dateInput(tripRoot: ShadowRoot): HTMLInputElement {
  const settings = tripRoot.querySelector('lz-trip-settings')!;
  return settings.shadowRoot!.querySelector<HTMLInputElement>('input.start-date')!;
}

it('warns in the Trip tab and on the printed plan once the visitor picks a day the stop is closed', async () => {
  const el = await mountMap(
    { lang: 'en' },
    {
      beforeConnect: (m) => {
        m.sites = { type: 'FeatureCollection', features: [museum] };
        m.itinerary = { days: [{ name: '', siteIds: ['bureau-museum', 'wuwei-confucian-temple'] }] };
      },
    },
  );
  const trip = await openTrip(el);
  await customElements.whenDefined('lz-trip-settings');
  await vi.waitFor(() => expect(dateInput(trip)).toBeTruthy(), { timeout: 10_000 });
  // Before a date, nothing is claimed about hours, in the tab or on paper.
  expect(hoursNotes(trip).filter(Boolean)).toEqual([]);
  const print = el.shadowRoot!.querySelector('lz-trip-print') as Lit;
  expect(print).not.toBeNull();
  await print.updateComplete;
  expect(hoursNotes(print.shadowRoot!)).toEqual([]);

  const input = dateInput(trip);
  input.value = '2026-06-01';
  input.dispatchEvent(new Event('change', { bubbles: true }));
  expect(el.itinerary.settings?.startDate).toBe('2026-06-01');

  await vi.waitFor(
    () =>
      expect(hoursNotes(trip).filter(Boolean)).toEqual([
        'Closed all day on 2026-06-01. Hours: Tu-Su 09:00-17:00',
        'Hours unknown: check before you go',
      ]),
    { timeout: 10_000 },
  );
  await vi.waitFor(
    () =>
      expect(hoursNotes((el.shadowRoot!.querySelector('lz-trip-print') as Lit).shadowRoot!)).toEqual([
        '⚠ Closed all day on 2026-06-01. Hours: Tu-Su 09:00-17:00',
        'Hours unknown: check before you go',
      ]),
    { timeout: 10_000 },
  );

  // A Tuesday: open, so no warning, and the temple still says its hours are unknown.
  dateInput(trip).value = '2026-06-02';
  dateInput(trip).dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(hoursNotes(trip).filter(Boolean)).toEqual(['Hours unknown: check before you go']), {
    timeout: 10_000,
  });
});
