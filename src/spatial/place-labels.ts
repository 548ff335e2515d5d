/** An axis-aligned box in screen pixels: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

/** One way to write a label (its full name on one line, wrapped, or a short name), measured. */
export interface LabelVariant {
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: string;
  /** Where the label belongs, in screen px (its area's label point). */
  anchor: [number, number];
  /** In order of preference; the first that fits is used. */
  variants: readonly LabelVariant[];
}

export interface LabelPlacement {
  id: string;
  /** Index into the candidate's variants. */
  variant: number;
  /** The label's centre, in screen px. */
  center: [number, number];
  box: Box;
}

export interface PlaceLabelsOptions {
  /** Room kept free around each label, px (default 2). */
  padding?: number;
  /** How far, in label heights, a label may move from its anchor to find room (default 3). */
  reach?: number;
}

const intersects = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places labels so none overlaps another, an obstacle (a marker's tap box, a map control), or the
 * viewport's edge; a label that cannot be placed gives way (it is left out of the result). In
 * `candidates` order (first placed wins), each tries its variants in turn, and for each a few
 * spots near its anchor: on it, then above and below, then left and right, pulled inside the
 * viewport when it would cross an edge. Greedy, as map label engines are at this size (five
 * labels): no search over combinations. Pure: inputs are not changed.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  viewport: Box,
  options: PlaceLabelsOptions = {},
): LabelPlacement[] {
  const pad = options.padding ?? 2;
  const reach = options.reach ?? 3;
  const placed: LabelPlacement[] = [];
  const taken: Box[] = [...obstacles];
  for (const c of candidates) {
    const spot = bestSpot(c);
    if (!spot) continue;
    placed.push(spot);
    taken.push(spot.box);
  }
  return placed;

  function bestSpot(c: LabelCandidate): LabelPlacement | undefined {
    for (let variant = 0; variant < c.variants.length; variant++) {
      const { width: w, height: h } = c.variants[variant];
      if (w + 2 * pad > viewport[2] - viewport[0] || h + 2 * pad > viewport[3] - viewport[1]) continue;
      const step = h + 2 * pad;
      const offsets: [number, number][] = [[0, 0]];
      for (let k = 1; k <= reach; k++)
        offsets.push([0, -k * step], [0, k * step], [-(w / 2) * k, 0], [(w / 2) * k, 0], [-(w / 2) * k, -k * step]);
      for (const [dx, dy] of offsets) {
        // Pulled inside the viewport: a long name near the edge slides in rather than running off.
        const x = clamp(c.anchor[0] + dx, viewport[0] + pad + w / 2, viewport[2] - pad - w / 2);
        const y = clamp(c.anchor[1] + dy, viewport[1] + pad + h / 2, viewport[3] - pad - h / 2);
        const box: Box = [x - w / 2 - pad, y - h / 2 - pad, x + w / 2 + pad, y + h / 2 + pad];
        if (taken.some((t) => intersects(box, t))) continue;
        return { id: c.id, variant, center: [x, y], box: [x - w / 2, y - h / 2, x + w / 2, y + h / 2] };
      }
    }
    return undefined;
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
