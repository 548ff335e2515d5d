/**
 * What the deployment of embed.html allows, read from embed.html's own `<head>`: the one place the
 * bureau controls. The URL and the framing page are untrusted and can never widen it.
 *
 * ```html
 * <meta name="liangzhou-allowed-data-origins" content="https://data.bureau.example" />
 * <meta name="liangzhou-bridge-data" content="allow" />
 * ```
 *
 * - data (`src`) loads from embed.html's own origin and the listed ones only (data-origins.ts);
 * - `src` and `tiles` may be set over the bridge only with `liangzhou-bridge-data` = `allow`.
 */
import { allowedDataOrigins, DATA_ORIGINS_META } from '../data/data-origins';

export const BRIDGE_DATA_META = 'liangzhou-bridge-data';

export interface EmbedPolicy {
  /** Origins `src` may load from (own origin first). */
  dataOrigins: string[];
  /** Whether the bridge may set `src` and `tiles`. */
  bridgeData: boolean;
}

/**
 * Reads the policy, and pins it: a page without the data meta gets an empty one, so that the element's
 * fetch (which reads the document's rule) loads from this origin only. Removing the meta from
 * embed.html therefore closes it rather than opening it.
 */
export function readEmbedPolicy(doc: Document): EmbedPolicy {
  if (!doc.querySelector(`meta[name="${DATA_ORIGINS_META}"]`)) {
    const meta = doc.createElement('meta');
    meta.name = DATA_ORIGINS_META;
    meta.content = '';
    doc.head.append(meta);
  }
  const bridge = doc.querySelector(`meta[name="${BRIDGE_DATA_META}"]`)?.getAttribute('content')?.trim();
  return { dataOrigins: allowedDataOrigins(doc) ?? [], bridgeData: bridge === 'allow' };
}
