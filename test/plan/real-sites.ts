/** The 32 published sites, read the way the map reads them, for tests that want real places. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSites } from '../../src/data/parse-sites';
import type { Site } from '../../src/model/types';

export const realSites: Site[] = parseSites(JSON.parse(readFileSync(join(import.meta.dirname, '../../geo/sites.geojson'), 'utf8')), 'sites.geojson');

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
    source: 'test',
    links: [],
    coordinates,
    ...extra,
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so "random" cases repeat exactly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
