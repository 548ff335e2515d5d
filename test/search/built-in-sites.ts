import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import type { Site } from '../../src/model/types';

/** The real sites of geo/, parsed as the map parses them. */
export const sites: readonly Site[] = parseLayout(builtInFiles).sites;

/** A minimal site for cases the real data does not have. */
export function site(id: string, fields: Partial<Site> = {}): Site {
  return {
    id,
    name: { zh: id, en: id },
    category: 'heritage',
    themes: [],
    zone: 'core',
    description: { zh: '说明', en: 'About' },
    precision: 'approximate',
    source: 'test',
    links: [],
    coordinates: [102.64, 37.93],
    ...fields,
  };
}
