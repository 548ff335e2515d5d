/** A box in one coordinate system (the map's container, in CSS px). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FreeRectOptions {
  /** A free part narrower than this is a last resort (a popup needs room for its card). Default 0. */
  minWidth?: number;
  /** Likewise for height. Default 0. */
  minHeight?: number;
}

type Side = 'top' | 'right' | 'bottom' | 'left';
const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];

/** `frame` with everything on one side of `overlay` cut away. */
function cut(frame: Rect, overlay: Rect, side: Side): Rect {
  switch (side) {
    case 'top':
      return { ...frame, top: Math.max(frame.top, overlay.bottom) };
    case 'bottom':
      return { ...frame, bottom: Math.min(frame.bottom, overlay.top) };
    case 'left':
      return { ...frame, left: Math.max(frame.left, overlay.right) };
    case 'right':
      return { ...frame, right: Math.min(frame.right, overlay.left) };
  }
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const width = (r: Rect) => Math.max(0, r.right - r.left);
const height = (r: Rect) => Math.max(0, r.bottom - r.top);

/**
 * The largest part of `frame` that no overlay covers, found by cutting each overlay away along one of
 * its sides (the overlays of a map sit along its edges: a note and the zoom buttons at the top left, a
 * panel on the right or a sheet at the bottom, the attribution and the scale at the foot). Every
 * choice of sides is tried (4^n, with n ≤ 8 here) and the largest result that meets the minimum size
 * wins; if none does, the largest of all. Overlays outside the frame or empty are ignored.
 */
export function freeRect(frame: Rect, overlays: readonly Rect[], options: FreeRectOptions = {}): Rect {
  const { minWidth = 0, minHeight = 0 } = options;
  const inside = overlays.filter((o) => width(o) > 0 && height(o) > 0 && overlaps(o, frame));
  let best: { rect: Rect; fits: boolean; area: number } | undefined;
  const visit = (rect: Rect, i: number): void => {
    if (i === inside.length) {
      const fits = width(rect) >= minWidth && height(rect) >= minHeight;
      const area = width(rect) * height(rect);
      if (!best || (fits && !best.fits) || (fits === best.fits && area > best.area)) best = { rect, fits, area };
      return;
    }
    // An overlay the cuts so far already cleared costs nothing.
    if (!overlaps(inside[i], rect)) return visit(rect, i + 1);
    for (const side of SIDES) visit(cut(rect, inside[i], side), i + 1);
  };
  visit({ ...frame }, 0);
  return best!.rect;
}
