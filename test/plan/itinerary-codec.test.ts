import { describe, expect, it } from 'vitest';
import type { Itinerary } from '../../src/model/itinerary';
import { CODEC_LIMITS, decodeItinerary, encodeItinerary } from '../../src/plan/itinerary-codec';
import { HOSTILE } from './hostile';
import { realSites, seeded } from './real-sites';

const known = realSites.map((s) => s.id);
const trip: Itinerary = {
  days: [
    { name: '第一天', siteIds: ['leitai-han-tomb', 'wuwei-confucian-temple'] },
    { name: 'Day 2: south', siteIds: ['tiantishan-grottoes'] },
    { name: '', siteIds: [] },
  ],
};

describe('encodeItinerary / decodeItinerary', () => {
  it('round-trips a trip, names in any script', () => {
    const text = encodeItinerary(trip);
    expect(text).toMatch(/^1\*/);
    expect(decodeItinerary(text, known)).toEqual({ itinerary: trip, problems: [] });
    expect(decodeItinerary(encodeItinerary({ days: [] }), known)).toEqual({ itinerary: { days: [] }, problems: [] });
  });

  it('round-trips every real site, and a hostile name minus its control characters', () => {
    const all = {
      days: [
        { name: HOSTILE, siteIds: known.slice(0, 20) },
        { name: '😀 凉州', siteIds: known.slice(20) },
      ],
    };
    const back = decodeItinerary(encodeItinerary(all), known)!;
    expect(back.problems).toEqual([]);
    expect(back.itinerary.days.map((d) => d.siteIds)).toEqual(all.days.map((d) => d.siteIds));
    expect(back.itinerary.days[0].name).toBe(HOSTILE.replace(/[\u0000-\u001F]/g, ' '));
    expect(back.itinerary.days[1].name).toBe('😀 凉州');
  });

  it('survives a URL unchanged: only characters URLSearchParams leaves alone', () => {
    const text = encodeItinerary({ days: [{ name: HOSTILE, siteIds: ['leitai-han-tomb'] }, ...trip.days] });
    expect(text).toMatch(/^[A-Za-z0-9*._-]+$/);
    const url = new URL('https://example.org/map');
    url.searchParams.set('trip', text);
    expect(url.search).toBe(`?trip=${text}`);
    expect(decodeItinerary(new URL(url.href).searchParams.get('trip'), known)!.itinerary.days[1]).toEqual(trip.days[0]);
  });

  it('drops unknown and malformed ids and says so', () => {
    const text = `1*${encodeItinerary(trip).split('*')[1]}.no-such-site.BAD_ID..leitai-temple`;
    const result = decodeItinerary(text, known)!;
    expect(result.itinerary.days[0]).toEqual({
      name: '第一天',
      siteIds: ['leitai-han-tomb', 'wuwei-confucian-temple', 'leitai-temple'],
    });
    expect(result.problems).toEqual([
      { code: 'unknown-site', day: 0, value: 'no-such-site' },
      { code: 'bad-id', day: 0, value: 'BAD_ID' },
      { code: 'bad-id', day: 0, value: '' },
    ]);
  });

  it('reads a bad name as empty, and cuts long names, many days and many stops', () => {
    expect(decodeItinerary('1*%%%.leitai-temple', known)).toEqual({
      itinerary: { days: [{ name: '', siteIds: ['leitai-temple'] }] },
      problems: [{ code: 'bad-name', day: 0 }],
    });
    expect(decodeItinerary('1*_w', known)!.problems).toEqual([{ code: 'bad-name', day: 0 }]); // not UTF-8
    const long = decodeItinerary(encodeItinerary({ days: [{ name: '凉'.repeat(200), siteIds: [] }] }), known)!;
    expect([...long.itinerary.days[0].name]).toHaveLength(CODEC_LIMITS.maxNameLength);
    expect(long.problems).toEqual([{ code: 'long-name', day: 0 }]);
    const many = decodeItinerary(
      encodeItinerary({ days: Array.from({ length: 20 }, () => ({ name: 'd', siteIds: [] })) }),
      known,
    )!;
    expect(many.itinerary.days).toHaveLength(CODEC_LIMITS.maxDays);
    expect(many.problems).toEqual([{ code: 'too-many-days' }]);
    const crowded = decodeItinerary(`1*.${Array(45).fill('leitai-temple').join('.')}`, known)!;
    expect(crowded.itinerary.days[0].siteIds).toHaveLength(CODEC_LIMITS.maxStopsPerDay);
    expect(crowded.problems).toHaveLength(5);
  });

  it('returns undefined for what is not a trip at all', () => {
    for (const bad of [undefined, null, 42, {}, '', '2*abc', 'x', '1'.repeat(CODEC_LIMITS.maxLength + 1)]) {
      expect(decodeItinerary(bad, known), String(bad).slice(0, 20)).toBeUndefined();
    }
    expect(decodeItinerary('1', known)).toEqual({ itinerary: { days: [] }, problems: [] });
  });

  it('never throws on garbage', () => {
    const random = seeded(7);
    const alphabet = '1*.-_abcdefXYZ09%~\u0000😀凉';
    const chars = [...alphabet];
    for (let i = 0; i < 2000; i++) {
      const text =
        '1*' +
        Array.from({ length: Math.floor(random() * 40) }, () => chars[Math.floor(random() * chars.length)]).join('');
      expect(() => decodeItinerary(text, known)).not.toThrow();
    }
  });
});
