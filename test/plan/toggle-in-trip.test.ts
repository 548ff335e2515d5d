import { describe, expect, it } from 'vitest';
import { toggleInTrip } from '../../src/plan/toggle-in-trip';

describe('toggleInTrip', () => {
  it('starts a first day for the first site', () => {
    expect(toggleInTrip({ days: [] }, 'a')).toEqual({ days: [{ name: '', siteIds: ['a'] }] });
  });

  it('adds to the end of the last day, and takes out from any day', () => {
    const trip = {
      days: [
        { name: 'D1', siteIds: ['a', 'b'] },
        { name: 'D2', siteIds: ['c'] },
      ],
    };
    const added = toggleInTrip(trip, 'd');
    expect(added.days[1].siteIds).toEqual(['c', 'd']);
    expect(toggleInTrip(added, 'a')).toEqual({
      days: [
        { name: 'D1', siteIds: ['b'] },
        { name: 'D2', siteIds: ['c', 'd'] },
      ],
    });
    // The input is left as it was.
    expect(trip.days[1].siteIds).toEqual(['c']);
  });
});
