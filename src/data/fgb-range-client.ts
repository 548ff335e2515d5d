import { GeoDataError } from './geo-data-error';
import { deadlineAbort } from './deadline-abort';
import { joinChunks } from './join-chunks';

export interface FgbRangeClientOptions {
  /** Milliseconds for each range request, body included (`src-timeout`). */
  timeoutMs: number;
  /** The fetch to use; default the global one, looked up at each request (a test may replace it). */
  fetch?: typeof fetch;
}

/** Why a host's answer to a Range request cannot be used, for the person who configures that host. */
const NO_RANGE =
  'a FlatGeobuf src needs a host that answers HTTP Range requests with 206 Partial Content (and, from another origin, allows the Range header in CORS)';

/**
 * Reads byte ranges of one FlatGeobuf file for flatgeobuf's HttpReader (its `getRange` contract),
 * under the same rules as any `src` fetch (fetch-capped-text.ts): each request ends after `timeoutMs`,
 * reads at most the bytes it asked for (a host that sends more is cut off), and every failure is a
 * GeoDataError naming the URL with its category. A host that ignores `Range` (HTTP 200 with the whole
 * file) is refused before its body is read: reading a file too large for the browser is what
 * FlatGeobuf is here to avoid.
 *
 * `signal` is set by the reader for the view being read: aborting it stops that view's requests
 * (the map moved on, or the element left), and the next view sets a fresh one.
 */
export class FgbRangeClient {
  /** Aborts the requests of the view being read. */
  signal?: AbortSignal;
  /** Body bytes received over the network, all views together. */
  bytesRead = 0;
  requests = 0;

  constructor(
    readonly url: string,
    private readonly options: FgbRangeClientOptions,
  ) {}

  async getRange(begin: number, length: number, _purpose?: string): Promise<ArrayBuffer> {
    const { url } = this;
    const { timeoutMs } = this.options;
    const fetchImpl = this.options.fetch ?? fetch;
    const signal = this.signal;
    signal?.throwIfAborted();
    const deadline = deadlineAbort(timeoutMs, signal);
    const { controller } = deadline;
    const range = `bytes=${begin}-${begin + length - 1}`;
    this.requests++;
    try {
      const response = await fetchImpl(url, {
        headers: { Range: range },
        signal: controller.signal,
        credentials: 'same-origin',
      });
      const declared = Number(response.headers.get('content-length') ?? NaN);
      // A host without Range support sends the whole file; that is only usable when the whole file is what was asked for.
      const wholeAndSmall = response.status === 200 && begin === 0 && declared <= length;
      if (response.status !== 206 && !wholeAndSmall) {
        void response.body?.cancel().catch(() => undefined);
        throw new GeoDataError({
          file: url,
          category: 'fetch-failed',
          problem: response.ok
            ? `was sent whole (HTTP ${response.status}) when only ${range} was asked for: ${NO_RANGE}`
            : `could not be fetched (HTTP ${response.status} for ${range})`,
        });
      }
      const contentRange = response.headers.get('content-range');
      if (contentRange && !contentRange.startsWith(`bytes ${begin}-`)) {
        void response.body?.cancel().catch(() => undefined);
        throw new GeoDataError({
          file: url,
          category: 'fetch-failed',
          problem: `answered ${range} with ${contentRange.slice(0, 60)}: ${NO_RANGE}`,
        });
      }
      return await this.readAtMost(response, length, controller);
    } catch (err) {
      if (signal?.aborted) throw err instanceof Error && err.name === 'AbortError' ? err : signal.reason;
      if (deadline.timedOut())
        throw new GeoDataError({
          file: url,
          category: 'timeout',
          problem: `gave no complete answer to ${range} within ${timeoutMs} ms`,
        });
      if (err instanceof GeoDataError) throw err;
      throw new GeoDataError({
        file: url,
        category: 'fetch-failed',
        problem: `could not be fetched (${err instanceof Error ? err.message : String(err)}; ${NO_RANGE})`,
      });
    } finally {
      deadline.done();
    }
  }

  /** The body, at most `max` bytes: one more and the request is cut off. */
  private async readAtMost(response: Response, max: number, controller: AbortController): Promise<ArrayBuffer> {
    if (!response.body) return new ArrayBuffer(0);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        this.bytesRead += value.byteLength;
        if (total > max)
          throw new GeoDataError({
            file: this.url,
            category: 'too-large',
            problem: `sent more than the ${max} bytes asked for: ${NO_RANGE}`,
          });
        chunks.push(value);
      }
    } finally {
      if (total > max) controller.abort();
      void reader.cancel().catch(() => undefined);
    }
    return joinChunks(chunks, total).buffer;
  }
}
