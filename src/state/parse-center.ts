/**
 * Reads `center="lat,lng"` (the order of web map links). Returns undefined for anything that is not
 * two finite numbers in range, so a typo leaves the default view instead of an empty ocean.
 */
export function parseCenter(value: string | null | undefined): [number, number] | undefined {
  if (!value) return undefined;
  const parts = value.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [lat, lng] = parts;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return [lat, lng];
}

/**
 * Writes a centre for a URL or an attribute: five decimals is about a metre. A value that rounds to
 * zero is written `0.00000`, not `-0.00000`, so text read and written again stays the same.
 */
export function formatCenter(center: readonly [number, number]): string {
  return center.map((n) => (n.toFixed(5) === '-0.00000' ? '0.00000' : n.toFixed(5))).join(',');
}
