import type { InsightsInput } from './input';

/** Display names of what a dashboard refers to, so it reads the same without the local store. */
export type DashboardNames = {
  products: Record<string, string>;
  documents: Record<string, { title: string; reference: string | null }>;
  events: Record<string, string>;
};

type DocumentReferences = {
  content: {
    mostUsed: readonly { documentId: string }[];
    neverUsedIds: readonly string[];
    expiring: readonly { documentId: string }[];
  };
};

/** Names of every product and event, and of the documents the content figures mention. */
export function namesFor(dashboard: DocumentReferences, input: InsightsInput): DashboardNames {
  const mentioned = new Set([
    ...dashboard.content.mostUsed.map((usage) => usage.documentId),
    ...dashboard.content.neverUsedIds,
    ...dashboard.content.expiring.map((document) => document.documentId),
  ]);
  return {
    products: Object.fromEntries(input.products.map((product) => [product.id, product.brandName])),
    documents: Object.fromEntries(
      input.documents
        .filter((document) => mentioned.has(document.id))
        .map((document) => [
          document.id,
          { title: document.title, reference: document.reference ?? null },
        ]),
    ),
    events: Object.fromEntries(input.events.map((event) => [event.id, event.name])),
  };
}
