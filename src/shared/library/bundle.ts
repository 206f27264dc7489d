import type { z } from 'zod';
import { libraryBundleSchema, type LibraryBundle } from './bundle-schema';

export type {
  BundleAttachment,
  BundleDocument,
  BundleProduct,
  LibraryBundle,
  LibraryBundleInput,
} from './bundle-schema';
export { libraryBundleSchema } from './bundle-schema';

/** A parsed bundle, or the first thing wrong with it, e.g. `documents[3].reviewDate: …`. */
export type LibraryBundleResult =
  { ok: true; bundle: LibraryBundle } | { ok: false; error: string; path: string };

type Issue = z.core.$ZodIssue;

/** `documents[3].references[0].year` from zod's path. */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** The value at a path of the input, to tell which branch of a union was meant. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part]; // as: indexing parsed JSON by path
  }
  return value;
}

/**
 * The issue to report. A reference is either structured or a citation: zod reports both
 * branches failing, so the branch the input was written for is the one explained.
 */
function decisiveIssue(issue: Issue, input: unknown): { path: PropertyKey[]; message: string } {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const value = valueAt(input, issue.path);
    const isCitation = typeof value === 'object' && value !== null && 'citation' in value;
    const branch = (isCitation ? issue.errors.at(-1) : issue.errors[0]) ?? [];
    const [first] = branch;
    if (first !== undefined) {
      const nested = decisiveIssue(first, valueAt(input, issue.path));
      return { path: [...issue.path, ...nested.path], message: nested.message };
    }
  }
  return { path: [...issue.path], message: issue.message };
}

function failure(path: PropertyKey[], message: string): LibraryBundleResult {
  const where = pathText(path);
  const lowered = message.charAt(0).toLowerCase() + message.slice(1);
  return { ok: false, path: where, error: where === '' ? lowered : `${where}: ${lowered}` };
}

/** Duplicate ids and references to products the bundle does not carry. */
function integrityProblem(bundle: LibraryBundle): LibraryBundleResult | null {
  const productIds = new Set<string>();
  for (const [index, product] of bundle.products.entries()) {
    if (productIds.has(product.id)) {
      return failure(['products', index, 'id'], `"${product.id}" appears twice`);
    }
    productIds.add(product.id);
  }
  const documentKeys = new Set<string>();
  for (const [index, document] of bundle.documents.entries()) {
    const key = `${document.id}@${document.version}`;
    if (documentKeys.has(key)) {
      return failure(
        ['documents', index, 'id'],
        `"${document.id}" version ${document.version} appears twice`,
      );
    }
    documentKeys.add(key);
    const unknown = document.productIds.findIndex((id) => !productIds.has(id) && !isUuid(id));
    if (unknown >= 0) {
      return failure(
        ['documents', index, 'productIds', unknown],
        `no product "${document.productIds[unknown] ?? ''}" in this bundle`,
      );
    }
    if (document.reviewDate < document.effectiveDate) {
      return failure(['documents', index, 'reviewDate'], 'is before the effective date');
    }
  }
  return null;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * Validates a library bundle (docs/library-bundle.md) and returns its products and documents,
 * or the first problem with the path of the field, e.g.
 * `documents[3].reviewDate: expected a date as YYYY-MM-DD`. Never throws.
 */
export function parseLibraryBundle(json: unknown): LibraryBundleResult {
  const result = libraryBundleSchema.safeParse(json);
  if (!result.success) {
    const [issue] = result.error.issues;
    if (issue === undefined) return failure([], 'not a library bundle');
    const { path, message } = decisiveIssue(issue, json);
    return failure(path, message);
  }
  return integrityProblem(result.data) ?? { ok: true, bundle: result.data };
}

/** A bundle as the text of a .json file (two-space indented, final newline). */
export function serializeLibraryBundle(bundle: LibraryBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
