/**
 * Stand-in for src/components/load-open-status.ts in the classic-script build (vite.lib.config.ts swaps
 * it in): an IIFE cannot load a chunk on demand, and inlining the `opening_hours` library would more than
 * double that file (about 0.7 MB minified). So a classic embed shows every site's hours as written and its
 * status as "hours unknown: check before you go", never a guess; the ES and lite builds evaluate them.
 */
import type { OpenState } from '../plan/open-status';

type OpenStatusModule = typeof import('../plan/open-status');

const unknown: Pick<OpenStatusModule, 'openStatus' | 'isClosedAt'> = {
  openStatus: (): OpenState => 'unknown',
  isClosedAt: () => false,
};

export function loadOpenStatus(): Promise<OpenStatusModule> {
  return Promise.resolve(unknown as OpenStatusModule);
}
