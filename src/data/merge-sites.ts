import type { Site } from '../model/types';

export type SitesMode = 'replace' | 'extend';

/**
 * The sites to draw: the bureau's own only (`replace`), or the built-in ones plus theirs (`extend`),
 * where a site of theirs with a built-in id replaces the built-in one: that is how a bureau corrects
 * a position or a text without forking the data.
 */
export function mergeSites(builtIn: readonly Site[], extra: readonly Site[], mode: SitesMode): Site[] {
  if (mode === 'replace') return [...extra];
  // Indexed by the built-in ids (a few dozen), not by theirs (up to 200,000): one pass over theirs.
  const known = new Set(builtIn.map((s) => s.id));
  const replaced = new Map<string, Site>();
  const added: Site[] = [];
  for (const s of extra) {
    if (known.has(s.id)) replaced.set(s.id, s);
    else added.push(s);
  }
  return [...builtIn.map((s) => replaced.get(s.id) ?? s), ...added];
}
