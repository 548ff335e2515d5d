/**
 * Text reduced to what a search compares: NFKC (full-width letters and digits become ASCII),
 * lower case, no diacritics or tone marks (é -> e, lǚ -> lu), no spaces, punctuation or symbols.
 * Han characters are kept as they are.
 */
export function foldText(text: string): string {
  // ASCII (most English names and pinyin): the same result without the Unicode passes.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
