import type { Lang } from '../model/types';

// Intl formatters are costly to build (start-up profiling showed ~16 ms for the panels' counts) and
// immutable once built, so one per language and option set is kept. A memo, not shared state.
const formats = new Map<string, Intl.NumberFormat>();
const plurals = new Map<Lang, Intl.PluralRules>();

/** A number in the language's own form (grouping, decimals, units such as `kilometer`). */
export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format.format(value);
}

/** The plural category of `n` in the language (`one`, `other`, ...). */
export function pluralOf(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}
