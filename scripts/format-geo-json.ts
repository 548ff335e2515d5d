/**
 * JSON for geo/: properties indented for review, each position on one line as `[lon,lat]`,
 * so a moved point is a one-line diff and the files stay small.
 */
export function formatGeoJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '[$1,$2]') + '\n';
}
