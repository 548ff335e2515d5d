/**
 * Which hosts a page may load map data (`src`) from. A page that says nothing keeps the element's
 * old rule: any http(s) URL its own markup names. A page that declares
 * `<meta name="liangzhou-allowed-data-origins" content="https://a.example https://b.example">`
 * (embed.html does, empty) loads data only from its own origin and those: the deployment decides in
 * its own file, and no URL parameter or framing page can widen it.
 */
export const DATA_ORIGINS_META = 'liangzhou-allowed-data-origins';

/** The origins in a meta's content (space- or comma-separated); anything that is not an http(s) origin is left out. */
export function parseOriginList(content: string | null | undefined): string[] {
  const origins: string[] = [];
  for (const item of (content ?? '').split(/[\s,]+/).filter(Boolean)) {
    try {
      const url = new URL(item);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !origins.includes(url.origin))
        origins.push(url.origin);
    } catch {
      // Not a URL: a typo in the deployment's own file allows nothing.
    }
  }
  return origins;
}

/**
 * The origins the document allows data from: its own and the meta's, or `undefined` (no rule) when
 * it has no such meta. Reads the document each time: the policy is the page's, not the element's.
 */
export function allowedDataOrigins(
  doc: Document | undefined = typeof document === 'undefined' ? undefined : document,
): string[] | undefined {
  const meta = doc?.querySelector?.(`meta[name="${DATA_ORIGINS_META}"]`);
  if (!meta) return undefined;
  const own = doc?.location?.origin;
  const listed = parseOriginList(meta.getAttribute('content'));
  return own && own !== 'null' ? [own, ...listed.filter((o) => o !== own)] : listed;
}

/**
 * Why `url` (absolute) may not be loaded under `allowed`, or undefined when it may. Only http(s)
 * (and the page's own blob: URLs); with a rule, only the listed origins.
 */
export function refuseDataUrl(url: string, allowed: readonly string[] | undefined): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  // blob: URLs are made by a page of the same origin (URL.createObjectURL), and carry that origin.
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:' && parsed.protocol !== 'blob:')
    return 'is not an http(s) URL';
  if (allowed && !allowed.includes(parsed.origin))
    return `is on ${parsed.origin}, which this page does not load data from (${DATA_ORIGINS_META})`;
  return undefined;
}
