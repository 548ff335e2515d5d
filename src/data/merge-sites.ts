import type { Site } from '../model/types';

export type SitesMode = 'replace' | 'extend';

/**
 * The sites to draw: the bureau's own only (`replace`), or the built-in ones plus theirs (`extend`),
 * where a site of theirs with a built-in id replaces the built-in one: that is how a bureau corrects
 * a position or a text without forking the data.
 */
export function mergeSites(builtIn: readonly Site[], extra: readonly Site[], mode: SitesMode): Site[] {
  if (mode === 'replace') return [...extra];
  const theirs = new Map(extra.map((s) => [s.id, s]));
  const merged = builtIn.map((s) => theirs.get(s.id) ?? s);
  const known = new Set(builtIn.map((s) => s.id));
  return [...merged, ...extra.filter((s) => !known.has(s.id))];
}
