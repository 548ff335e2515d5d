/**
 * A TEXT value for iCalendar (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every kind
 * of line break written `\n`, and the other control characters, which TEXT cannot hold, dropped.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}
