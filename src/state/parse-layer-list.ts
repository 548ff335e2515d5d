/**
 * Reads a comma-separated list of layer ids (`core,south,sites,-theme:buddhist`): areas listed are shown;
 * a `-` before a `category:` or `theme:` filter hides those sites. Drops blanks, repeats and junk.
 */
export function parseLayerList(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => /^-?([a-z0-9-]+:)?[a-z0-9-]+$/.test(s));
  return [...new Set(ids)];
}
