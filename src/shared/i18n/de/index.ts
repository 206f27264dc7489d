import type { MessageCatalog } from '../en/index';
import { inquiries } from './inquiries';
import { insights } from './insights';
import { library } from './library';
import { safety } from './safety';
import { shell } from './shell';
import { updates } from './updates';

export const de = {
  ...shell,
  ...inquiries,
  ...library,
  ...updates,
  ...safety,
  ...insights,
} satisfies MessageCatalog;
