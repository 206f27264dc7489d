import { insightsDashboard } from './insights';
import { letters } from './letters';
import type { BenchScenario } from './scenario';
import { unlockTime } from './identity';
import { inquiryList } from './inquiry-list';
import { personalSearch } from './personal-search';
import { librarySearch } from './library-search';
import { storeWriteBatch, storeWriteSingle } from './store-write';
import { syncPullLibrary, syncPush } from './sync';

/** Every scenario the runner knows, in the order it runs them. */
export const scenarios: readonly BenchScenario[] = [
  storeWriteBatch,
  storeWriteSingle,
  insightsDashboard,
  letters,
  unlockTime,
  personalSearch,
  inquiryList,
  librarySearch,
  syncPush,
  syncPullLibrary,
];
