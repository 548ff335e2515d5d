/**
 * The lite build's entry (`liangzhou-map.lite.js`, which the one-tag script loads): the widget's entry
 * (index.ts), plus where its geo files are. The build puts everything this imports into one chunk beside
 * it, so `import.meta.url` is read here, in the file the page (or the one-tag loader) named with its
 * `?geo=` query, and handed to the fetcher (fetched-built-in-files.ts).
 */
import { fetchBuiltInFilesFor } from './fetched-built-in-files';

export * from './index';

fetchBuiltInFilesFor(import.meta.url);
