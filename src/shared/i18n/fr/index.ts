import type { MessageCatalog } from '../en/index';
import { inquiries } from './inquiries';
import { library } from './library';
import { safety } from './safety';
import { shell } from './shell';

export const fr = { ...shell, ...inquiries, ...library, ...safety } satisfies MessageCatalog;
