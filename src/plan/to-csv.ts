/** A CSV file as Excel opens it: UTF-8 with a byte order mark (else it guesses the code page and garbles Chinese). */
export const CSV_BOM = '\uFEFF';

/**
 * One CSV text (RFC 4180, CRLF) from a header and rows. Every field is quoted, so commas, quotes and
 * line breaks in a hostile name stay inside their cell; a field starting with = + - @ gets a leading
 * apostrophe, so a spreadsheet does not run it as a formula.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cell = (v: string | number) => {
    const s = typeof v === 'number' ? String(v) : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return `"${s.replace(/"/g, '""')}"`;
  };
  return CSV_BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
