import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { leafletUnused } from './scripts/leaflet-unused-plugin.ts';

/**
 * The widget as files a page includes (`npm run build:lib` -> dist-lib/). One Vite build per file,
 * chosen by `--mode`, because an IIFE holds exactly one entry and no code splitting:
 *
 * | mode | file | what |
 * |---|---|---|
 * | (production) | `liangzhou-map.es.js` | ES module, geo data bundled; exports `LiangzhouMap`, `LzSiteCard` |
 * | `iife` | `liangzhou-map.js` | classic `<script>`, a loader of the lite build beside it (the one-tag embed); no global |
 * | `lite` | `liangzhou-map.lite.js` + `geo/*.geojson` | ES module that fetches the geo files from next to itself |
 * | `frame` | `liangzhou-frame.js` | ES module for a page embedding embed.html as an iframe: `connectFrame` |
 *
 * The one-tag script is a classic loader, not a bundle: an IIFE cannot split, and the lite build's module graph
 * loads the map first and the panels, the trip planner and the data checker on demand (src/embed/classic.ts).
 * Each of the first three registers `<liangzhou-map>` when it runs (a second copy is harmless: define.ts skips a known
 * tag). Lit, Leaflet, turf and zod are bundled in, minified; Lit resolves to its production build
 * because a Vite build does not set the `development` export condition. Leaflet's CSS is a string in
 * the element's shadow styles, so no CSS file is written and nothing lands in the page's head.
 *
 * No globals: the page's window gets no new property from these files (test/embed/lib-build.test.ts).
 * Three libraries would add some, so the build takes them out (leafletEsm and noLibraryGlobals below):
 * Leaflet's UMD file sets `window.L`, Lit records its versions and a metadata map on globalThis, and
 * zod a config object.
 */

type Variant = 'es' | 'iife' | 'lite' | 'frame';

const root = fileURLToPath(new URL('.', import.meta.url));
const builtInFilesModule = `${root}src/data/built-in-files.ts`;
const fetchedFilesModule = `${root}src/embed/fetched-built-in-files.ts`;
/** Entry modules: kept in their own file, out of the start-up chunk. */
const ENTRIES = new Set([`${root}src/embed/index.ts`, `${root}src/embed/lite.ts`]);
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

/**
 * Leaflet 1.9's package.json names only its UMD file, which assigns `window.L`; its ES build (same
 * code, same exports) assigns nothing. Only the bare `leaflet` import is redirected: `leaflet/dist/leaflet.css` stays.
 */
