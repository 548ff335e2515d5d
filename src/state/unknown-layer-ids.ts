/**
 * A `layers` value checked against the layers the map has: the ids it does not know (for a notice
 * naming them), and whether nothing in it is known, in which case the map shows its default layers
 * rather than going blank (`?layers=sties`). `-category:temple` counts as `category:temple`.
 */
export function unknownLayerIds(
  list: readonly string[],
  knownIds: Iterable<string>,
): { unknown: string[]; useDefault: boolean } {
  const known = new Set(knownIds);
  const unknown: string[] = [];
  let anyKnown = false;
  for (const item of list) {
    const id = item.startsWith('-') ? item.slice(1) : item;
    if (known.has(id)) anyKnown = true;
    else if (!unknown.includes(item)) unknown.push(item.slice(0, 64));
  }
  return { unknown: unknown.slice(0, 20), useDefault: list.length > 0 && !anyKnown };
}
