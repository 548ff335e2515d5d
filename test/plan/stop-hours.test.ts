import { describe, expect, it } from 'vitest';
import { openStatus } from '../../src/plan/open-status';
import { stopHours, tripDayDate, tripInstant } from '../../src/plan/stop-hours';

const museum = { openingHours: 'Tu-Su 09:00-17:00' };
// 2026-06-01 is a Monday.
const monday = '2026-06-01';

describe('stopHours', () => {
  it('places a planned minute in Shanghai time', () => {
    expect(tripInstant(monday, 0, 9 * 60).toISOString()).toBe('2026-06-01T01:00:00.000Z');
    expect(tripInstant(monday, 1, 25 * 60).toISOString()).toBe('2026-06-02T17:00:00.000Z');
    expect(tripDayDate('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('warns when the site is closed all that day, or at arrival, or closes during the visit', () => {
    expect(stopHours(museum, monday, 0, { arriveMin: 600, departMin: 660 }, openStatus)).toBe('closed-day');
    expect(stopHours(museum, monday, 1, { arriveMin: 600, departMin: 660 }, openStatus)).toBe('open');
    expect(stopHours(museum, monday, 1, { arriveMin: 8 * 60, departMin: 9 * 60 + 30 }, openStatus)).toBe('closed');
    expect(stopHours(museum, monday, 1, { arriveMin: 16 * 60 + 30, departMin: 17 * 60 + 30 }, openStatus)).toBe(
      'closed',
    );
  });

  it('says unknown, never a guess, for missing or unreadable hours', () => {
    expect(stopHours({}, monday, 0, { arriveMin: 600, departMin: 660 }, openStatus)).toBe('unknown');
    expect(
      stopHours(
        { openingHours: 'PH off; Mo-Su 09:00-17:00' },
        monday,
        0,
        { arriveMin: 600, departMin: 660 },
        openStatus,
      ),
    ).toBe('unknown');
    expect(stopHours({ openingHours: 'not hours' }, monday, 0, { arriveMin: 600, departMin: 660 }, openStatus)).toBe(
      'unknown',
    );
  });
});
