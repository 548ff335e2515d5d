/**
 * The one-tag embed (`<script src="…/liangzhou-map.js">`), from the published folder served under a
 * sub-path (/map/), in a page whose policy is `script-src 'self'`: the classic loader finds the module
 * entry, its chunks and the geo files beside itself, with no violation, and the trip planner's chunk is
 * fetched only when the visitor opens the Trip tab (checked on the URLs the tab requested).
 * The node side (server, tab, request log) is test/embed/published-folder.ts.
 */
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { BUILT_IN_SITES as SITES } from './helpers';

const path = (url: string) => new URL(url).pathname;
const scripts = (urls: string[]) => urls.map(path).filter((p) => p.endsWith('.js'));

describe('the one-tag embed under script-src self', { timeout: 60_000 }, () => {
  it('loads its module, chunks and geo files from beside itself, and the trip chunk only when asked', async () => {
    const report = await commands.oneTagUnderCsp(
      '<script src="liangzhou-map.js"></script>',
      '<liangzhou-map lang="en" tiles="none"></liangzhou-map>',
    );
    expect(report.problems).toEqual([]);
    expect(report.readySites).toBe(SITES);

    const atReady = scripts(report.atReady);
    expect(atReady).toContain('/map/liangzhou-map.js');
    expect(atReady).toContain('/map/liangzhou-map.lite.js');
    // Every script from the folder the tag named, none from the page's root or elsewhere.
    for (const p of atReady) expect(p).toMatch(/^\/map\/[^/]+\.js$/);
    // The geo files as JSON from geo/ beside the script, not as JS text.
    expect(report.atReady.map(path).filter((p) => p.endsWith('.geojson'))).toHaveLength(6);
    for (const p of report.atReady.map(path).filter((p) => p.endsWith('.geojson'))) expect(p).toMatch(/^\/map\/geo\//);
    // The trip planner and the data checker wait for use.
    expect(atReady.filter((p) => /\/(trip-elements|parse-sites|lz-analysis-panel)-/.test(p))).toEqual([]);

    const trip = scripts(report.afterTrip).filter((p) => /\/trip-elements-[^/]+\.js$/.test(p));
    expect(trip).toHaveLength(1);
    expect(trip[0]).toMatch(/^\/map\//);
  });
});
