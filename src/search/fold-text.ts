/** The Unicode pass of foldText, for any text (exported for the test that its fast path gives the same). */
export function foldTextUnicode(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Text reduced to what a search compares: NFKC (full-width letters and digits become ASCII),
 * lower case, no diacritics or tone marks (é -> e, lǚ -> lu), no spaces, punctuation or symbols.
 * Han characters are kept as they are.
 */
export function foldText(text: string): string {
  // ASCII (most English names and pinyin), and ASCII with common Han characters (most Chinese names,
  // "雷台汉墓12"): the same result without the Unicode passes, which NFKC, NFD and case leave as
  // they are (U+4E00-U+9FEF: every one assigned, a letter, with no decomposition). A search index
  // folds every site's names: at 100,000 sites this is most of its build.
  if (/^[\x00-\x7f\u4e00-\u9fef]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fef]/g, '');
  return foldTextUnicode(text);
}
