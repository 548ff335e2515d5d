import type { Lang } from '../model/types';

// Intl formatters are costly to build: the first one in a page loads the language's ICU data (start-up
// profiling showed 17-54 ms in one task, a long task on a phone), and each is immutable once built, so
// one per language and option set is kept. A memo, not shared state.
const formats = new Map<string, Intl.NumberFormat>();
const plurals = new Map<Lang, Intl.PluralRules>();

/** Past this, doubles lose their integers: Intl's job. */
const PLAIN_LIMIT = 1e15;

/**
 * Both of our languages write a plain number the same way: digits grouped by three with ",", and "."
 * before decimals (zh-CN as en; test/i18n/format-number.test.ts checks this against Intl over random
 * values). So the counts and sizes the panels show at start-up need no Intl at all: this is that form,
 * for a number ≥ 0 with only fraction-digit options, or undefined for anything else (units, negatives,
 * exponents). Like Intl, it rounds the shortest decimal that reads back as the double (`String(value)`,
 * so 1.005 → "1.01"), half away from zero; `toFixed` rounds the double's exact binary value instead.
 */
function plainNumber(value: number, options: Intl.NumberFormatOptions): string | undefined {
  const { minimumFractionDigits: min = 0, maximumFractionDigits: max = Math.max(3, min), ...rest } = options;
  if (Object.keys(rest).length > 0 || !(value >= 0 && value < PLAIN_LIMIT) || Object.is(value, -0)) return;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min || max > 20) return;
  const shortest = String(value);
  if (shortest.includes('e')) return; // below 1e-6
  const [whole, fraction = ''] = shortest.split('.');
  // Rounded on the decimal digits: the kept ones as one integer, plus one when the first dropped is ≥ 5.
  let digits = BigInt(whole + fraction.slice(0, max).padEnd(max, '0'));
  if (fraction.length > max && fraction[max] >= '5') digits += 1n;
  const text = digits.toString().padStart(max + 1, '0');
  const int = text.slice(0, text.length - max);
  let frac = text.slice(text.length - max);
  let end = frac.length;
  while (end > min && frac[end - 1] === '0') end--;
  frac = frac.slice(0, end).padEnd(min, '0');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A number in the language's own form (grouping, decimals, units such as `kilometer`). */
export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = {}): string {
  const plain = plainNumber(value, options);
  if (plain !== undefined) return plain;
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format.format(value);
}

/** The plural category of `n` in the language (`one`, `other`, ...). */
export function pluralOf(lang: Lang, n: number): Intl.LDMLPluralRule {
  // Whole counts, the panels' case, without loading Intl's data (see above): Chinese has one form,
  // English's cardinal rule is "one" for exactly 1. Checked against Intl.PluralRules in the tests.
  if (Number.isSafeInteger(n) && n >= 0) return lang === 'en' && n === 1 ? 'one' : 'other';
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}
