import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeIcsText } from '../../src/plan/escape-ics-text';
import { exportIcs } from '../../src/plan/export-ics';
import { foldIcsLine } from '../../src/plan/fold-ics-line';
import { planDay } from '../../src/plan/plan-day';
import { sitesForDay } from '../../src/plan/sites-for-day';
import { DEFAULT_START } from '../../src/plan/start-points';
import { HOSTILE, trip, tripSites } from './hostile';

const now = new Date(Date.UTC(2025, 3, 1, 8, 30, 0));
const hhmm = (min: number) =>
  `${String(Math.floor(min / 60) % 24).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone')!;
  ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('exportIcs', () => {
  it('writes one event per stop at the times planDay gives, in Asia/Shanghai', () => {
    const text = exportIcs(trip, tripSites, '2025-05-01', { lang: 'en', now });
    const { calendar, events } = read(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(5);

    const expected = trip.days.flatMap((day, d) => {
      const sites = sitesForDay(day, tripSites);
      return planDay(sites, DEFAULT_START).stops.map((s, i) => ({ date: `2025-05-0${d + 1}`, s, site: sites[i] }));
    });
    for (const [i, e] of events.entries()) {
      const { date, s, site } = expected[i];
      expect(e.summary).toBe(site.name.en.replace('\u0007', '').replace(/\r\n/g, '\n'));
      expect(e.location).toBe(e.summary);
      expect(e.startDate.zone?.tzid).toBe('Asia/Shanghai');
      expect(e.startDate.toString()).toBe(`${date}T${hhmm(s.arriveMin)}:00`);
      expect(e.endDate.toString()).toBe(`${date}T${hhmm(s.departMin)}:00`);
      expect(e.uid).toMatch(/@liangzhou-map$/);
      expect(e.component.getFirstPropertyValue('geo')).toEqual([site.coordinates[1], site.coordinates[0]]);
      // UTC+8: 09:xx in Wuwei is 01:xx UTC.
      expect(e.startDate.toJSDate().getTime()).toBe(Date.parse(`${date}T${hhmm(s.arriveMin)}:00+08:00`));
      expect(e.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2025-04-01T08:30:00Z');
    }
    expect(events[0].summary).toBe(tripSites[1].name.en);
    expect(events[3].description).toBe(`Day 2 ${HOSTILE.replace('\u0007', '').replace(/\r\n/g, '\n')} · 1/2`);
    expect(new Set(events.map((e) => e.uid)).size).toBe(5);
  });

  it('describes China Standard Time, UTC+8 with no daylight saving', () => {
    const text = exportIcs(trip, tripSites, '2025-07-01', { now });
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\n');
    expect(text).toContain('TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n');
    expect(text).not.toContain('DAYLIGHT');
  });

  it('ends every line with CRLF, folds at 75 octets and escapes text', () => {
    const text = exportIcs(trip, tripSites, '2025-05-01', { now });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('SUMMARY:寺<b>"Tom" & \'Jerry\'</b>\\n\\;\\,\\\\ ]]></name><script>x</script>\\nend');
  });

  it('carries a day that runs past midnight into the next date', () => {
    const late = { days: [{ name: 'late', siteIds: ['leitai-han-tomb', 'tiantishan-grottoes'] }] };
    const { events } = read(exportIcs(late, tripSites, '2025-12-31', { now, dayStartMin: 22 * 60 }));
    expect(events[1].startDate.toString()).toMatch(/^2026-01-01T/);
  });

  it('rejects a first date that is not a calendar date', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '01/05/2025', ''])
      expect(() => exportIcs(trip, tripSites, bad)).toThrow(RangeError);
  });
});

describe('escapeIcsText and foldIcsLine', () => {
  it('escapes the TEXT specials and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg\u0000h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('folds on character boundaries, continuation lines starting with a space', () => {
    const line = 'SUMMARY:' + '凉'.repeat(40);
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, p] of parts.entries()) {
      expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('short')).toBe('short');
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe('x'.repeat(75) + '\r\n x');
  });
});