const leafletEsm = { find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' };

const LIT_METADATA = '\0liangzhou-lit-property-metadata';

interface GlobalEdit {
  /** What the library writes or reads on globalThis. */
  find: RegExp;
  replace: string;
}

const LIT_VERSIONS: GlobalEdit = {
  find: /\(\w+\.(?:litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\)\.push\(["'][^"']*["']\)/g,
  replace: 'void 0',
};
const LIT_METADATA_USE: GlobalEdit = {
  find: /globalThis\.litPropertyMetadata|(?<![\w.$])litPropertyMetadata(?=\.)/g,
  replace: '__lzLitPropertyMetadata',
};

/**
 * Where libraries put state on globalThis, and what the bundle does instead. Lit records its versions
 * (diagnostics for pages that load two Lits: dropped) and shares a decorator metadata WeakMap (one
 * module of this bundle instead); zod keeps a config object and a schema registry (module constants
 * instead, so two widgets' zods no longer share them, which nothing here relies on).
 */
const GLOBAL_EDITS: Record<string, GlobalEdit[]> = {
  'lit-html/lit-html.js': [LIT_VERSIONS],
  'lit-element/lit-element.js': [LIT_VERSIONS],
  '@lit/reactive-element/reactive-element.js': [
    LIT_VERSIONS,
    { find: /\w+\.litPropertyMetadata\s*\?\?=\s*new WeakMap(?:\(\))?/g, replace: 'void 0' },
    LIT_METADATA_USE,
  ],
  '@lit/reactive-element/decorators/property.js': [LIT_METADATA_USE],
  'zod/v4/core/core.js': [
    {
      find: /\(_a = globalThis\)\.__zod_globalConfig \?\? \(_a\.__zod_globalConfig = \{\}\);/g,
      replace: 'const __lzZodGlobalConfig = {};',
    },
    { find: /globalThis\.__zod_globalConfig/g, replace: '__lzZodGlobalConfig' },
  ],
  'zod/v4/core/registries.js': [
    {
      find: /\(_a = globalThis\)\.__zod_globalRegistry \?\? \(_a\.__zod_globalRegistry = registry\(\)\);/g,
      replace: 'const __lzZodGlobalRegistry = registry();',
    },
    { find: /globalThis\.__zod_globalRegistry/g, replace: '__lzZodGlobalRegistry' },
  ],
};

/**
 * Applies GLOBAL_EDITS. Every edit must find its text in a file the bundle loads, or the build fails:
 * a library update that moves its globals must not quietly bring them back.
 */
function noLibraryGlobals(): Plugin {
  return {
    name: 'liangzhou-no-library-globals',
    resolveId: (id) => (id === LIT_METADATA ? id : null),
    load: (id) => (id === LIT_METADATA ? 'export const litPropertyMetadata = new WeakMap();' : null),
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      const file = Object.keys(GLOBAL_EDITS).find((f) => path.endsWith(`/node_modules/${f}`));
      if (!file) {
        if (
          /\/node_modules\/(lit-html|lit-element|@lit\/reactive-element|zod)\//.test(path) &&
          /globalThis\.\w/.test(code)
        ) {
          this.error(`${path} touches globalThis and is not in GLOBAL_EDITS (vite.lib.config.ts)`);
        }
        return null;
      }
      let out = code;
      for (const edit of GLOBAL_EDITS[file]) {
        // String#search ignores a global regex's lastIndex; String#replace resets it.
        if (out.search(edit.find) < 0)
          this.error(`${file}: expected ${edit.find} (vite.lib.config.ts GLOBAL_EDITS is out of date)`);
        out = out.replace(edit.find, edit.replace);
      }
      if (out.includes('__lzLitPropertyMetadata'))
        out = `import { litPropertyMetadata as __lzLitPropertyMetadata } from '${LIT_METADATA}';\n${out}`;
      return { code: out, map: null };
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
  const entry = {
    es: 'src/embed/index.ts',
    iife: 'src/embed/classic.ts',
    lite: 'src/embed/lite.ts',
    frame: 'src/embed/parent-bridge.ts',
  }[variant];
  const fileName = {
    es: 'liangzhou-map.es.js',
    iife: 'liangzhou-map.js',
    lite: 'liangzhou-map.lite.js',
    frame: 'liangzhou-frame.js',
  }[variant];
  return {
    // The app's public/ folder (if any) and index.html are not the widget's.
    publicDir: false,
    // Relative: the sites Worker (assets/parse-sites.worker-*.js) is found next to the script, wherever
    // the page hosts dist-lib/. The classic IIFE has no import.meta.url and checks on the main thread.
    base: './',
    // Library mode leaves process.env alone for bundlers downstream; these files go straight to a browser.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { alias: [leafletEsm] },
    // The classic script is a loader with no library in it (src/embed/classic.ts).
    plugins: [
      ...(variant === 'frame' || variant === 'iife' ? [] : [noLibraryGlobals(), leafletUnused()]),
      ...(variant === 'lite' ? [geoNextToScript()] : []),
    ],
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
        output: {
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
          // What the entry needs before the map shows comes as one file beside it, not some twenty small shared
          // chunks (each one more request, a round trip apiece on a phone). The entry module itself stays in the
          // entry file: the lite build reads its `?geo=` from its own import.meta.url (src/embed/lite.ts).
          ...(variant === 'es' || variant === 'lite'
            ? {
                codeSplitting: {
                  groups: [{ name: 'map', tags: ['$initial' as const], test: (id: string) => !ENTRIES.has(id) }],
                },
              }
            : {}),
        },
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
