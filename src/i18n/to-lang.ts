import type { Lang } from '../model/types';

/** Reads a language tag as one the map speaks: any `en*` is English, everything else Chinese. */
export function toLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value) ? 'en' : 'zh-CN';
}
