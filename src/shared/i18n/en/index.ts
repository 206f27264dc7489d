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

/**
 * English: the reference catalog, one file per area. Every other catalog has exactly these keys
 * (the type below enforces it at compile time, test/unit/shared/i18n.test.ts at run time).
 * A new area adds its file here and in each language's index.
 */
export const en = {
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
};

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
/** The shape every language's catalog must have. */
export type MessageCatalog = Catalog<typeof en>;
