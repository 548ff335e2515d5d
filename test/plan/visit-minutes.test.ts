import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/model/types';
import { DEFAULT_VISIT_MIN, visitMinutes } from '../../src/plan/visit-minutes';
import { fakeSite, realSites } from './real-sites';

describe('visitMinutes', () => {
  it('has a default for every category, between a quarter hour and half a day', () => {
    for (const c of CATEGORIES) {
      expect(DEFAULT_VISIT_MIN[c], c).toBeGreaterThanOrEqual(15);
      expect(DEFAULT_VISIT_MIN[c], c).toBeLessThanOrEqual(240);
    }
    for (const s of realSites) expect(visitMinutes(s)).toBe(DEFAULT_VISIT_MIN[s.category]);
  });

  it("prefers the site's own visitMin", () => {
    expect(visitMinutes(fakeSite('a', [102.6, 37.9], { category: 'museum', visitMin: 25 }))).toBe(25);
    expect(visitMinutes(fakeSite('b', [102.6, 37.9], { category: 'museum' }))).toBe(DEFAULT_VISIT_MIN.museum);
  });
});
