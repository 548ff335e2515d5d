/**
 * The Worker that checks a bureau's sites file off the main thread (issue 13): it only runs
 * siteBatches (src/data, the single source of the rules and messages) and posts each batch as it is
 * checked. Protocol in parse-sites-off-thread.ts: `ready` first, then the file's bytes come in
 * (transferred, no copy), then `batch`... `end`, or `fail` with a file-level problem.
 */
import { GeoDataError } from '../data/geo-data-error';
import { siteBatches, toProblem } from '../data/site-batches';
import type { FromSitesWorker, ToSitesWorker } from './parse-sites-off-thread';

// The DOM lib types `self` as a Window; in a dedicated worker it is this much.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToSitesWorker>) => void) | null;
  postMessage(message: FromSitesWorker): void;
};

scope.onmessage = ({ data: { bytes, file } }) => {
  try {
    for (const batch of siteBatches(bytes, file)) scope.postMessage({ type: 'batch', batch });
    scope.postMessage({ type: 'end' });
  } catch (err) {
    const problem = err instanceof GeoDataError ? toProblem(err) : { file, problem: String(err) };
    scope.postMessage({ type: 'fail', problem });
  }
};
scope.postMessage({ type: 'ready' });
