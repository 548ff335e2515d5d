/**
 * The `tiles` attribute's rule, pure so that embed.html's URL check, the bridge and the element
 * share it (basemaps.ts draws what it accepts).
 */

/** OpenStreetMap's standard tiles. */
export const OSM_TEMPLATE = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The placeholders Leaflet fills in a template: subdomain, zoom, column, row, retina suffix, TMS row. */
export const TILE_PLACEHOLDERS = ['{s}', '{z}', '{x}', '{y}', '{r}', '{-y}'] as const;
const MAX_TEMPLATE_LENGTH = 2048;
/** Loopback hosts are secure contexts: http there is a developer's own tile server, not the open web. */
const LOOPBACK = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?\//;

/**
 * Checks a `tiles` value: `none` or empty (no tiles), `osm`, or an https template whose only
 * placeholders are {s} {z} {x} {y} {r} {-y}, with {z}, {x} and a row ({y}, or {-y} for TMS servers).
 * Returns the template to draw (undefined: none), or why the value cannot be used. Never throws.
 */
export function checkTileTemplate(value: unknown): { template: string | undefined } | { reason: string } {
  if (value === null || value === undefined) return { template: undefined };
  if (typeof value !== 'string') return { reason: 'is not text' };
  const v = value.trim();
  if (v === '' || v === 'none') return { template: undefined };
  if (v === 'osm') return { template: OSM_TEMPLATE };
  if (v.length > MAX_TEMPLATE_LENGTH) return { reason: `is longer than ${MAX_TEMPLATE_LENGTH} characters` };
  if (!v.startsWith('https://') && !LOOPBACK.test(v)) return { reason: 'must be an https URL template' };
  if (/[\s"'<>\\`]/.test(v)) return { reason: 'contains a space, a quote, a backslash or an angle bracket' };
  const unknown = (v.match(/\{[^{}]*\}?/g) ?? []).filter((p) => !(TILE_PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length > 0)
    return {
      reason: `has a placeholder the map cannot fill: ${unknown[0].slice(0, 40)} (known: ${TILE_PLACEHOLDERS.join(' ')})`,
    };
  if (!v.includes('{z}') || !v.includes('{x}') || !(v.includes('{y}') || v.includes('{-y}')))
    return { reason: 'needs {z}, {x} and {y} (or {-y})' };
  try {
    new URL(v);
  } catch {
    return { reason: 'is not a URL' };
  }
  return { template: v };
}
