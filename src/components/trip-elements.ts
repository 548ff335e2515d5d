/**
 * The trip planner's elements as one lazy chunk: loaded together, the planning maths they share
 * stays in that chunk instead of moving into the code every visit downloads.
 */
import './lz-trip-panel';
import './lz-trip-print';
