import type { CultureItem } from '../model/types';
import { GeoDataError } from './geo-data-error';
import { readLinks } from './link-policy';
import { cultureFile, cultureItem } from './schemas';

/**
 * Checks a culture list ({items: [...]}, geo/culture.json's shape): each bad item is reported and
 * left out, each link that breaks the URL policy is dropped and reported, as for sites.
 */
export function validateCulture(json: unknown, file: string): { items: CultureItem[]; problems: GeoDataError[] } {
  const top = cultureFile.safeParse(json);
  if (!top.success) throw new GeoDataError({ file, field: 'items', problem: 'should be an array of culture items' });
  const items: CultureItem[] = [];
  const problems: GeoDataError[] = [];
  const seen = new Set<string>();
  top.data.items.forEach((raw, index) => {
    const feature = `#${index}`;
    const parsed = cultureItem.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(new GeoDataError({ file, feature, field: issue.path.join('.'), problem: issue.message }));
      return;
    }
    const item = parsed.data;
    if (seen.has(item.id)) {
      problems.push(new GeoDataError({ file, feature, field: 'id', problem: 'repeats an earlier id' }));
      return;
    }
    seen.add(item.id);
    const { links, problems: bad } = readLinks(item.links);
    for (const b of bad)
      problems.push(
        new GeoDataError({ file, feature: `"${item.id}" (${feature})`, field: b.field, problem: b.problem }),
      );
    items.push({ ...(item as Omit<CultureItem, 'links'>), links });
  });
  return { items, problems };
}
