import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../src/spatial/fit-projection';

describe('fitProjection', () => {
  it('fits the box inside the padding, centred, y pointing down', () => {
    const p = fitProjection([102.6, 37.9, 102.8, 38.0], 400, 300, { padding: 10 });
    const [x0, y0] = p(102.6, 37.9);
    const [x1, y1] = p(102.8, 38.0);
    expect(y1).toBeLessThan(y0); // north is up
    expect(x1 - x0).toBeCloseTo(380, 5); // width is the binding side here
    expect((x0 + x1) / 2).toBeCloseTo(200, 5);
    expect((y0 + y1) / 2).toBeCloseTo(150, 5);
    expect(Math.min(y1, y0)).toBeGreaterThanOrEqual(10);
  });

  it('keeps shapes: a degree of longitude at 38° N is cos 38° of a degree of latitude', () => {
    const p = fitProjection([102, 37.5, 103, 38.5], 500, 500);
    const dx = p(103, 38)[0] - p(102, 38)[0];
    const dy = p(102.5, 37.5)[1] - p(102.5, 38.5)[1];
    expect(dx / dy).toBeCloseTo(Math.cos((38 * Math.PI) / 180), 3);
  });

  it('gives a one-point box a neighbourhood instead of dividing by zero', () => {
    const p = fitProjection([102.64, 37.93, 102.64, 37.93], 200, 200);
    expect(p(102.64, 37.93)).toEqual([100, 100]);
    expect(Number.isFinite(p(102.65, 37.94)[0])).toBe(true);
  });
});
