/**
 * The pages' first frame (issue 13), on the built folder served under /map/: the HTML alone draws the
 * district's outline (scripts off), with a fixed box; once the map is ready the outline is gone and nothing
 * has shifted; the geo files come as JSON, each requested once (the page's preload is what its fetch uses).
 * The node side (servers, contexts) is test/embed/published-folder.ts.
 */
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { BUILT_IN_SITES as SITES } from './helpers';

const GEO = ['boundary', 'context', 'core', 'axis', 'zones', 'sites'];

describe('first paint of the published pages', { timeout: 60_000 }, () => {
  for (const path of ['index.html', 'embed.html?lang=en']) {
    it(`${path}: the outline and title before any script, the map after, no shift, geo preloaded and fetched once`, async () => {
      const report = await commands.firstPaintPublished(path);
      expect(report.static.outline).toBe(true);
      expect(report.static.points).toBeGreaterThan(50);
      expect(report.static.points).toBeLessThanOrEqual(300);
      expect(report.static.box!.width).toBeGreaterThan(500);
      expect(report.static.box!.height).toBeGreaterThan(500);
      // The page's name is drawn in the first frame, in both languages, large: the first content.
      expect(report.static.title?.text).toContain('凉州区文化旅游地图');
      expect(report.static.title?.text).toContain('Liangzhou culture and tourism map');
      expect(report.static.title!.height).toBeGreaterThanOrEqual(24);
      expect(report.static.title!.width).toBeGreaterThan(300);
      expect(report.static.title!.visible).toBe(true);

      expect(report.problems).toEqual([]);
      expect(report.readySites).toBe(SITES);
      expect(report.outlineAfterReady).toBe(false);
      expect(report.layoutShift).toBe(0);
      // Nor once the Layers tab's element has loaded: what follows it in the tab waits for it (CLS 0.03 before).
      expect(report.layoutShiftWithPanels).toBe(0);
      expect(report.geoRequests).toEqual(Object.fromEntries(GEO.map((n) => [`/map/geo/${n}.geojson`, 1])));
    });
  }
});
