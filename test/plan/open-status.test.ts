import { afterEach, describe, expect, it } from 'vitest';
import { isClosedAt, openStatus, shanghaiClock } from '../../src/plan/open-status';

/** An instant given as Shanghai wall-clock time (UTC+8). */
const sh = (iso: string) => new Date(`${iso}+08:00`);
const museum = { openingHours: 'Tu-Su 09:00-17:30' };

describe('openStatus', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('says open, closed now and closed today from the hours, in Shanghai time', () => {
    // 2026-06-02 is a Tuesday, 2026-06-01 a Monday.
    expect(openStatus(museum, sh('2026-06-02T10:00:00'))).toBe('open');
    expect(openStatus(museum, sh('2026-06-02T08:59:00'))).toBe('closed-now');
    expect(openStatus(museum, sh('2026-06-02T17:30:00'))).toBe('closed-now');
    expect(openStatus(museum, sh('2026-06-01T10:00:00'))).toBe('closed-today');
  });

  it('reads the hours in Shanghai time whatever the machine time zone, on DST change days too', () => {
    for (const zone of ['UTC', 'America/New_York', 'Europe/Berlin', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      // 2026-03-08 (US clocks go forward) is a Sunday in Shanghai at 10:00: open.
      expect(openStatus(museum, sh('2026-03-08T10:00:00')), zone).toBe('open');
      // 2026-03-29 (EU change) at 18:00 Shanghai: closed now, open earlier that day.
      expect(openStatus(museum, sh('2026-03-29T18:00:00')), zone).toBe('closed-now');
      // 2026-03-30 is a Monday in Shanghai, even where it is still Sunday.
      expect(openStatus(museum, sh('2026-03-30T07:00:00')), zone).toBe('closed-today');
      expect(shanghaiClock(sh('2026-03-08T02:30:00')).getHours(), zone).toBe(zone === 'America/New_York' ? 3 : 2);
    }
  });

  it('applies no holiday rule it was not given: a plain weekly rule is open on National Day', () => {
    // 2026-10-01 is a Thursday; the hours do not mention holidays, so none are assumed.
    expect(openStatus(museum, sh('2026-10-01T10:00:00'))).toBe('open');
    // Hours that depend on public holidays cannot be resolved without holiday data: unknown, not a guess.
    expect(openStatus({ openingHours: 'Mo-Su 09:00-17:00; PH off' }, sh('2026-10-01T10:00:00'))).toBe('unknown');
  });

  it('says unknown without hours, for unreadable hours, and where the hours say unknown', () => {
    expect(openStatus({}, sh('2026-06-02T10:00:00'))).toBe('unknown');
    expect(openStatus({ openingHours: 'whenever the keeper is in' }, sh('2026-06-02T10:00:00'))).toBe('unknown');
    expect(openStatus({ openingHours: 'Mo-Su 09:00-17:00 unknown' }, sh('2026-06-02T10:00:00'))).toBe('unknown');
  });

  it('isClosedAt is true only when known hours say closed', () => {
    expect(isClosedAt(museum, sh('2026-06-01T10:00:00'))).toBe(true);
    expect(isClosedAt(museum, sh('2026-06-02T20:00:00'))).toBe(true);
    expect(isClosedAt(museum, sh('2026-06-02T10:00:00'))).toBe(false);
    expect(isClosedAt({}, sh('2026-06-01T10:00:00'))).toBe(false);
  });
});
