/**
 * The full page's service worker (built by vite-plugin-pwa into sw.js beside index.html; see
 * vite.config.ts): the page and its code from the precache, map tiles from a bounded cache. Only the
 * full page registers it. The widget files and embed.html never do: a bureau's page decides whether
 * its origin gets a service worker (test/embed/no-service-worker.node.test.ts checks the built files).
 * Registered after `load`, so the precache download does not compete with the first paint.
 */
export function registerServiceWorker(win: Window = window): void {
  const { serviceWorker } = win.navigator;
  if (!serviceWorker) return;
  const register = () =>
    // A failure (a private window, an http: origin) leaves the page working online, as before.
    void serviceWorker.register('./sw.js').catch(() => undefined);
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
