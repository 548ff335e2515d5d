import {
  clusterIndex,
  clusterSettings,
  type ClusterIndex,
  type ClusterIndexOptions,
  type ClusterPoint,
} from '../spatial/cluster-index';
import type { ClusterSettings } from '../spatial/new-supercluster';
import { packPoints, revivedSupercluster, type PackedClusters, type PackedPoints } from '../spatial/packed-clusters';

export type ToClusterWorker = { points: PackedPoints; settings: ClusterSettings };
export type FromClusterWorker = { type: 'built'; packed: PackedClusters } | { type: 'fail'; problem: string };

/**
 * `clusterIndex(points, options)`, with its costly part (supercluster's build, O(n log n)) in a module
 * Worker: the points go there as typed arrays, the built index comes back the same way, and only the
 * cheap revival runs here. The Worker is terminated once it has answered, or on `signal`'s abort (the
 * promise then rejects with the signal's reason). Where no Worker can run (a CSP without `worker-src`,
 * a failed start, an error in it), the index is built here instead: slower, but the same index.
 */
export function clusterIndexOffThread(
  points: readonly ClusterPoint[],
  options: ClusterIndexOptions,
  signal: AbortSignal,
): Promise<ClusterIndex> {
  const here = () => clusterIndex(points, options);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./cluster-index.worker.ts', import.meta.url), {
      type: 'module',
      name: 'lz-cluster-index',
    });
  } catch {
    return Promise.resolve().then(here);
  }
  return new Promise<ClusterIndex>((resolve, reject) => {
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const fallBack = () => {
      end();
      resolve(here());
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fallBack();
    };
    worker.onmessage = ({ data }: MessageEvent<FromClusterWorker>) => {
      if (data.type !== 'built') return fallBack();
      end();
      resolve(
        clusterIndex(points, options, (settings, count, feature) =>
          revivedSupercluster(settings, data.packed, count, feature),
        ),
      );
    };
    const packed = packPoints(points);
    worker.postMessage({ points: packed, settings: clusterSettings(options) } satisfies ToClusterWorker, [
      packed.lonlat.buffer,
      packed.ranks.buffer,
    ]);
  });
}
