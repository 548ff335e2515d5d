/** The side card's width with its margins (lz-panel: 340 px, 8 px from the edge). */
export const SIDE_PANEL_PX = 356;

/**
 * Whether `<liangzhou-map>`'s panel is a bottom sheet (folded to its tab bar until asked for) rather
 * than the card on the right: on a narrow map (under 640 px: a phone) the card would cover over half
 * of it, and on a short one (under 440 px: a phone in landscape, 667 × 375) the open card would too,
 * and would leave no room for a popup beside it. A 480 px embed keeps the card.
 */
export function isNarrow(width: number, height: number): boolean {
  return width < 640 || height < 440;
}
