/**
 * Telling a FlatGeobuf `src` from a GeoJSON one without downloading it. A URL ending in `.fgb` is one
 * (`isFgbPath`); any other `src` is fetched as GeoJSON through `sniffFgb().fetch`, which looks at the
 * response's Content-Type and first bytes before the body is read: a FlatGeobuf file stops that
 * download at once (`found` is then true) and is read by view instead (fgb-source-controller.ts).
 * Small on purpose: it loads with every `src`, flatgeobuf only when a file is one.
 */

/** FlatGeobuf's magic bytes ("fgb", then the major version, 3). */
const MAGIC = [0x66, 0x67, 0x62, 0x03];
const TYPES = /^application\/(vnd\.|x-)?flatgeobuf\b/i;

/** Whether a URL names a FlatGeobuf file by its extension (`.fgb`, any case, before a query or hash). */
export function isFgbPath(url: string): boolean {
  try {
    return /\.fgb$/i.test(new URL(url, 'http://x/').pathname);
  } catch {
    return false;
  }
}

/** Thrown by the sniffing fetch to stop the GeoJSON download; the caller checks `found`. */
class FgbFound extends Error {
  override name = 'FgbFound';
}

export function sniffFgb(): { fetch: typeof fetch; found: boolean } {
  const result = {
    found: false,
    fetch: async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const response = await fetch(input, init);
      const found = () => {
        result.found = true;
        return new FgbFound('a FlatGeobuf file');
      };
      if (!response.ok || !response.body) return response;
      if (TYPES.test(response.headers.get('content-type') ?? '')) {
        void response.body.cancel().catch(() => undefined);
        throw found();
      }
      // The first bytes, then the body as it was: the caller reads on as if nothing had been looked at.
      const reader = response.body.getReader();
      const head: Uint8Array[] = [];
      let length = 0;
      while (length < MAGIC.length) {
        const { done, value } = await reader.read();
        if (done) break;
        head.push(value);
        length += value.byteLength;
      }
      const first = new Uint8Array(length);
      head.reduce((at, chunk) => (first.set(chunk, at), at + chunk.byteLength), 0);
      if (MAGIC.every((b, i) => first[i] === b)) {
        void reader.cancel().catch(() => undefined);
        throw found();
      }
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => {
          if (length > 0) controller.enqueue(first);
        },
        pull: async (controller) => {
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel: (reason) => reader.cancel(reason),
      });
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    },
  };
  return result;
}
