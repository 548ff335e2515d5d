/**
 * Text reduced to what a search compares: NFKC (full-width letters and digits become ASCII),
 * lower case, no diacritics or tone marks (é -> e, lǚ -> lu), no spaces, punctuation or symbols.
 * Han characters are kept as they are.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
