/**
 * Text made well-formed UTF-16: a lone surrogate (half of a pair, alone) becomes U+FFFD, as
 * `String.prototype.toWellFormed` does (ES2024; this project's TypeScript lib is ES2022). A lone
 * surrogate is legal in a JS string and in JSON (`"\ud800"`), but encodeURIComponent throws
 * `URI malformed` on it and TextEncoder silently rewrites it: so text is mended once, where it enters.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The same by regular expression, for engines without toWellFormed (Chrome < 111, Safari < 16.4). */
export function wellFormedByRegExp(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

// The engine's own is 40-100 times faster on text full of lone surrogates (scripts/bench-doors.ts).
const native = (String.prototype as { toWellFormed?: (this: string) => string }).toWellFormed;

export function wellFormed(text: string): string {
  if (isWellFormed(text)) return text;
  return native ? native.call(text) : wellFormedByRegExp(text);
}

/** Whether the text has no lone surrogate: the engine's own check where it has one (ES2024), else the pattern's. */
const isWellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (text) => !text.match(LONE_SURROGATE);

/** Whether every string in plain JSON data (values and keys, down to `maxDepth` levels) is well-formed. */
function allWellFormed(value: unknown, maxDepth: number): boolean {
  if (typeof value === 'string') return isWellFormed(value);
  if (value === null || typeof value !== 'object' || maxDepth <= 0) return true;
  if (Array.isArray(value)) return value.every((v) => allWellFormed(v, maxDepth - 1));
  for (const k in value)
    if (!isWellFormed(k) || !allWellFormed((value as Record<string, unknown>)[k], maxDepth - 1)) return false;
  return true;
}

/**
 * Plain JSON data with every string (values and keys) well-formed: the value itself when it already
 * is (a bureau's 100,000 features are, and copying them all cost more than checking them), else a
 * copy. Below `maxDepth` levels it copies nothing more: no schema of ours goes that deep, so such a
 * value is rejected anyway.
 */
export function wellFormedDeep(value: unknown, maxDepth = 32): unknown {
  return allWellFormed(value, maxDepth) ? value : mended(value, maxDepth);
}

function mended(value: unknown, maxDepth: number): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (value === null || typeof value !== 'object' || maxDepth <= 0) return value;
  if (Array.isArray(value)) return value.map((v) => mended(v, maxDepth - 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[wellFormed(k)] = mended(v, maxDepth - 1);
  return out;
}
