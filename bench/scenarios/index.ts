import type { BenchScenario } from './scenario';
import { inquiryList } from './inquiry-list';
import { storeWriteBatch, storeWriteSingle } from './store-write';

/** Every scenario the runner knows, in the order it runs them. */
export const scenarios: readonly BenchScenario[] = [storeWriteBatch, storeWriteSingle, inquiryList];
