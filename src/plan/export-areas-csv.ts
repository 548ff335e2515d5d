import type { AreaId } from '../model/types';
import { CATEGORIES, THEMES } from '../model/types';
import type { AreaRow } from '../spatial/compare-areas';
import { toCsv } from './to-csv';

/**
 * The compare table as CSV: one header row, one row per area. Columns are stable ids (`area_km2`,
 * `category:temple`, `theme:buddhist`, …) so a planner's spreadsheet formulas survive a language
 * switch; the area's name (in the caller's language) follows its id. Figures rounded as the table shows them.
 */
export function exportAreasCsv(rows: readonly AreaRow[], names: Record<AreaId, string>): string {
  const header = [
    'id',
    'name',
    'area_km2',
    'sites',
    'sites_per_100km2',
    'national',
    'provincial',
    'median_axis_km',
    ...CATEGORIES.map((c) => `category:${c}`),
    ...THEMES.map((th) => `theme:${th}`),
    'theme:none',
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.id,
      names[r.id],
      round(r.areaKm2, 1),
      r.sites,
      round(r.perHundredKm2, 2),
      r.national,
      r.provincial,
      r.medianAxisKm === undefined ? '' : round(r.medianAxisKm, 1),
      ...CATEGORIES.map((c) => r.byCategory[c] ?? 0),
      ...THEMES.map((th) => r.byTheme[th] ?? 0),
      r.noTheme,
    ]),
  );
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));
