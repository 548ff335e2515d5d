/** The most unknown ids a notice names: enough to spot a typo, few enough to read. */
export const MAX_UNKNOWN_NAMED = 20;

/**
 * A `layers` value checked against the layers the map has: the ids it does not know (for a notice
 * naming them, at most MAX_UNKNOWN_NAMED), and whether nothing in it is known, in which case the map
 * shows its default layers rather than going blank (`?layers=sties`). `-category:temple` counts as
 * `category:temple`. Linear in the list: a link can carry 100,000 unknown ids (issue 11).
 */
export function unknownLayerIds(
  list: readonly string[],
  knownIds: Iterable<string>,
): { unknown: string[]; useDefault: boolean } {
  const known = new Set(knownIds);
  const unknown = new Set<string>();
  let anyKnown = false;
  for (const item of list) {
    const id = item.startsWith('-') ? item.slice(1) : item;
    if (known.has(id)) anyKnown = true;
    else if (unknown.size < MAX_UNKNOWN_NAMED) unknown.add(item.slice(0, 64));
  }
  return { unknown: [...unknown], useDefault: list.length > 0 && !anyKnown };
}
