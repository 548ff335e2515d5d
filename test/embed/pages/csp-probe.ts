/**
 * For the CSP test pages: records every CSP violation, uncaught error and widget event in
 * `window.__lzProbe`, then adds a <liangzhou-map> with the attributes in the page's query string.
 * Loaded before the widget, so it hears everything from the start. Where the page requires Trusted
 * Types, it installs a pass-through `default` policy that records each HTML string given to a sink.
 */
interface Probe {
  violations: string[];
  errors: string[];
  events: Array<{ type: string; detail: unknown }>;
  /** HTML strings that reached innerHTML-like sinks (Trusted Types pages only). */
  htmlSinks: string[];
  scriptUrlSinks: string[];
}
const probe: Probe = { violations: [], errors: [], events: [], htmlSinks: [], scriptUrlSinks: [] };
(window as unknown as { __lzProbe: Probe }).__lzProbe = probe;

document.addEventListener('securitypolicyviolation', (e) => {
  probe.violations.push(
    `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
  );
});
window.addEventListener('error', (e) => probe.errors.push(String(e.message)));
for (const type of ['lz-ready', 'lz-error', 'lz-site-select', 'lz-view-change']) {
  document.addEventListener(type, (e) => probe.events.push({ type, detail: (e as CustomEvent).detail }));
}

const tt = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } })
  .trustedTypes;
if (
  tt &&
  document
    .querySelector('meta[http-equiv="Content-Security-Policy"]')
    ?.getAttribute('content')
    ?.includes('require-trusted-types-for') &&
  location.search.includes('record-sinks')
) {
  tt.createPolicy('default', {
    createHTML: (html: string) => {
      probe.htmlSinks.push(html);
      return html;
    },
    // What a page enforcing Trusted Types needs for any module Worker: its own origin's scripts only.
    createScriptURL: (url: string) => {
      probe.scriptUrlSinks.push(url);
      if (new URL(url, location.href).origin !== location.origin) throw new TypeError(`script URL refused: ${url}`);
      return url;
    },
  });
}

const map = document.createElement('liangzhou-map');
for (const [name, value] of new URLSearchParams(location.search))
  if (name !== 'record-sinks') map.setAttribute(name, value);
map.style.width = '640px';
map.style.height = '480px';
document.body.append(map);
