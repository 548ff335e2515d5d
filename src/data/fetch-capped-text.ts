import { GeoDataError } from './geo-data-error';
import { deadlineAbort } from './deadline-abort';
import { joinChunks } from './join-chunks';

export interface FetchCappedOptions {
  /** Aborts the request (a newer one superseded it): rejects with the AbortError, not a GeoDataError. */
  signal?: AbortSignal;
  /** Bytes the body may have; one more and the download is aborted. */
  maxBytes: number;
  /** Milliseconds for the whole request, body included. */
  timeoutMs: number;
  /** The fetch to use; default the global one (a parameter so tests can hand in any body). */
  fetch?: typeof fetch;
  /**
   * Called as the body arrives: bytes read so far, and the total when the server declared a
   * Content-Length (a progress bar's value and max).
   */
  onProgress?: (read: number, total: number | undefined) => void;
}

/** Rejects when `signal` aborts, whatever `promise` does: a stream that ignores the abort cannot hold us. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** Fetches `url` as UTF-8 text: fetchCappedBytes, decoded (a stray byte becomes U+FFFD). */
export async function fetchCappedText(url: string, options: FetchCappedOptions): Promise<string> {
  // Not fatal: a stray byte becomes U+FFFD, and the JSON check says what is wrong with the file.
  return new TextDecoder('utf-8').decode(await fetchCappedBytes(url, options));
}

/**
 * Fetches `url`'s body as bytes (a Worker can take them without a copy), refusing to wait or to hold more than asked: the body is read chunk by
 * chunk and the download aborted the moment it passes `maxBytes`, whether or not the server sent a
 * Content-Length (a chunked or lying one cannot make us read a gigabyte), and the whole exchange,
 * headers and body, ends after `timeoutMs`. Every failure is a GeoDataError naming the URL, with its
 * category (fetch-failed, timeout, too-large).
 */
export async function fetchCappedBytes(url: string, options: FetchCappedOptions): Promise<Uint8Array<ArrayBuffer>> {
  const { signal, maxBytes, timeoutMs, onProgress } = options;
  // The global one, looked up now: a page (or a test) may have replaced it.
  const fetchImpl = options.fetch ?? fetch;
  const deadline = deadlineAbort(timeoutMs, signal);
  const { controller } = deadline;

  const failed = (err: unknown): unknown => {
    if (signal?.aborted) return err instanceof Error && err.name === 'AbortError' ? err : signal.reason;
    if (deadline.timedOut())
      return new GeoDataError({
        file: url,
        category: 'timeout',
        problem: `gave no complete answer within ${timeoutMs} ms`,
      });
    if (err instanceof GeoDataError) return err;
    return new GeoDataError({
      file: url,
      category: 'fetch-failed',
      problem: `could not be fetched (${err instanceof Error ? err.message : String(err)})`,
    });
  };
  const tooLarge = (bytes: string) =>
    new GeoDataError({
      file: url,
      category: 'too-large',
      problem: `is far too large (${bytes}; at most ${maxBytes})`,
    });

  try {
    const response = await abortable(
      fetchImpl(url, { signal: controller.signal, credentials: 'same-origin' }),
      controller.signal,
    );
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new GeoDataError({
        file: url,
        category: 'fetch-failed',
        problem: `could not be fetched (HTTP ${response.status})`,
      });
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw tooLarge(`${declared} bytes`);
    }
    if (!response.body) return new Uint8Array(0);
    const known = declared > 0 ? declared : undefined;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await abortable(reader.read(), controller.signal);
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) throw tooLarge(`more than ${maxBytes} bytes sent`);
        chunks.push(value);
        // A gzip body's Content-Length counts compressed bytes: once passed, the total is unknown.
        onProgress?.(total, known !== undefined && total <= known ? known : undefined);
      }
    } finally {
      // Stops the download (and frees what the server keeps sending) on every way out but the end.
      if (total > maxBytes || controller.signal.aborted) controller.abort();
      void reader.cancel().catch(() => undefined);
    }
    return joinChunks(chunks, total);
  } catch (err) {
    throw failed(err);
  } finally {
    deadline.done();
  }
}
