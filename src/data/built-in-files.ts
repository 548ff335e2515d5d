/**
 * The built-in geo/ files, bundled as text. Text, not JSON modules: JSON.parse of a string is the
 * fastest way to get them in, and the same parser checks them as checks a bureau's own files.
 */
import axis from '../../geo/axis.geojson?raw';
import boundary from '../../geo/boundary.geojson?raw';
import context from '../../geo/context.geojson?raw';
import core from '../../geo/core.geojson?raw';
import sites from '../../geo/sites.geojson?raw';
import zones from '../../geo/zones.geojson?raw';
import type { LayoutFiles } from './parse-layout';

export const builtInFiles: LayoutFiles = {
  'boundary.geojson': boundary,
  'context.geojson': context,
  'core.geojson': core,
  'axis.geojson': axis,
  'zones.geojson': zones,
  'sites.geojson': sites,
};

/**
 * The files as the element and the configurator take them: here at once; in the lite build and the app's pages
 * this module is swapped for one that fetches them (src/embed/fetched-built-in-files.ts,
 * src/app/page-built-in-files.ts), where this is a promise. A promise, not a top-level await: the element is
 * defined and set up while the files download, and a top-level await would also turn off the bundler's chunk
 * merging (twenty small chunks instead of one file before the map shows).
 */
export const builtInFilesReady: LayoutFiles | Promise<LayoutFiles> = builtInFiles;
