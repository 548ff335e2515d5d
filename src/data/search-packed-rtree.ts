/**
 * The features of a FlatGeobuf file whose boxes cross a rectangle, found in the file's packed Hilbert
 * R-tree (https://flatgeobuf.org: nodes of 40 bytes, minX, minY, maxX, maxY as float64 and an offset
 * as uint64, stored level by level from the root; a leaf's offset is its feature's byte offset among
 * the features, any other node's the index of its first child).
 *
 * flatgeobuf's `streamSearch` does this too, but logs every node it visits with console.debug (a page
 * embedding the map would see thousands of lines a view) and cannot be told to stop early. This one
 * reads a level at a time, fetching each run of wanted nodes in one request (runs closer than
 * `mergeGap` nodes are joined), and stops once more than `max` leaves are found.
 */

const NODE_BYTES = 40;
/** The most nodes one request reads (40 KB). */
const RUN_NODES = 1024;

export interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface FoundFeature {
  /** Byte offset among the features. */
  offset: number;
  /** Index of the feature in the file. */
  index: number;
  /** Its length in bytes (size prefix included), or 0 for the file's last feature (its prefix says). */
  length: number;
}

/** Node index ranges [start, end) of each level, leaves first (as flatgeobuf's generateLevelBounds). */
export function levelBounds(count: number, nodeSize: number): Array<[number, number]> {
  const sizes = [count];
  for (let n = count; n !== 1;) sizes.push((n = Math.ceil(n / nodeSize)));
  const total = sizes.reduce((a, b) => a + b, 0);
  const bounds: Array<[number, number]> = [];
  let end = total;
  for (const size of sizes) {
    bounds.push([end - size, end]);
    end -= size;
  }
  return bounds;
}

/**
 * Finds up to `max` + 1 features in `rect` (one more than `max` says the rectangle holds more), in file
 * order. `readNodes(byteOffset, byteLength)` reads bytes of the index (offsets from its start).
 */
export async function searchPackedRtree(
  count: number,
  nodeSize: number,
  rect: Rect,
  readNodes: (offset: number, length: number) => Promise<ArrayBuffer>,
  { max = Infinity, mergeGap = 64 }: { max?: number; mergeGap?: number } = {},
): Promise<FoundFeature[]> {
  if (count === 0) return [];
  const levels = levelBounds(count, nodeSize);
  const firstLeaf = levels[0][0];
  const found: FoundFeature[] = [];
  // Wanted node indexes on the level being read, in order.
  let wanted = [0];
  for (let level = levels.length - 1; level >= 0 && wanted.length > 0; level--) {
    const isLeaf = level === 0;
    const [, levelEnd] = levels[level];
    const next: number[] = [];
    for (const [start, end] of runs(wanted, nodeSize, mergeGap, levelEnd)) {
      // A leaf's length is the next leaf's offset less its own: one leaf more is read (within the level).
      const readEnd = isLeaf ? Math.min(end + 1, levelEnd) : end;
      const view = new DataView(await readNodes(start * NODE_BYTES, (readEnd - start) * NODE_BYTES));
      for (let node = start; node < end; node++) {
        const at = (node - start) * NODE_BYTES;
        if (
          rect.maxX < view.getFloat64(at, true) ||
          rect.maxY < view.getFloat64(at + 8, true) ||
          rect.minX > view.getFloat64(at + 16, true) ||
          rect.minY > view.getFloat64(at + 24, true)
        )
          continue;
        const offset = Number(view.getBigUint64(at + 32, true));
        if (!isLeaf) {
          next.push(offset);
          continue;
        }
        // The next leaf's offset ends this feature (runs read one leaf more for that); the last has none.
        const length = node + 1 < levelEnd ? Number(view.getBigUint64(at + NODE_BYTES + 32, true)) - offset : 0;
        found.push({ offset, index: node - firstLeaf, length });
        if (found.length > max) return found;
      }
    }
    wanted = next;
  }
  return found;
}

/**
 * The node ranges to read for `firsts` (the first child of each wanted parent, or the root): each
 * parent's children are `nodeSize` nodes from its first; ranges closer than `mergeGap` nodes join,
 * and none is longer than RUN_NODES, so a search that stops early has not read far past its end.
 */
function runs(firsts: number[], nodeSize: number, mergeGap: number, levelEnd: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const first of firsts) {
    const end = Math.min(first + nodeSize, levelEnd);
    const last = out[out.length - 1];
    if (last && first - last[1] <= mergeGap && end - last[0] <= RUN_NODES) last[1] = Math.max(last[1], end);
    else out.push([first, end]);
  }
  return out;
}
