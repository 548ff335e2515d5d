/**
 * embed.html: the map alone, full-window, for pages that embed it as an iframe. Takes the element's
 * options as URL parameters (lang, layers, site, center, zoom, src, src-mode, tiles, gestures, the
 * colours in EMBED_COLOURS) and `origins`, the pages allowed to drive it through the bridge.
 *
 * Trust: this page runs on the bureau's origin, and its URL and its parent are anyone's. What it
 * loads and what the bridge may set is the deployment's call, made in embed.html's own head
 * (embed-policy.ts): data from this origin only unless a meta names more.
 */
import './index';
import { refuseDataUrl } from '../data/data-origins';
import { readEmbedParams } from './embed-params';
import { readEmbedPolicy } from './embed-policy';
import { startIframeBridge } from './iframe-bridge';
import { dropFirstPaint } from './first-paint';

// Before the element exists: its fetch reads the rule this pins.
const policy = readEmbedPolicy(document);
const params = readEmbedParams(location.search, location.origin);
for (const message of params.ignored) console.warn(`embed.html: ignored ${message}`);
const src = params.attributes.src;
if (src) {
  // Still set: the element refuses it without fetching, keeps its built-in sites and says so.
  const refused = refuseDataUrl(new URL(src, document.baseURI).href, policy.dataOrigins);
  if (refused) console.warn(`embed.html: src ${refused}`);
}

const map = document.createElement('liangzhou-map');
for (const [name, value] of Object.entries(params.attributes)) map.setAttribute(name, value);
// Read by the element as no tiles, and named in a notice and an lz-error (embed-params.ts).
if (params.refusedTiles !== undefined) map.setAttribute('tiles', params.refusedTiles);
// CSSOM, not a style attribute: allowed by a `style-src 'self'` policy.
for (const [property, value] of Object.entries(params.colours)) map.style.setProperty(property, value);
document.documentElement.lang = map.lang;

// Before the element renders, so the parent hears lz-ready.
if (window.parent !== window) startIframeBridge(map, { origins: params.origins, bridgeData: policy.bridgeData });
map.addEventListener('lz-ready', () => document.documentElement.setAttribute('data-ready', ''), { once: true });
dropFirstPaint(map);
// Inside embed.html's main landmark, beside its h1 (axe: landmark-one-main, region).
(document.querySelector('main') ?? document.body).append(map);
