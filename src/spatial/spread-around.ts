import { lonLatToPixel, pixelToLonLat } from './web-mercator';

/**
 * Where to draw `n` sites that share one spot (or are too close to tap apart even at the deepest
 * zoom): evenly on a circle around `center`, far enough apart at `zoom` that square tap boxes of
 * `sidePx` do not overlap. The first sits straight above; the rest follow clockwise.
 */
export function spreadAround(
  center: readonly [number, number],
  n: number,
  zoom: number,
  sidePx: number,
): [number, number][] {
  const [cx, cy] = lonLatToPixel(center, zoom);
  // Neighbours on the circle are 2r·sin(π/n) apart; keep that ≥ side·√2 (diagonal boxes), and r ≥ side.
  const r = n < 2 ? 0 : Math.max(sidePx, (sidePx * Math.SQRT2) / (2 * Math.sin(Math.PI / n)));
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return pixelToLonLat([cx + r * Math.cos(a), cy + r * Math.sin(a)], zoom);
  });
}
