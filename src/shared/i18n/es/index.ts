import type { MessageCatalog } from '../en/index';
import { inquiries } from './inquiries';
import { library } from './library';
import { identity } from './identity';
import { shell } from './shell';

export const es = { ...shell, ...inquiries, ...library, ...identity } satisfies MessageCatalog;
