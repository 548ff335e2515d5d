import type { Category, Site } from '../model/types';

/**
 * How long a visit takes when the data does not say (no source gives `visitMin` yet). Editorial
 * guesses of this project, in the range travel guides suggest for such places: a temple or park
 * about 45 minutes, a museum or large heritage site 1–1½ hours, a desert park half a day. A bureau
 * can override any of them per site with `visitMin` in its sites file.
 */
export const DEFAULT_VISIT_MIN: Readonly<Record<Category, number>> = {
  heritage: 60,
  temple: 45,
  museum: 90,
  street: 60,
  park: 45,
  reservoir: 45,
  nature: 120,
  desert: 150,
  'great-wall': 60,
};

/** The time to allow for a site: its own `visitMin`, else its category's default. */
export function visitMinutes(site: Pick<Site, 'category' | 'visitMin'>): number {
  return site.visitMin ?? DEFAULT_VISIT_MIN[site.category];
}
