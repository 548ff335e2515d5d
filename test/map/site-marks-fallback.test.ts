/**
 * A large set's clustering is built in a Worker whose code loads on first use (site-marks.ts). When that
 * build fails for another reason than being superseded (its chunk did not load: a dropped connection, a
 * deploy that replaced the files), the map still clusters the sites, here on the main thread, and says it
 * is done: before, `clustering` stayed pending for good, nothing new was drawn, and the element's
 * updateComplete never settled.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInFiles } from '../../src/data/built-in-files';
import { readBuiltInLayout } from '../../src/data/read-built-in-layout';
import { LayoutMap } from '../../src/map/layout-map';
import { OFF_THREAD_SITES } from '../../src/map/site-marks';
import type { Site } from '../../src/model/types';
import { parseLayers } from '../../src/state/layer-visibility';

vi.mock('../../src/map/cluster-index-off-thread', () => ({
  clusterIndexOffThread: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));

const layout = readBuiltInLayout(builtInFiles);
let view: LayoutMap | undefined;
afterEach(() => {
  view?.remove();
  document.body.replaceChildren();
});

describe('clustering a large set when its Worker cannot be had', () => {
  it('clusters on the main thread instead, draws the sites and settles', async () => {
    const container = document.createElement('div');
    container.style.cssText = 'width:800px;height:600px';
    document.body.append(container);
    view = new LayoutMap(container, layout, {
      lang: 'zh-CN',
      visible: parseLayers(undefined), // every layer and every site, as the element's default
      renderPopup: () => document.createElement('p'),
    });
    // The built-in sites, copied about the district until there are more than the Worker's threshold.
    const sites: Site[] = [];
    for (let i = 0; sites.length <= OFF_THREAD_SITES; i++)
      for (const s of layout.sites)
        sites.push({
          ...s,
          id: `${s.id}-${i}`,
          coordinates: [
            s.coordinates[0] + ((i % 50) - 25) * 0.004,
            s.coordinates[1] + (Math.floor(i / 50) - 2) * 0.004,
          ],
        });
    view.setSites(sites);
    expect(view.clustering).toBeDefined();
    await view.clustering;
    expect(view.clustering).toBeUndefined();
    const counts = [...container.querySelectorAll('.lz-cluster-count')].map((n) => Number(n.textContent));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(OFF_THREAD_SITES / 2);
  });
});
