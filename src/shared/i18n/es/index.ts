import type { MessageCatalog } from '../en/index';
import { inquiries } from './inquiries';
import { library } from './library';
import { shell } from './shell';
import { sync } from './sync';

export const es = { ...shell, ...inquiries, ...library, ...sync } satisfies MessageCatalog;
