import type { MessageCatalog } from '../en/index';
import { inquiries } from './inquiries';
import { insights } from './insights';
import { library } from './library';
import { shell } from './shell';

export const fr = { ...shell, ...inquiries, ...library, ...insights } satisfies MessageCatalog;
