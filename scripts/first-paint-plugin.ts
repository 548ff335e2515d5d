import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { outlinePath, type OutlineGeometry } from '../src/spatial/outline-path.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const GEO_FILES = ['boundary', 'context', 'core', 'axis', 'zones', 'sites'].map((n) => `${n}.geojson`);
const builtInFilesModule = `${root}src/data/built-in-files.ts`;
const pageFilesModule = `${root}src/app/page-built-in-files.ts`;
/** Where a page asks for its first frame: a comment in index.html and embed.html. */
const MARK = '<!-- lz-first-paint -->';

/** The pages' name, as their h1 and <title> give it. */
export const TITLE_ZH = '凉州区文化旅游地图';
export const TITLE_EN = 'Liangzhou culture and tourism map';

/** The district's outline as inline SVG markup: attributes only (no style attribute: embed.html's CSP forbids it). */
export function firstPaintSvg(boundaryText: string): string {
  const geometry = (JSON.parse(boundaryText) as { features: Array<{ geometry: OutlineGeometry }> }).features[0]
    .geometry;
  const { d, width, height } = outlinePath(geometry, { maxPoints: 300, size: 1000 });
  const pad = 40;
  return (
    `<div class="lz-first-paint" aria-hidden="true">` +
    // The page's name, drawn: the first thing a visitor reads, and the largest text of the first frame, so a
    // visitor (and Lighthouse's LCP) has real content at once instead of waiting for the map's small print.
    // The h1 says the same to screen readers; this copy is hidden from them.
    `<p class="lz-first-paint-title"><span lang="zh-CN">${TITLE_ZH}</span> <span lang="en">${TITLE_EN}</span></p>` +
    `<svg viewBox="${-pad} ${-pad} ${width + 2 * pad} ${height + 2 * pad}" preserveAspectRatio="xMidYMid meet" width="100%" height="100%" focusable="false">` +
    `<path d="${d}" fill="#e8efe4" stroke="#5b6b53" stroke-width="3" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>` +
    `</svg></div>`
  );
}

/**
 * The pages' first frame (issue 13): index.html and embed.html get the district's outline inline, in
 * place of `<!-- lz-first-paint -->`, drawn before any script has run and removed by the page once the
 * map is ready (src/app/first-paint.ts). In the build, the geo files also stop being JS text: the app's
 * `built-in-files` becomes a fetch of geo/*.geojson beside the page (src/app/page-built-in-files.ts),
 * the pages preload them so they download alongside the code, and the files are emitted into the build.
 */
export function firstPaint(): Plugin {
  let build = false;
  return {
    name: 'lz:first-paint',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    async resolveId(source, importer, options) {
      if (!build || !importer || !source.includes('built-in-files')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === builtInFilesModule ? pageFilesModule : null;
    },
    // After Vite's own HTML pass, which would turn the preloads' hrefs into hashed copies the fetch never asks for.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(MARK)) return html;
        const svg = firstPaintSvg(readFileSync(`${root}geo/boundary.geojson`, 'utf8'));
        return {
          html: html.replace(MARK, svg),
          // Fetched as the page's own fetch() will ask (CORS mode, same-origin credentials), so it is reused.
          tags: build
            ? GEO_FILES.map((name) => ({
                tag: 'link',
                attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./geo/${name}` },
                injectTo: 'head' as const,
              }))
            : [],
        };
      },
    },
    generateBundle() {
      if (!build) return;
      for (const name of GEO_FILES)
        this.emitFile({ type: 'asset', fileName: `geo/${name}`, source: readFileSync(`${root}geo/${name}`, 'utf8') });
    },
  };
}
