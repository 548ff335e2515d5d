import type { Site } from '../model/types';

/**
 * How much a site's listed protection counts when a plan picks what to see: national 3, provincial 2,
 * any other listing or rating (an A-level scenic area, an unverified claim) 1, none 0. Read from the
 * English `heritage` text, which the build writes in a fixed wording; remarks in parentheses are left
 * out first, so "Provincial Level (a text says it is now national — unverified)" counts as provincial.
 */
export function heritageWeight(site: Pick<Site, 'heritage'>): number {
  if (!site.heritage) return 0;
  const text = site.heritage.en.replace(/\([^)]*\)/g, '');
  if (/unverified/i.test(text)) return 1;
  if (/\bnational\b/i.test(text)) return 3;
  if (/\bprovincial\b/i.test(text)) return 2;
  return 1;
}
