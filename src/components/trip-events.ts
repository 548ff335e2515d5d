/**
 * The trip planner's internal events, each declared once with its `detail`. They bubble but are not
 * composed: they stay inside the shadow root of whoever renders the element, and none uses a public
 * name (the page hears only what `<liangzhou-map>` chooses to tell it, e.g. `lz-itinerary-change`).
 */
import type { Itinerary, StopRef, TripDay, TripSettings } from '../model/itinerary';

/** A control of a stop that keeps focus after an edit moves the stop. */
export type StopControl = 'up' | 'down' | 'remove' | 'more';

/** What the visitor did to one day, as `<lz-trip-day>` reports it to the panel, which applies it. */
export type TripDayEdit =
  /** `id`, when given: apply only if the stop at `from` is still that site (a drag may come from elsewhere). */
  | { kind: 'move'; from: StopRef; to: StopRef; control: StopControl; id?: string }
  | { kind: 'remove-stop'; at: StopRef }
  | { kind: 'rename'; day: number; name: string }
  | { kind: 'order'; day: number }
  | { kind: 'remove-day'; day: number };

export interface LzTripEventMap {
  /** lz-trip-panel → its owner: the visitor edited the trip; set `itinerary` to this (or refuse). */
  'lz-trip-edit': { itinerary: Itinerary };
  /** lz-trip-settings, then lz-trip-panel → its owner: the visitor changed the travel settings. */
  'lz-trip-settings-change': TripSettings;
  /** lz-trip-panel → its owner: let the visitor pick the days' start on the map. */
  'lz-trip-start-pick': Record<string, never>;
  /** lz-trip-panel → its owner: start the days from the old city again. */
  'lz-trip-start-reset': Record<string, never>;
  /** lz-trip-day → lz-trip-panel: one edit of that day. */
  'lz-trip-day-edit': TripDayEdit;
  /** lz-trip-suggest → lz-trip-panel: replace the days with this suggested plan. */
  'lz-trip-suggest': { days: TripDay[] };
}

export type LzTripEventName = keyof LzTripEventMap;

/** Dispatches an internal trip event from `target`: bubbling, not composed. */
export function emitTrip<K extends LzTripEventName>(target: EventTarget, type: K, detail: LzTripEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));
}

declare global {
  interface HTMLElementEventMap {
    'lz-trip-edit': CustomEvent<LzTripEventMap['lz-trip-edit']>;
    'lz-trip-settings-change': CustomEvent<LzTripEventMap['lz-trip-settings-change']>;
    'lz-trip-start-pick': CustomEvent<LzTripEventMap['lz-trip-start-pick']>;
    'lz-trip-start-reset': CustomEvent<LzTripEventMap['lz-trip-start-reset']>;
    'lz-trip-day-edit': CustomEvent<LzTripEventMap['lz-trip-day-edit']>;
    'lz-trip-suggest': CustomEvent<LzTripEventMap['lz-trip-suggest']>;
  }
}
