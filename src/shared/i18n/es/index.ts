import type { MessageCatalog } from '../en/index';
import { booth } from './booth';
import { documents } from './documents';
import { events } from './events';
import { identity } from './identity';
import { inquiries } from './inquiries';
import { inquiryDetail } from './inquiry-detail';
import { insights } from './insights';
import { letterWriting } from './letter-writing';
import { library } from './library';
import { safety } from './safety';
import { safetyWorkflow } from './safety-workflow';
import { shell } from './shell';
import { sync } from './sync';
import { updates } from './updates';

export const es = {
  ...shell,
  ...inquiries,
  ...library,
  ...updates,
  ...safety,
  ...insights,
  ...booth,
  ...inquiryDetail,
  ...events,
  ...documents,
  ...identity,
  ...sync,
  ...letterWriting,
  ...safetyWorkflow,
} satisfies MessageCatalog;
