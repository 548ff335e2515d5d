/**
 * Characters XML 1.0 cannot carry at all: C0 controls other than tab, newline and carriage return,
 * U+FFFE/U+FFFF and unpaired surrogates. A parser rejects the whole file over one of them, so they go.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references, so whitespace survives attribute-value normalisation unchanged.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text made safe for XML element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]);
}
