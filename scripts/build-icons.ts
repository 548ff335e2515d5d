/**
 * `npx tsx scripts/build-icons.ts`: the full page's app icons (public/icons/), drawn from the district's
 * own outline (geo/boundary.geojson) so no artwork of anyone else's is involved, and written as PNG with
 * node's zlib (no image library). Two kinds, as the web manifest asks:
 * - `any` (192, 512): the outline fills most of a rounded square;
 * - `maskable` (512): the outline stays inside the central 80 % safe zone, the background runs to the edge,
 *   so a launcher's circle or squircle mask never cuts the outline.
 * Also writes icon.svg, the same drawing as a vector. Re-run after the boundary changes; the files are committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(fileURLToPath(import.meta.url), '../..');
const out = join(root, 'public/icons');
const BACKGROUND = [0x9a, 0x34, 0x12]; // --lz-color-accent's default
const FILL = [0xfe, 0xf3, 0xc7];

type Ring = [number, number][];
const geo = JSON.parse(readFileSync(join(root, 'geo/boundary.geojson'), 'utf8'));
const geometry = geo.features ? geo.features[0].geometry : geo.geometry;
const rings: Ring[] = (geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : geometry.coordinates).map(
  (ring: number[][]) => ring.map(([x, y]) => [x, y * 1] as [number, number]),
);

// Plate carrée stretched by cos(latitude), as a map of the district at this latitude looks.
const lat0 = (rings.flat().reduce((s, p) => s + p[1], 0) / rings.flat().length) * (Math.PI / 180);
const projected: Ring[] = rings.map((r) => r.map(([x, y]) => [x * Math.cos(lat0), -y]));
const xs = projected.flat().map((p) => p[0]);
const ys = projected.flat().map((p) => p[1]);
const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];

/** Maps the outline into a size x size square, filling `share` of it, centred. */
function fit(size: number, share: number): Ring[] {
  const scale = (size * share) / Math.max(maxX - minX, maxY - minY);
  const dx = (size - (maxX - minX) * scale) / 2;
  const dy = (size - (maxY - minY) * scale) / 2;
  return projected.map((r) => r.map(([x, y]) => [dx + (x - minX) * scale, dy + (y - minY) * scale]));
}

/** Even-odd point in polygon (holes included). */
function inside(x: number, y: number, shape: Ring[]): boolean {
  let hit = false;
  for (const ring of shape)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  return hit;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA PNG: outline on the background, 4x4 supersampled edges; `radius` rounds the square's corners. */
function drawPng(size: number, share: number, radius: number): Buffer {
  const shape = fit(size, share);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const S = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let inShape = 0;
      let inSquare = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const px = x + (sx + 0.5) / S;
          const py = y + (sy + 0.5) / S;
          const cx = Math.min(Math.max(px, radius), size - radius);
          const cy = Math.min(Math.max(py, radius), size - radius);
          if (radius === 0 || (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2) inSquare++;
          if (inside(px, py, shape)) inShape++;
        }
      const a = inShape / (S * S);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BACKGROUND[c] * (1 - a) + FILL[c] * a);
      raw[o + 3] = Math.round((255 * inSquare) / (S * S));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function drawSvg(size: number): string {
  const d = fit(size, 0.8)
    .map((r) => `M${r.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`)
    .join('');
  const hex = (c: number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" rx="${size * 0.18}" fill="${hex(BACKGROUND)}"/><path fill="${hex(FILL)}" fill-rule="evenodd" d="${d}"/></svg>\n`;
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'icon-192.png'), drawPng(192, 0.8, 192 * 0.18));
writeFileSync(join(out, 'icon-512.png'), drawPng(512, 0.8, 512 * 0.18));
writeFileSync(join(out, 'icon-maskable-512.png'), drawPng(512, 0.6, 0));
writeFileSync(join(out, 'icon.svg'), drawSvg(64));
console.log(`icons written to ${out}`);
