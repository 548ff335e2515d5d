/**
 * Test-only. Vitest's browser server rewrites every dynamic import() as
 * __vitest_browser_runner__.wrapDynamicImport(() => import(...)); in pages it does not run itself
 * (the iframes of embed.html and the CSP pages) that global is missing and the widget's lazy chunks
 * would fail to load. Vitest installs the same pass-through in workers.
 */
const g = globalThis as unknown as { __vitest_browser_runner__?: { wrapDynamicImport(f: () => unknown): unknown } };
g.__vitest_browser_runner__ ??= { wrapDynamicImport: (f) => f() };
