/**
 * Stand-in for `src/data/built-in-files.ts` in the lite build (vite.lib.config.ts swaps it in):
 * the same export, filled by fetching the six geo/ files from next to the script instead of
 * bundling them. Top-level await holds the element's module, and so its registration, until the
 * files are here; `<liangzhou-map>` tags already in the page upgrade then. Nothing here throws at
 * the top level (load-built-in-files.ts): a bad `?geo=` gives an lz-error, not an undefined element.
 */
import type { LayoutFiles } from '../data/parse-layout';
import { loadBuiltInFiles } from './load-built-in-files';

// A variable, not `import.meta.url` inside `new URL(…)`: Vite would take that pattern for an asset to bundle.
const scriptUrl = import.meta.url;

export const builtInFiles: LayoutFiles = await loadBuiltInFiles(scriptUrl);
