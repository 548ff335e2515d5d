const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): CRLF and a space before each continuation,
 * which counts towards the next line's 75. Octets of UTF-8, and never inside a character, so a
 * Chinese name is not cut in half.
 */
export function foldIcsLine(line: string): string {
  let out = '';
  let width = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (width + n > 75) {
      out += '\r\n ';
      width = 1;
    }
    out += ch;
    width += n;
  }
  return out;
}
