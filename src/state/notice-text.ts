/**
 * The text of a notice over the map, from a message that may quote a file (a bureau's, or anyone's
 * through a link): one line, at most 300 characters, well-formed, and saying which host it came
 * from, so a visitor can tell the map's own words from a file's. A 1 MB value makes a 300-character
 * notice, not one 369,096 px tall.
 */
import { wellFormed } from '../data/well-formed';

export const NOTICE_MAX_CHARS = 300;

export function noticeText(message: string, host: string): string {
  // Twice the cap in code units is more than the cap in characters: the rest is never looked at.
  const line = wellFormed(String(message).slice(0, NOTICE_MAX_CHARS * 2 + 2))
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
    .trim();
  const chars = [...line];
  const text = chars.length > NOTICE_MAX_CHARS ? `${chars.slice(0, NOTICE_MAX_CHARS - 1).join('')}…` : line;
  const from = wellFormed(String(host))
    .replace(/[^\w.:[\]-]/g, '')
    .slice(0, 100);
  return from ? `${text} (${from})` : text;
}

/** The host a file came from, for noticeText: `bureau.example`, or `''` for a name that is not a URL (built-in files). */
export function hostOfFile(file: string): string {
  try {
    const url = new URL(file);
    return url.protocol === 'blob:' ? new URL(url.pathname).host : url.host;
  } catch {
    return '';
  }
}
