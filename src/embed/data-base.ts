/**
 * Where the lite build fetches the geo/ files from: `geo/` next to the script, or the folder named
 * by a `geo` parameter on the script's own URL (`liangzhou-map.lite.js?geo=https://cdn.example/geo/`),
 * resolved against the script. Configuration travels in the URL the page already writes, so the
 * widget reads no global and the page sets none.
 */
export function dataBase(scriptUrl: string): URL {
  const script = new URL(scriptUrl);
  const geo = script.searchParams.get('geo');
  const base = new URL(geo || 'geo/', script);
  // A folder: `…/geo` and `…/geo/` mean the same.
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}
