import type { MessageCatalog } from '../en/index';
import { booth } from './booth';
import { events } from './events';
import { inquiries } from './inquiries';
import { inquiryDetail } from './inquiry-detail';
import { library } from './library';
import { shell } from './shell';

export const fr = {
  ...shell,
  ...inquiries,
  ...library,
  ...booth,
  ...inquiryDetail,
  ...events,
} satisfies MessageCatalog;
