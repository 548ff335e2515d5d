/**
 * Property tests draw from one pinned seed, so CI and a developer see the same cases and a red run
 * can be replayed. To search wider, run with another seed and more runs:
 *   FC_SEED=$RANDOM FC_RUNS=20000 npx vitest run --project unit
 * Every counterexample found that way becomes a fixed case in the test it broke.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261130);
const numRuns = Number(process.env.FC_RUNS ?? 200);
fc.configureGlobal({ seed, numRuns });
