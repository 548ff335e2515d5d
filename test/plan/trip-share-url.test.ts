import { describe, expect, it } from 'vitest';
import { readTripParam } from '../../src/plan/read-trip-param';
import { tripShareUrl, withoutSenderView } from '../../src/plan/trip-share-url';

const known = ['leitai-han-tomb', 'tiantishan-grottoes'];
const trip = {
  days: [
    { name: '第一天', siteIds: ['leitai-han-tomb'] },
    { name: '', siteIds: ['tiantishan-grottoes'] },
  ],
};

describe('tripShareUrl / readTripParam', () => {
  it('writes a link that reads back to the same trip, keeping the page’s other parameters', () => {
    const link = tripShareUrl('https://bureau.example/visit/?lang=en#map', trip);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://bureau.example/visit/');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.hash).toBe('');
    for (const form of [link, url, url.search, url.search.slice(1), `/visit/${url.search}#map`])
      expect(readTripParam(form, known), String(form)).toEqual({ itinerary: trip, problems: [] });
  });

  it('replaces a trip the base already carries', () => {
    const first = tripShareUrl('https://bureau.example/', trip);
    const second = tripShareUrl(first, { days: [{ name: 'B', siteIds: ['tiantishan-grottoes'] }] });
    expect(new URL(second).searchParams.getAll('trip')).toHaveLength(1);
    expect(readTripParam(second, known)!.itinerary.days[0].name).toBe('B');
  });

  it('reads nothing from a link without a trip, and drops sites the map does not hold', () => {
    expect(readTripParam('https://bureau.example/?lang=en', known)).toBeUndefined();
    expect(readTripParam('?trip=', known)).toBeUndefined();
    expect(readTripParam('?trip=9*abc', known)).toBeUndefined();
    const link = tripShareUrl('https://bureau.example/', trip);
    expect(readTripParam(link, ['tiantishan-grottoes'])).toEqual({
      itinerary: { days: [{ name: '第一天', siteIds: [] }, trip.days[1]] },
      problems: [{ code: 'unknown-site', day: 0, value: 'leitai-han-tomb' }],
    });
  });
});

describe('the sender’s view', () => {
  it('is left out of a trip link: the recipient asked for the trip, not the sender’s popup', () => {
    const link = new URL(
      tripShareUrl('https://example.org/map/?lang=en&site=leitai-han-tomb&center=37.9,102.6&zoom=12', {
        days: [{ name: 'A', siteIds: ['leitai-han-tomb'] }],
      }),
    );
    expect([...link.searchParams.keys()]).toEqual(['lang', 'trip']);
  });

  it('is dropped from an address that carries a trip, and kept otherwise', () => {
    expect(withoutSenderView('?site=leitai-han-tomb&trip=1*QQ.leitai-han-tomb&zoom=12&lang=en')).toBe(
      '?trip=1*QQ.leitai-han-tomb&lang=en',
    );
    expect(withoutSenderView('?site=leitai-han-tomb&zoom=12')).toBe('?site=leitai-han-tomb&zoom=12');
    expect(withoutSenderView('?trip=1*QQ&center=1,2')).toBe('?trip=1*QQ');
    expect(withoutSenderView('')).toBe('');
  });
});
