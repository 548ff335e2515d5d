/**
 * A trip as the value of a URL query parameter (`?trip=…`), short enough for a QR code and a chat
 * message, and readable enough to check by eye:
 *
 *     1*56ys5LiA5aSp.leitai-han-tomb.wuwei-confucian-temple*56ys5LqM5aSp.tiantishan-grottoes
 *
 * `1` is the format's version; each `*`-separated part is a day: its name as unpadded base64url of
 * UTF-8 (a name can hold anything; base64url holds only A–Z a–z 0–9 - _), then its site ids after
 * dots. Every character is one URLSearchParams leaves as it is, so the value is never escaped twice.
 * A link comes from anyone, so decoding trusts nothing: it never throws, drops what it cannot read
 * and says what it dropped.
 */
import type { Itinerary, TripDay } from '../model/itinerary';
import { cleanDayName, ITINERARY_LIMITS, SITE_ID, type ItineraryProblem } from './validate-itinerary';

export const CODEC_VERSION = '1';

/**
 * Bounds a link can stretch to; a longer one is not a trip someone planned. The trip caps are the
 * validator's (validate-itinerary.ts), shared with the property and the stored trip.
 */
export const CODEC_LIMITS = { maxLength: 8000, ...ITINERARY_LIMITS } as const;

export type CodecProblem = ItineraryProblem;
export type CodecProblemCode = ItineraryProblem['code'];

export interface DecodedItinerary {
  itinerary: Itinerary;
  /** What was dropped or cut, in order; empty when the link was read whole. */
  problems: CodecProblem[];
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The trip as a query value. Ids that are not site ids (which cannot occur in validated data) are left out. */
export function encodeItinerary(itinerary: Itinerary): string {
  const days = itinerary.days.map((day) =>
    [toBase64Url(day.name), ...day.siteIds.filter((id) => SITE_ID.test(id))].join('.'),
  );
  return [CODEC_VERSION, ...days].join('*');
}

/**
 * Reads a query value back. `undefined` when it is not a trip at all (not a string, too long, another
 * version); otherwise the trip with every unknown or malformed id dropped and named in `problems`.
 */
export function decodeItinerary(text: unknown, knownIds: Iterable<string>): DecodedItinerary | undefined {
  if (typeof text !== 'string' || text.length > CODEC_LIMITS.maxLength) return undefined;
  const [version, ...parts] = text.split('*');
  if (version !== CODEC_VERSION) return undefined;
  const known = new Set(knownIds);
  const problems: CodecProblem[] = [];
  if (parts.length > CODEC_LIMITS.maxDays) problems.push({ code: 'too-many-days' });
  const days = parts.slice(0, CODEC_LIMITS.maxDays).map((part, day): TripDay => {
    const [encodedName, ...ids] = part.split('.');
    let name = fromBase64Url(encodedName);
    if (name === undefined) {
      problems.push({ code: 'bad-name', day });
      name = '';
    }
    const cleaned = cleanDayName(name);
    if (cleaned.long) problems.push({ code: 'long-name', day });
    name = cleaned.name;
    const siteIds: string[] = [];
    for (const id of ids) {
      if (!SITE_ID.test(id)) problems.push({ code: 'bad-id', day, value: id.slice(0, 64) });
      else if (!known.has(id)) problems.push({ code: 'unknown-site', day, value: id });
      else if (siteIds.length >= CODEC_LIMITS.maxStopsPerDay) problems.push({ code: 'too-many-stops', day, value: id });
      else siteIds.push(id);
    }
    return { name, siteIds };
  });
  return { itinerary: { days }, problems };
}
