import type { BenchScenario } from './scenario';
import { storeWriteBatch, storeWriteSingle } from './store-write';
import { syncPullLibrary, syncPush } from './sync';

/** Every scenario the runner knows, in the order it runs them. */
export const scenarios: readonly BenchScenario[] = [
  storeWriteBatch,
  storeWriteSingle,
  syncPush,
  syncPullLibrary,
];
