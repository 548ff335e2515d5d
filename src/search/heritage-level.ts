import type { Site } from '../model/types';

/** A heritage listing by the state or by Gansu province. */
export type HeritageLevel = 'national' | 'provincial';

/**
 * The highest listing a site's `heritage` text names, read from its Chinese wording (the sources' own):
 * national for 全国重点文物保护单位 or 国家历史文化名城, provincial for a Gansu 文物保护单位 or
 * 历史文化街区. A tourism rating (AAAA) is not a heritage listing; no text, no level.
 */
export function heritageLevel(site: Pick<Site, 'heritage'>): HeritageLevel | undefined {
  const zh = site.heritage?.zh ?? '';
  if (/全国重点文物保护单位|国家历史文化名城/.test(zh)) return 'national';
  if (/省(级)?文物保护单位|省历史文化街区/.test(zh)) return 'provincial';
  return undefined;
}
