/**
 * The bureau's way in, end to end on the built folder: `npm run build` makes one dist/ holding the
 * pages and the widget files, served here under a sub-folder (/map/) as a bureau would publish it.
 * All three pages load from there with every file found; the configurator's snippets, read from its
 * form and pasted into a page on another origin, make the configured map; axe finds nothing on the
 * three pages in either language. The node side (servers, tabs) is test/embed/published-folder.ts.
 */
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { BUILT_IN_SITES as SITES } from './helpers';

// Each test opens real pages in new tabs on a machine shared with other runs: generous time, no sleeps.
describe('dist/ published under a sub-folder', { timeout: 60_000 }, () => {
  for (const path of ['index.html', 'embed.html?lang=en', 'configurator.html']) {
    it(`${path} loads every file from the folder and shows the map`, async () => {
      const page = await commands.visitPublished(path);
      expect(page.problems).toEqual([]);
      expect(page.readySites).toBe(SITES);
      expect(page.sitesDrawn).toBeGreaterThan(0);
    });
  }

  it('the lite build, loaded from the folder, fetches its geo files and chunks from beside itself', async () => {
    const { mapBase } = await commands.publishedUrls();
    const page = await commands.pasteOnHost(
      `<script type="module" src="${mapBase}liangzhou-map.lite.js"></script>\n<liangzhou-map lang="en" style="display: block; height: 400px"></liangzhou-map>\n`,
    );
    expect(page.problems).toEqual([]);
    expect(page.readySites).toBe(SITES);
    expect(page.sitesDrawn).toBeGreaterThan(0);
  });

  it("the configurator's defaults point at the folder it is served from", async () => {
    const snippets = await commands.configuratorSnippets({ lang: 'en', site: 'tiantishan-grottoes' });
    expect(snippets.problems).toEqual([]);
    expect(new URL(snippets.base).pathname).toBe('/map/');
    expect(snippets.script).toContain(`src="${snippets.base}liangzhou-map.js"`);
    expect(snippets.iframe).toContain(`src="${snippets.base}embed.html?`);
  });

  for (const kind of ['script', 'iframe'] as const) {
    it(`the ${kind} snippet, pasted into a page on another origin, makes the configured map`, async () => {
      const snippets = await commands.configuratorSnippets({ lang: 'en', site: 'tiantishan-grottoes' });
      const page = await commands.pasteOnHost(snippets[kind]);
      expect(new URL(page.hostOrigin).origin).not.toBe(new URL(snippets.base).origin);
      expect(page.problems).toEqual([]);
      expect(page.readySites).toBe(SITES);
      expect(page.sitesDrawn).toBeGreaterThan(0);
      expect(page.lang).toBe('en');
      expect(page.site).toBe('tiantishan-grottoes');
    });
  }
});

describe('axe on the published pages', { timeout: 60_000 }, () => {
  for (const page of ['index.html', 'embed.html', 'configurator.html']) {
    for (const lang of ['zh-CN', 'en']) {
      it(`${page} in ${lang} has no violations`, async () => {
        expect(await commands.axePublished(`${page}?lang=${lang}`)).toEqual([]);
      });
    }
  }
});
