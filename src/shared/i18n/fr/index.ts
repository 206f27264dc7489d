import type { MessageCatalog } from '../en/index';
import { documents } from './documents';
import { inquiries } from './inquiries';
import { library } from './library';
import { shell } from './shell';

export const fr = { ...shell, ...inquiries, ...library, ...documents } satisfies MessageCatalog;
