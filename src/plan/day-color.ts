/**
 * The colour of a trip's day, shared by the map's route lines and the trip panel so a visitor can
 * match them. Dark enough for white numerals (WCAG AA) and apart from the zone colours.
 */
const DAY_COLORS = ['#b91c1c', '#1d4ed8', '#047857', '#7c3aed', '#b45309', '#0e7490', '#be185d'] as const;

export function dayColor(index: number): string {
  return DAY_COLORS[((index % DAY_COLORS.length) + DAY_COLORS.length) % DAY_COLORS.length];
}
