import { describe, expect, it } from 'vitest';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { areaKm2 } from '../../src/spatial/area-km2';
import { areaSizes } from '../../src/spatial/area-sizes';

describe('areaKm2 / areaSizes', () => {
  it('measures a 0.1° square at 38° N as about 97.8 km²', () => {
    // 0.1° of latitude ≈ 11.1 km; of longitude at 38° ≈ 11.1 × cos 38° ≈ 8.77 km.
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [102.6, 37.95],
          [102.7, 37.95],
          [102.7, 38.05],
          [102.6, 38.05],
          [102.6, 37.95],
        ],
      ],
    };
    expect(areaKm2(square)).toBeGreaterThan(97);
    expect(areaKm2(square)).toBeLessThan(98.5);
  });

  it('sizes the core and the zones of the built-in layout, adding up to the district', () => {
    const layout = parseLayout(builtInFiles);
    const sizes = areaSizes(layout);
    expect(Object.keys(sizes).sort()).toEqual(['core', 'east', 'north', 'south', 'west']);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(areaKm2(layout.boundary.geometry), 0);
    expect(sizes.core).toBeLessThan(sizes.east);
  });
});
