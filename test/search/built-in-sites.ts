import type { Site } from '../../src/model/types';
import { fakeSite, realSites } from '../plan/real-sites';

/** The real sites of geo/, parsed as the map parses them. */
export const sites: readonly Site[] = realSites;

/** A minimal site for cases the real data does not have. */
export function site(id: string, fields: Partial<Site> = {}): Site {
  return fakeSite(id, [102.64, 37.93], { description: { zh: '说明', en: 'About' }, ...fields });
}
