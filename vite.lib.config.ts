import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * The widget as files a page includes (`npm run build:lib` -> dist-lib/). One Vite build per file,
 * chosen by `--mode`, because an IIFE holds exactly one entry and no code splitting:
 *
 * | mode | file | what |
 * |---|---|---|
 * | (production) | `liangzhou-map.js` | ES module, geo data bundled; exports `LiangzhouMap`, `LzSiteCard` |
 * | `iife` | `liangzhou-map.iife.js` | classic `<script>`, geo data bundled; no exports, so no global |
 * | `lite` | `liangzhou-map.lite.js` + `geo/*.geojson` | ES module that fetches the geo files from next to itself |
 * | `frame` | `liangzhou-frame.js` | ES module for a page embedding embed.html as an iframe: `connectFrame` |
 *
 * Each of the first three registers `<liangzhou-map>` when it runs (a second copy is harmless: define.ts skips a known
 * tag). Lit, Leaflet, turf and zod are bundled in, minified; Lit resolves to its production build
 * because a Vite build does not set the `development` export condition. Leaflet's CSS is a string in
 * the element's shadow styles, so no CSS file is written and nothing lands in the page's head.
 */

type Variant = 'es' | 'iife' | 'lite' | 'frame';

const root = fileURLToPath(new URL('.', import.meta.url));
const builtInFilesModule = `${root}src/data/built-in-files.ts`;
const fetchedFilesModule = `${root}src/embed/fetched-built-in-files.ts`;
const GEO_FILES = ['boundary', 'context', 'core', 'axis', 'zones', 'sites'].map((n) => `${n}.geojson`);

/**
 * The lite build: swaps the bundled geo text (src/data/built-in-files.ts) for a module that fetches
 * it, and copies geo/*.geojson beside the script. Neither the element nor src/data changes.
 */
function geoNextToScript(): Plugin {
  return {
    name: 'liangzhou-geo-next-to-script',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.includes('built-in-files')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === builtInFilesModule ? fetchedFilesModule : null;
    },
    generateBundle() {
      for (const name of GEO_FILES) {
        this.emitFile({ type: 'asset', fileName: `geo/${name}`, source: readFileSync(`${root}geo/${name}`, 'utf8') });
      }
    },
  };
}

function variantOf(mode: string): Variant {
  if (mode === 'iife' || mode === 'lite' || mode === 'frame') return mode;
  if (mode === 'production') return 'es';
  throw new Error(`vite.lib.config.ts: unknown mode "${mode}" (use none, "iife", "lite" or "frame")`);
}

export default defineConfig(({ mode }): UserConfig => {
  const variant = variantOf(mode);
  const entry = { es: 'src/embed/index.ts', iife: 'src/embed/classic.ts', lite: 'src/embed/index.ts', frame: 'src/embed/parent-bridge.ts' }[variant];
  const fileName = { es: 'liangzhou-map.js', iife: 'liangzhou-map.iife.js', lite: 'liangzhou-map.lite.js', frame: 'liangzhou-frame.js' }[variant];
  return {
    // The app's public/ folder (if any) and index.html are not the widget's.
    publicDir: false,
    // Library mode leaves process.env alone for bundlers downstream; these files go straight to a browser.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: variant === 'lite' ? [geoNextToScript()] : [],
    build: {
      outDir: 'dist-lib',
      // The first build (es) clears the folder; the other two add to it.
      emptyOutDir: variant === 'es',
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      rolldownOptions: {
        // Vite leaves an ES library's whitespace and names for bundlers downstream; these files go to browsers.
        // Licence headers (Lit's, Leaflet's) stay: their licences ask for the notice to travel with the code.
        output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
      },
      lib: {
        entry,
        formats: [variant === 'iife' ? 'iife' : 'es'],
        // Required by Vite for an IIFE; unused, since classic.ts exports nothing (no global is assigned).
        name: 'LiangzhouMap',
        fileName: () => fileName,
      },
    },
  };
});
