/**
 * The host owns the travel settings: the visitor changes them in the trip panel, <liangzhou-map>
 * keeps them in its trip, the page hears them in lz-itinerary-change, the print view uses them, and
 * the full page stores them with the trip.
 */
import { afterEach, expect, it } from 'vitest';
import '../../src/embed/index';
import { bindTrip } from '../../src/app/bind-trip';
import { TRIP_STORAGE_KEY } from '../../src/plan/itinerary-storage';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

afterEach(() => document.body.replaceChildren());

it('keeps the travel settings the visitor picks in the trip, prints with them and stores them', async () => {
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  const el = document.createElement('liangzhou-map');
  el.style.cssText = 'display:block;width:1100px;height:700px';
  const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
  document.body.appendChild(el);
  const unbind = bindTrip(el, storage);
  await ready;
  await el.updateComplete;
  el.itinerary = { days: [{ name: 'A', siteIds: ['leitai-han-tomb', 'tiantishan-grottoes'] }] };
  const tabs = el.shadowRoot!.querySelector('lz-panel') as Lit;
  await tabs.updateComplete;
  tabs.shadowRoot!.querySelector<HTMLElement>('#tab-trip')!.click();
  await el.updateComplete;
  await customElements.whenDefined('lz-trip-panel');
  const panel = el.shadowRoot!.querySelector('lz-trip-panel') as Lit;
  await panel.updateComplete;
  const settings = panel.shadowRoot!.querySelector('lz-trip-settings') as Lit;
  await settings.updateComplete;
  const change = new Promise<CustomEvent>((r) =>
    el.addEventListener('lz-itinerary-change', r as EventListener, { once: true }),
  );
  const mode = settings.shadowRoot!.querySelector<HTMLSelectElement>('select.mode')!;
  mode.value = 'walk';
  mode.dispatchEvent(new Event('change'));
  const expected = { mode: 'walk', dayStartMin: 540, dayEndMin: 1080 };
  expect((await change).detail.settings).toEqual(expected);
  expect(el.itinerary.settings).toEqual(expected);
  expect(JSON.parse(data.get(TRIP_STORAGE_KEY)!).settings).toEqual(expected);
  await el.updateComplete;
  await panel.updateComplete;
  await settings.updateComplete;
  expect(mode.value).toBe('walk');
  await customElements.whenDefined('lz-trip-print');
  const print = el.shadowRoot!.querySelector('lz-trip-print') as Lit & { mode: string };
  expect(print.mode).toBe('walk');
  unbind();
});
