import type { Site } from '../../src/model/types';
import { realSites } from '../plan/real-sites';

/** The real sites of geo/, parsed as the map parses them. (Made-up ones: `site` in test/fixtures/site-feature.) */
export const sites: readonly Site[] = realSites;
