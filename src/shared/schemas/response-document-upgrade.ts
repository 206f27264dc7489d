/**
 * Documents stored by store version 1 had an integer `version`, references with a single
 * `authors` string and a `source`, and none of the fields added later (lineage, approval,
 * attachments, origin). They are upgraded as they are read rather than rewritten by a migration:
 * documents are server-owned synced data (ARCHITECTURE.md, Data; decision 0031). The function
 * returns current-shape values unchanged and cheaply, so it may run on every read.
 */
export function upgradeStoredDocument(value: unknown): unknown {
  if (!isRecord(value) || !needsUpgrade(value)) return value;
  const upgraded: Record<string, unknown> = { ...value };
  if (typeof upgraded.version === 'number') upgraded.version = `${upgraded.version}.0`;
  if (Array.isArray(upgraded.references)) {
    upgraded.references = upgraded.references.map(upgradeReference);
  }
  upgraded.lineageId ??= upgraded.id;
  upgraded.supersedesId ??= null;
  upgraded.approval ??= null;
  upgraded.attachments ??= [];
  upgraded.origin ??= null;
  return upgraded;
}

function needsUpgrade(value: Record<string, unknown>): boolean {
  return (
    typeof value.version === 'number' ||
    value.lineageId === undefined ||
    value.attachments === undefined ||
    value.approval === undefined ||
    value.origin === undefined ||
    value.supersedesId === undefined
  );
}

/** `{ authors: 'A B, C D', title, source, year, doi }` → the structured reference of today. */
function upgradeReference(reference: unknown): unknown {
  if (!isRecord(reference) || !('source' in reference)) return reference;
  const { authors, source, doi, ...rest } = reference;
  return {
    ...rest,
    authors: typeof authors === 'string' ? [authors] : authors,
    journal: source,
    ...(typeof doi === 'string' ? { doi } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
