/**
 * Stand-in for `src/data/built-in-files.ts` in the app's build (scripts/first-paint-plugin.ts swaps it in):
 * the six geo/ files fetched as JSON text from `geo/` beside the page, which the page preloads in its head so
 * they download alongside the code instead of inside it. The element is defined at once and draws when they are
 * here (a promise, see src/data/built-in-files.ts); a file that cannot be had becomes an lz-error naming it
 * (load-built-in-files.ts).
 * The page's folder, never its query: embed.html's address is anyone's, and a `?geo=` there must not
 * choose where the map's data comes from.
 */
import type { LayoutFiles } from '../data/parse-layout';
import { loadBuiltInFiles } from '../embed/load-built-in-files';

/** Started when the module runs; never rejects (load-built-in-files.ts). */
export const builtInFilesReady: Promise<LayoutFiles> = loadBuiltInFiles(new URL('./', document.baseURI).href);
