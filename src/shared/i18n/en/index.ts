import { inquiries } from './inquiries';
import { library } from './library';
import { shell } from './shell';
import { sync } from './sync';

/**
 * English: the reference catalog, one file per area. Every other catalog has exactly these keys
 * (the type below enforces it at compile time, test/unit/shared/i18n.test.ts at run time).
 * A new area adds its file here and in each language's index.
 */
export const en = { ...shell, ...inquiries, ...library, ...sync };

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
/** The shape every language's catalog must have. */
export type MessageCatalog = Catalog<typeof en>;
