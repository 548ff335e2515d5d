/**
 * Types the trip planner's internal events carry. The events themselves are declared with the others
 * in events.ts (one registry) and sent with `emitInternal`: they bubble but are not composed.
 */
import type { StopRef } from '../model/itinerary';

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

/** What a received trip and the visitor's own hold, for the question which one to keep. */
export interface TripChoice {
  received: { days: number; stops: number };
  own: { days: number; stops: number };
}
