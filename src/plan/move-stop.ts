import type { Itinerary, StopRef } from '../model/itinerary';
import { cloneTrip } from './clone-trip';

/**
 * The trip with the stop at `from` moved to position `to.index` of day `to.day`, within a day or
 * between days. `to.index` is a position in the day as it is once the stop has left: it is clamped to
 * that day's length, so a large number means "at the end". Unchanged (a copy) when `from` names no
 * stop or `to.day` no day. Never changes its input.
 */
export function moveStop(itinerary: Itinerary, from: StopRef, to: StopRef): Itinerary {
  const next = cloneTrip(itinerary);
  const source = next.days[from.day];
  const target = next.days[to.day];
  if (!source || !target || from.index < 0 || from.index >= source.siteIds.length) return next;
  const [id] = source.siteIds.splice(from.index, 1);
  target.siteIds.splice(Math.max(0, Math.min(to.index, target.siteIds.length)), 0, id);
  return next;
}
