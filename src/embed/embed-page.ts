/**
 * embed.html: the map alone, full-window, for pages that embed it as an iframe. Takes the element's
 * options as URL parameters (lang, layers, site, center, zoom, src, src-mode, tiles, gestures, the
 * colours in EMBED_COLOURS) and `origins`, the pages allowed to drive it through the bridge.
 */
import './index';
import { readEmbedParams } from './embed-params';
import { startIframeBridge } from './iframe-bridge';

const params = readEmbedParams(location.search, location.origin);
for (const message of params.ignored) console.warn(`embed.html: ignored ${message}`);

const map = document.createElement('liangzhou-map');
for (const [name, value] of Object.entries(params.attributes)) map.setAttribute(name, value);
// CSSOM, not a style attribute: allowed by a `style-src 'self'` policy.
for (const [property, value] of Object.entries(params.colours)) map.style.setProperty(property, value);
document.documentElement.lang = map.lang;

// Before the element renders, so the parent hears lz-ready.
if (window.parent !== window) startIframeBridge(map, { origins: params.origins });
map.addEventListener('lz-ready', () => document.documentElement.setAttribute('data-ready', ''), { once: true });
// Inside embed.html's main landmark, beside its h1 (axe: landmark-one-main, region).
(document.querySelector('main') ?? document.body).append(map);
