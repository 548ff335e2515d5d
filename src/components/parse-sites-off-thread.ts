import { GeoDataError, type GeoDataProblem } from '../data/geo-data-error';
import type { SiteValidation } from '../data/parse-sites';
import type { SiteBatch } from '../data/site-batches';

export type ToSitesWorker = { bytes: Uint8Array<ArrayBuffer>; file: string };
export type FromSitesWorker =
  { type: 'ready' } | { type: 'batch'; batch: SiteBatch } | { type: 'end' } | { type: 'fail'; problem: GeoDataProblem };

export interface OffThreadOptions {
  /** Stops the parse (a newer `src`, or the element left the page): the Worker is terminated. */
  signal?: AbortSignal;
  /** Features checked so far, of the file's total. */
  onProgress?: (done: number, total: number) => void;
  /** Skip the Worker (tests, and the bench's main-thread figure). */
  mainThread?: boolean;
}

/** Where the last parse ran: `worker`, or `main` when no Worker could start (the fallback). */
export type ParseThread = 'worker' | 'main';

/**
 * Checks a sites file's bytes in a module Worker, so the main thread never blocks on a 50 MB file:
 * the Worker parses and checks (siteBatches) and posts the sites in batches, which arrive here as
 * plain data. Bad features come back as GeoDataErrors beside the good sites; a file-level problem
 * rejects with one. An abort terminates the Worker and rejects with the signal's reason.
 *
 * The bytes are transferred only once the Worker has said it runs: a Worker that cannot start (a
 * page's CSP without `worker-src`/`script-src 'self'` for it, a build that cannot host one) leaves
 * them here, and they are checked on the main thread instead, a batch per task, so a frame can
 * still get through between batches (the JSON parse itself is one block there).
 */
export async function parseSitesOffThread(
  bytes: Uint8Array<ArrayBuffer>,
  file: string,
  options: OffThreadOptions = {},
): Promise<SiteValidation & { thread: ParseThread }> {
  let worker: Worker | undefined;
  if (!options.mainThread && typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./parse-sites.worker.ts', import.meta.url), {
        type: 'module',
        name: 'lz-parse-sites',
      });
    } catch {
      worker = undefined;
    }
  }
  if (!worker) return { ...(await onMainThread(bytes, file, options)), thread: 'main' };
  const started = await inWorker(worker, bytes, file, options);
  return started ?? { ...(await onMainThread(bytes, file, options)), thread: 'main' };
}

/** Runs the parse in `worker`; undefined when the Worker failed before it started (nothing was sent). */
function inWorker(
  worker: Worker,
  bytes: Uint8Array<ArrayBuffer>,
  file: string,
  { signal, onProgress }: OffThreadOptions,
): Promise<(SiteValidation & { thread: ParseThread }) | undefined> {
  return new Promise((resolve, reject) => {
    const sites: SiteValidation['sites'] = [];
    const problems: GeoDataError[] = [];
    let started = false;
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal!.reason);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      if (started)
        reject(new GeoDataError({ file, problem: `could not be checked (${e.message || 'worker failed'})` }));
      else resolve(undefined);
    };
    worker.onmessage = ({ data }: MessageEvent<FromSitesWorker>) => {
      switch (data.type) {
        case 'ready':
          started = true;
          worker.postMessage({ bytes, file } satisfies ToSitesWorker, [bytes.buffer]);
          return;
        case 'batch':
          for (const site of data.batch.sites) sites.push(site);
          for (const problem of data.batch.problems) problems.push(new GeoDataError(problem));
          onProgress?.(data.batch.done, data.batch.total);
          return;
        case 'end':
          stop();
          resolve({ sites, problems, thread: 'worker' });
          return;
        case 'fail':
          stop();
          reject(new GeoDataError(data.problem));
      }
    };
  });
}

/** The fallback: the same batches on this thread, one per task. */
async function onMainThread(
  bytes: Uint8Array,
  file: string,
  { signal, onProgress }: OffThreadOptions,
): Promise<SiteValidation> {
  // Loaded here only: in the Worker's case the checker (zod and all) never comes to the main thread.
  const { siteBatches } = await import('../data/site-batches');
  const sites: SiteValidation['sites'] = [];
  const problems: GeoDataError[] = [];
  for (const batch of siteBatches(bytes, file)) {
    for (const site of batch.sites) sites.push(site);
    for (const problem of batch.problems) problems.push(new GeoDataError(problem));
    onProgress?.(batch.done, batch.total);
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
  }
  return { sites, problems };
}
