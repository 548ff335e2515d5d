/**
 * Where the lite build fetches the geo/ files from: `geo/` next to the script, or the folder named
 * by a `geo` parameter on the script's own URL (`liangzhou-map.lite.js?geo=https://cdn.example/geo/`),
 * resolved against the script. Configuration travels in the URL the page already writes, so the
 * widget reads no global and the page sets none.
 *
 * Throws a TypeError naming the problem when the folder is not an http(s) URL (`?geo=javascript:…`,
 * `data:`, or anything that cannot be a base for the file names): the caller turns it into lz-error.
 */
export function dataBase(scriptUrl: string): URL {
  const script = new URL(scriptUrl);
  const geo = script.searchParams.get('geo');
  const base = new URL(geo || 'geo/', script);
  if (base.protocol !== 'https:' && base.protocol !== 'http:')
    throw new TypeError(`geo=${(geo ?? '').slice(0, 80)} is not an http(s) folder`);
  // A folder: `…/geo` and `…/geo/` mean the same.
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}
