/** The 32 published sites, read the way the map reads them, for tests that want real places. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSites } from '../../src/data/parse-sites';
import type { Site } from '../../src/model/types';

export const realSites: Site[] = parseSites(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../geo/sites.geojson'), 'utf8')),
  'sites.geojson',
);

export function site(id: string): Site {
  const found = realSites.find((s) => s.id === id);
  if (!found) throw new Error(`no site ${id}`);
  return found;
}

/** A made-up site at a point, for geometry tests. */
export function fakeSite(id: string, coordinates: [number, number], extra: Partial<Site> = {}): Site {
  return {
    id,
    name: { zh: id, en: id },
    category: 'heritage',
    themes: [],
    zone: 'core',
    description: { zh: id, en: id },
    precision: 'approximate',
    source: { zh: 'test', en: 'test' },
    links: [],
    coordinates,
    ...extra,
  };
}

export { seeded } from '../../scripts/seeded';
