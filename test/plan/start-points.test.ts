import { describe, expect, it } from 'vitest';
import { DEFAULT_START, START_POINTS } from '../../src/plan/start-points';
import { site } from './real-sites';

describe('START_POINTS', () => {
  it("puts the old city where the data's old-city site is", () => {
    expect(START_POINTS.map((p) => p.id)).toEqual(['old-city']);
    expect(START_POINTS[0].coordinates).toEqual(site('liangzhou-old-city').coordinates);
    expect(DEFAULT_START).toEqual([102.638, 37.929]);
  });
});
