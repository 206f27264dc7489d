import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

/** What a Dexie change notification means for the library's index. */
export type LibraryChange = {
  /** Documents or products were written. */
  isLibraryChange: boolean;
  /** Ids of the documents written; null when Dexie reports a range (e.g. a cleared table). */
  documentIds: string[] | null;
};

function isNode(tree: IntervalTree | null | undefined): tree is IntervalTreeNode {
  return tree !== null && tree !== undefined && tree.d > 0;
}

/** The single keys of an interval tree, or null if it holds a true range. */
function keysOf(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  const stack: IntervalTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

/**
 * Reads Dexie's `storagemutated` notification (sent between the page and the worker over a
 * BroadcastChannel): the primary-key part of a table lists the keys written, so the index
 * re-reads exactly those documents.
 */
export function libraryChangeOf(parts: ObservabilitySet, databaseName: string): LibraryChange {
  const prefix = `idb://${databaseName}/`;
  const documentsPart = parts[`${prefix}documents/`];
  const isLibraryChange = Object.keys(parts).some(
    (part) => part.startsWith(`${prefix}documents/`) || part.startsWith(`${prefix}products/`),
  );
  return {
    isLibraryChange,
    documentIds: documentsPart === undefined ? [] : keysOf(documentsPart),
  };
}
