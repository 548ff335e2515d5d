/**
 * The Worker that builds the sites' clustering index off the main thread (issue 13: 1.4 s for 100,000
 * sites on this machine, all of it one task when it ran there). It takes the sites packed as typed
 * arrays and answers with the index packed the same way (src/spatial/packed-clusters.ts), every
 * buffer transferred both ways. Protocol in cluster-index-off-thread.ts.
 */
import { buildPackedClusters, clusterBuffers } from '../spatial/packed-clusters';
import type { FromClusterWorker, ToClusterWorker } from './cluster-index-off-thread';

// The DOM lib types `self` as a Window; in a dedicated worker it is this much.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToClusterWorker>) => void) | null;
  postMessage(message: FromClusterWorker, transfer: Transferable[]): void;
};

scope.onmessage = ({ data: { points, settings } }) => {
  try {
    const packed = buildPackedClusters(points, settings);
    scope.postMessage({ type: 'built', packed }, clusterBuffers(packed));
  } catch (err) {
    scope.postMessage({ type: 'fail', problem: String(err) }, []);
  }
};
