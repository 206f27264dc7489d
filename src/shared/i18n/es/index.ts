import type { MessageCatalog } from '../en/index';
import { inquiries } from './inquiries';
import { library } from './library';
import { shell } from './shell';
import { updates } from './updates';

export const es = { ...shell, ...inquiries, ...library, ...updates } satisfies MessageCatalog;
