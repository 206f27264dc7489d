import type { BenchScenario } from './scenario';
import { librarySearch } from './library-search';
import { storeWriteBatch, storeWriteSingle } from './store-write';

/** Every scenario the runner knows, in the order it runs them. */
export const scenarios: readonly BenchScenario[] = [
  storeWriteBatch,
  storeWriteSingle,
  librarySearch,
];
