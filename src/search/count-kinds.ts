import type { Category, Site, Theme } from '../model/types';

export interface KindCounts {
  /** Sites per category; categories with none are left out. */
  byCategory: Partial<Record<Category, number>>;
  /** Sites per theme (a site with two themes counts in both, a theme named twice once). */
  byTheme: Partial<Record<Theme, number>>;
  /** Sites without a theme. */
  noTheme: number;
}

/** How many of `sites` are of each category and theme. */
export function countKinds(sites: readonly Site[]): KindCounts {
  const byCategory: KindCounts['byCategory'] = {};
  const byTheme: KindCounts['byTheme'] = {};
  let noTheme = 0;
  for (const s of sites) {
    byCategory[s.category] = (byCategory[s.category] ?? 0) + 1;
    for (const theme of new Set(s.themes)) byTheme[theme] = (byTheme[theme] ?? 0) + 1;
    if (s.themes.length === 0) noTheme++;
  }
  return { byCategory, byTheme, noTheme };
}
