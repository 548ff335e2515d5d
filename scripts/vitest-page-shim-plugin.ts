import type { Plugin } from 'vite';

/** Adds test/vitest-page-shim.ts to every HTML page the browser tests open besides Vitest's own. */
export function vitestPageShim(): Plugin {
  return {
    name: 'lz:vitest-page-shim',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (ctx.path.includes('__vitest')) return html;
        return {
          html,
          tags: [
            { tag: 'script', attrs: { type: 'module', src: '/test/vitest-page-shim.ts' }, injectTo: 'head-prepend' },
          ],
        };
      },
    },
  };
}
