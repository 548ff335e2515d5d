/**
 * Issue 9 item 8, the Trip sheet inside the map: a stop's name shows its site on the map (on a phone
 * the sheet folds so the map shows), and 在地图上点选起点, now inside the folded settings, still folds
 * the sheet with a hint to tap the map.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import type { LzPanel } from '../../src/components/lz-panel';
import type { LzTripPanel } from '../../src/components/lz-trip-panel';
import { mountMap } from './mount-map';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const trip = { days: [{ name: '', siteIds: ['leitai-han-tomb', 'tiantishan-grottoes'] }] };
const panelOf = (el: LiangzhouMap) => el.shadowRoot!.querySelector('lz-panel') as LzPanel;
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The map with a trip, its Trip tab opened and the planner rendered. */
async function openTrip(width: number, height: number): Promise<{ el: LiangzhouMap; tripPanel: LzTripPanel }> {
  const el = await mountMap({}, { width, height, beforeConnect: (m) => (m.itinerary = trip) });
  panelOf(el).shadowRoot!.querySelector<HTMLElement>('#tab-trip')!.click();
  await el.updateComplete;
  await customElements.whenDefined('lz-trip-panel');
  const tripPanel = el.shadowRoot!.querySelector('lz-trip-panel')!;
  await tripPanel.updateComplete;
  for (const day of tripPanel.shadowRoot!.querySelectorAll<Lit>('lz-trip-day')) await day.updateComplete;
  expect(panelOf(el).open).toBe(true);
  return { el, tripPanel };
}

const stopName = (tripPanel: LzTripPanel, index: number) =>
  tripPanel
    .shadowRoot!.querySelector('lz-trip-day')!
    .shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="stop"] button.show')[index];

/** The open site card's site id, popup or sheet. */
const openCard = (el: LiangzhouMap) =>
  (el.shadowRoot!.querySelector('.leaflet-popup lz-site-card') as (Lit & { site?: { id: string } }) | null)?.site?.id;

beforeAll(async () => {
  await page.viewport(1400, 860);
});

afterEach(() => document.body.replaceChildren());

describe('a stop’s name in the Trip sheet', () => {
  it('on a phone, opens the site on the map and folds the sheet so the map shows', async () => {
    const { el, tripPanel } = await openTrip(375, 667);
    const selected = new Promise<CustomEvent<{ id: string }>>((r) =>
      el.addEventListener('lz-site-select', r as EventListener, { once: true }),
    );
    stopName(tripPanel, 1).click();
    expect((await selected).detail.id).toBe('tiantishan-grottoes');
    await el.updateComplete;
    expect(panelOf(el).open).toBe(false);
    await vi.waitFor(() => expect(openCard(el)).toBe('tiantishan-grottoes'));
    const popup = el.shadowRoot!.querySelector('.leaflet-popup')!.getBoundingClientRect();
    await vi.waitFor(() =>
      expect(
        overlaps(
          el.shadowRoot!.querySelector('.leaflet-popup')!.getBoundingClientRect(),
          panelOf(el).getBoundingClientRect(),
        ),
      ).toBe(false),
    );
    expect(popup.width).toBeGreaterThan(0);
  });

  it('on a desktop, opens the site and keeps the panel open; Escape gives focus back to the name', async () => {
    const { el, tripPanel } = await openTrip(1100, 700);
    const name = stopName(tripPanel, 0);
    name.focus();
    name.click();
    await vi.waitFor(() => expect(openCard(el)).toBe('leitai-han-tomb'));
    expect(panelOf(el).open).toBe(true);
    const card = el.shadowRoot!.querySelector('.leaflet-popup lz-site-card') as Lit;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLElement>('.close')!.focus();
    const day = tripPanel.shadowRoot!.querySelector('lz-trip-day')!;
    expect(day.shadowRoot!.activeElement).toBeNull();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.leaflet-popup')).toBeNull());
    await vi.waitFor(() => expect(day.shadowRoot!.activeElement).toBe(name));
  });
});

describe('在地图上点选起点, from inside the folded settings', () => {
  it('is reached by opening the settings, folds the sheet and shows the hint to tap the map', async () => {
    const { el, tripPanel } = await openTrip(375, 667);
    const fold = tripPanel.shadowRoot!.querySelector<HTMLDetailsElement>('details.settings')!;
    expect(fold.open).toBe(false);
    fold.querySelector('summary')!.click();
    await expect.poll(() => fold.open).toBe(true);
    const settings = fold.querySelector('lz-trip-settings')!;
    await settings.updateComplete;
    const pick = settings.shadowRoot!.querySelector<HTMLButtonElement>('button.start-pick')!;
    expect(pick.checkVisibility()).toBe(true);
    pick.click();
    await el.updateComplete;
    expect(panelOf(el).open).toBe(false);
    const hint = el.shadowRoot!.querySelector<HTMLElement>('.pick-hint')!;
    expect(hint.textContent).toBe('请在地图上点按起点位置');
    expect(hint.checkVisibility()).toBe(true);
    expect(overlaps(hint.getBoundingClientRect(), panelOf(el).getBoundingClientRect())).toBe(false);
  });
});
