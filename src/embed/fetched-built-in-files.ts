/**
 * Stand-in for `src/data/built-in-files.ts` in the lite build (vite.lib.config.ts swaps it in):
 * `builtInFilesReady` fetches the six geo/ files from the folder the entry's URL names (lite.ts calls
 * `fetchBuiltInFilesFor` with its own `import.meta.url`, read in the entry file because this module is
 * bundled into a chunk whose URL has no query) instead of bundling them. The element is defined at
 * once and draws when they are here (a promise, not a top-level await: src/data/built-in-files.ts).
 * Nothing here throws (load-built-in-files.ts): a bad `?geo=` gives an lz-error, not an undefined element.
 */
import type { LayoutFiles } from '../data/parse-layout';
import { loadBuiltInFiles } from './load-built-in-files';

let scriptUrl: (url: string) => void = () => {};

/** Settles once `fetchBuiltInFilesFor` has been called and the files are in; never rejects. */
export const builtInFilesReady: Promise<LayoutFiles> = new Promise<string>((resolve) => (scriptUrl = resolve)).then(
  (url) => loadBuiltInFiles(url),
);

/** Starts the fetch from the folder `url` (the entry script's own address, with its query) names. */
export function fetchBuiltInFilesFor(url: string): void {
  scriptUrl(url);
}
