/**
 * One request's abort: the caller's signal or a deadline, whichever comes first. `timedOut()` tells the
 * two apart for the error message; `done()` must run when the request ends, so that neither the timer nor
 * the listener on the caller's signal outlives it. Shared by the `src` download and the FlatGeobuf range
 * reads, which must give up the same way.
 */
export function deadlineAbort(timeoutMs: number, signal?: AbortSignal) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timed out', 'TimeoutError'));
  }, timeoutMs);
  const onAbort = () => controller.abort(signal!.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    controller,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
