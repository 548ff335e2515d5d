/**
 * Answers a GET as a static host does for HTTP Range (RFC 9110): `bytes=a-b`, `bytes=a-` and
 * `bytes=-n` get 206 with Content-Range, clipped at the file's end; a range that starts past the end
 * gets 416; no Range (or one this does not parse, several ranges) gets 200 and the whole file. For
 * serve-dir.ts (the benchmarks) and the browser tests' range server (test/range-server.ts): a
 * FlatGeobuf `src` is read with range requests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendRange(
  req: IncomingMessage,
  res: ServerResponse,
  bytes: Uint8Array,
  headers: Record<string, string> = {},
): number {
  const size = bytes.byteLength;
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  const common = { 'accept-ranges': 'bytes', ...headers };
  if (!m || (m[1] === '' && m[2] === '')) {
    res.writeHead(200, { ...common, 'content-length': String(size) }).end(bytes);
    return size;
  }
  let start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  let end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || start > end) {
    res.writeHead(416, { ...common, 'content-range': `bytes */${size}` }).end();
    return 0;
  }
  start = Math.max(0, start);
  end = Math.max(start, end);
  const body = bytes.subarray(start, end + 1);
  res
    .writeHead(206, {
      ...common,
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': String(body.byteLength),
    })
    .end(body);
  return body.byteLength;
}
