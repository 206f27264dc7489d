import type { MeddraReleaseFiles } from '../../../../shared/schemas';

/**
 * Text of a release file. MedDRA's English files are ASCII; translations come in UTF-8 or, in
 * older releases, a Windows code page: UTF-8 is tried strictly first, then Windows-1252.
 */
async function textOf(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The release files among those chosen (any others of the distribution, such as mdhier.asc,
 * are ignored), by their standard names in any case; null when llt.asc or pt.asc is missing.
 */
export async function readMeddraFiles(files: readonly File[]): Promise<MeddraReleaseFiles | null> {
  const named = (name: string): File | undefined =>
    files.find((file) => file.name.toLowerCase() === name);
  const llt = named('llt.asc');
  const pt = named('pt.asc');
  if (llt === undefined || pt === undefined) return null;
  const release = named('meddra_release.asc');
  return {
    llt: await textOf(llt),
    pt: await textOf(pt),
    ...(release === undefined ? {} : { release: await textOf(release) }),
  };
}
