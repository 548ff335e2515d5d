/**
 * The clustering index built in a Worker (src/map/cluster-index-off-thread.ts): it answers as the one
 * built in place, it is built in place where no Worker can start (a page's CSP), and an abort ends it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clusterIndexOffThread } from '../../src/map/cluster-index-off-thread';
import { clusterIndex, type ClusterPoint } from '../../src/spatial/cluster-index';

const world: [number, number, number, number] = [-180, -85, 180, 85];
const options = { boxPx: 32, gapPx: 2, maxZoom: 18 };

function points(n: number): ClusterPoint[] {
  let seed = 5;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    lonlat: [102.0 + rnd() * 1.4, 37.4 + rnd() * 0.8] as [number, number],
    rank: i % 5,
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Builds of 6,000 points (a Worker's start included) take seconds on a loaded shared machine.
describe('clusterIndexOffThread', { timeout: 30_000 }, () => {
  it('answers as the index built in place, from a Worker it terminates once answered', async () => {
    const pts = points(6_000);
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const posted = vi.spyOn(Worker.prototype, 'postMessage');
    const there = await clusterIndexOffThread(pts, options, new AbortController().signal);
    expect(posted).toHaveBeenCalledTimes(1);
    expect(terminate).toHaveBeenCalledTimes(1);
    const here = clusterIndex(pts, options);
    for (const zoom of [7, 9.5, 12, 16]) {
      const marks = there.marks(world, zoom);
      expect(marks).toEqual(here.marks(world, zoom));
      const cluster = marks.find((m) => m.count > 1)!;
      expect(there.leaves(cluster).sort()).toEqual(here.leaves(cluster).sort());
      expect(there.expansionZoom(cluster, zoom)).toBe(here.expansionZoom(cluster, zoom));
    }
    expect(there.zoomAlone('p42', 9)).toBe(here.zoomAlone('p42', 9));
  });

  it('builds the index in place where no Worker can start (a CSP without worker-src)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused by the CSP', 'SecurityError');
        }
      },
    );
    const pts = points(300);
    const index = await clusterIndexOffThread(pts, options, new AbortController().signal);
    expect(index.marks(world, 10)).toEqual(clusterIndex(pts, options).marks(world, 10));
  });

  it('rejects with the abort reason and leaves no Worker running', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const abort = new AbortController();
    const built = clusterIndexOffThread(points(6_000), options, abort.signal);
    abort.abort(new DOMException('a newer set', 'AbortError'));
    await expect(built).rejects.toThrow('a newer set');
    expect(terminate).toHaveBeenCalledTimes(1);
  });
});
