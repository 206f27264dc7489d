import { parseLibraryBundle, serializeLibraryBundle } from '../../../../../shared/library/bundle';
import type { Actor, LibraryImportSummary } from '../../../data';
import { exportLibraryBundle, getDatabase, importLibraryBundle } from '../../../data';
import { getPlatform } from '../../../platform';

/** The outcome of an import or export, for a message to the user. */
export type TransferOutcome =
  { ok: true; summary: LibraryImportSummary } | { ok: false; error: string };

/**
 * Reads, validates and imports a bundle file. Every failure comes back as a message naming what
 * is wrong (not JSON, the first bad field, the entry the store refused); nothing is imported
 * then, because the import is one transaction.
 */
export async function importBundleFile(file: File, actor: Actor): Promise<TransferOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return {
      ok: false,
      error: `${file.name}: not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const parsed = parseLibraryBundle(json);
  if (!parsed.ok) return { ok: false, error: `${file.name}: ${parsed.error}` };
  try {
    return { ok: true, summary: await importLibraryBundle(getDatabase(), parsed.bundle, actor) };
  } catch (error) {
    return {
      ok: false,
      error: `${file.name}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Exports the library and hands it to the platform to save (a download in browser mode). */
export async function exportLibraryFile(actor: Actor): Promise<{
  saved: boolean;
  fileName: string;
  documentCount: number;
  missingAttachments: string[];
}> {
  const { bundle, missingAttachments } = await exportLibraryBundle(getDatabase(), actor.at);
  const fileName = `medinfo-library-${actor.at.slice(0, 10)}.json`;
  const bytes = new TextEncoder().encode(serializeLibraryBundle(bundle));
  const result = await getPlatform().saveFile({ suggestedName: fileName, kind: 'json', bytes });
  return {
    saved: result.saved,
    fileName,
    documentCount: bundle.documents.length,
    missingAttachments,
  };
}
