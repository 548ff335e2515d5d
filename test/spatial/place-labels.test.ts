import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../../src/spatial/place-labels';

const view: Box = [0, 0, 400, 300];
const v = (width: number, height = 16) => ({ width, height });
const meet = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('placeLabels', () => {
  it('keeps a label on its anchor when there is room', () => {
    const [p] = placeLabels([{ id: 'a', anchor: [200, 150], variants: [v(100)] }], [], view);
    expect(p).toMatchObject({ id: 'a', variant: 0, center: [200, 150] });
  });

  it('pulls a long label inside the viewport instead of running off its edge', () => {
    const [p] = placeLabels([{ id: 'a', anchor: [20, 150], variants: [v(300)] }], [], view);
    expect(p.box[0]).toBeGreaterThanOrEqual(0);
    expect(p.box[2]).toBeLessThanOrEqual(400);
  });

  it('moves a label off a marker, and the second off the first', () => {
    const marker: Box = [190, 140, 214, 164];
    const placed = placeLabels(
      [
        { id: 'a', anchor: [200, 150], variants: [v(100)] },
        { id: 'b', anchor: [205, 152], variants: [v(100)] },
      ],
      [marker],
      view,
    );
    expect(placed.map((p) => p.id)).toEqual(['a', 'b']);
    for (const p of placed) expect(meet(p.box, marker)).toBe(false);
    expect(meet(placed[0].box, placed[1].box)).toBe(false);
  });

  it('falls back to a shorter variant, then gives way when nothing fits', () => {
    const narrow: Box = [0, 0, 120, 40];
    const [p] = placeLabels([{ id: 'a', anchor: [60, 20], variants: [v(200), v(80)] }], [], narrow);
    expect(p.variant).toBe(1);
    expect(placeLabels([{ id: 'b', anchor: [60, 20], variants: [v(200)] }], [], narrow)).toEqual([]);
  });

  it('does not change its inputs', () => {
    const candidates = [{ id: 'a', anchor: [200, 150] as [number, number], variants: [v(100)] }];
    const copy = structuredClone(candidates);
    placeLabels(candidates, [[0, 0, 10, 10]], view);
    expect(candidates).toEqual(copy);
  });
});
