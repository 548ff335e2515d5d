import { describe, expect, it } from 'vitest';
import { freeRect, type Rect } from '../../src/state/free-rect';

const box = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('freeRect', () => {
  it('is the frame when nothing covers it', () => {
    expect(freeRect(box(0, 0, 800, 600), [])).toEqual(box(0, 0, 800, 600));
  });

  it('cuts a desktop side panel away on its side, not from the top', () => {
    // A 340 px card on the right, almost full height.
    expect(freeRect(box(0, 0, 1366, 800), [box(1018, 8, 1358, 700)])).toEqual(box(0, 0, 1018, 800));
  });

  it('keeps clear of a phone’s note, zoom buttons, attribution and bottom bar at once', () => {
    const frame = box(0, 0, 375, 667);
    const overlays = [
      box(10, 10, 44, 84), // zoom buttons
      box(54, 10, 204, 46), // the schematic note
      box(0, 615, 375, 667), // the sheet's bar
      box(150, 595, 375, 615), // attribution above it
      box(10, 590, 110, 609), // scale
    ];
    const free = freeRect(frame, overlays, { minWidth: 300 });
    for (const o of overlays) expect(overlaps(free, o)).toBe(false);
    expect(free.right - free.left).toBeGreaterThanOrEqual(300);
    // Cutting the zoom buttons from the left keeps 331 × 544 px; from the top, 375 × 506 px: larger.
    expect(free).toEqual(box(0, 84, 375, 590));
  });

  it('prefers a part wide enough for the card over a larger but narrower one', () => {
    const frame = box(0, 0, 400, 1000);
    const tall = box(0, 0, 60, 300); // cutting from the left costs 60 × 1000, from the top 300 × 400
    expect(freeRect(frame, [tall])).toEqual(box(60, 0, 400, 1000));
    expect(freeRect(frame, [tall], { minWidth: 360 })).toEqual(box(0, 300, 400, 1000));
  });

  it('ignores overlays outside the frame or empty, and does not change its inputs', () => {
    const frame = box(0, 0, 500, 400);
    const overlays = [box(600, 0, 700, 100), box(10, 10, 10, 50)];
    const copy = structuredClone(overlays);
    expect(freeRect(frame, overlays)).toEqual(frame);
    expect(overlays).toEqual(copy);
    expect(frame).toEqual(box(0, 0, 500, 400));
  });
});
