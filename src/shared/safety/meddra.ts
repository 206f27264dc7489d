/**
 * The company's licensed MedDRA release, read from the standard ASCII distribution files
 * (MedDRA "ASCII files" specification): `$`-separated fields, one term per line, a trailing `$`.
 *   llt.asc: llt_code$llt_name$pt_code$llt_whoart_code$llt_harts_code$llt_costart_sym$
 *            llt_icd9_code$llt_icd9cm_code$llt_icd10_code$llt_currency$llt_jart_code$
 *   pt.asc:  pt_code$pt_name$null_field$pt_soc_code$pt_whoart_code$…$pt_jart_code$
 *   meddra_release.asc: version$language$…
 * MedDRA is licensed: the app ships no terms, the company imports its own release. The parser is
 * pure (text in, lookup out): reading the files and their encoding is the caller's business.
 */

export type MeddraLowLevelTerm = {
  code: string;
  name: string;
  ptCode: string;
  /** Non-current LLTs stay resolvable (old data) but are never offered for new coding. */
  isCurrent: boolean;
};

export type MeddraPreferredTerm = { code: string; name: string; primarySocCode: string | null };

export type MeddraRelease = {
  version: string;
  language: string | null;
  lowLevelTerms: ReadonlyMap<string, MeddraLowLevelTerm>;
  preferredTerms: ReadonlyMap<string, MeddraPreferredTerm>;
};

/** A line of a release file that does not follow the specification. */
export class MeddraFormatError extends Error {
  override name = 'MeddraFormatError';
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}, line ${line}: ${detail}`);
  }
}

const codePattern = /^\d{8}$/;
const versionPattern = /^\d{1,2}\.\d$/;

function recordsOf(
  file: string,
  text: string,
  minimumFields: number,
): { line: number; fields: string[] }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((content, index) => ({ content, line: index + 1 }))
    .filter(({ content }) => content.trim() !== '')
    .map(({ content, line }) => {
      const fields = content.split('$');
      if (fields.length < minimumFields) {
        throw new MeddraFormatError(
          file,
          line,
          `expected ${minimumFields} $-separated fields, found ${fields.length}`,
        );
      }
      return { line, fields };
    });
}

function requireCode(file: string, line: number, value: string | undefined, what: string): string {
  const code = (value ?? '').trim();
  if (!codePattern.test(code))
    throw new MeddraFormatError(file, line, `${what} "${code}" is not an 8-digit code`);
  return code;
}

function requireName(file: string, line: number, value: string | undefined): string {
  const name = (value ?? '').trim();
  if (name === '' || name.length > 100)
    throw new MeddraFormatError(file, line, 'a term name must have 1–100 characters');
  return name;
}

/** Preferred terms of pt.asc by code. Throws MeddraFormatError naming the bad line. */
export function parsePreferredTerms(text: string): Map<string, MeddraPreferredTerm> {
  const terms = new Map<string, MeddraPreferredTerm>();
  for (const { line, fields } of recordsOf('pt.asc', text, 4)) {
    const code = requireCode('pt.asc', line, fields[0], 'pt_code');
    const socCode = (fields[3] ?? '').trim();
    terms.set(code, {
      code,
      name: requireName('pt.asc', line, fields[1]),
      primarySocCode: codePattern.test(socCode) ? socCode : null,
    });
  }
  return terms;
}

/** Lowest level terms of llt.asc by code. Throws MeddraFormatError naming the bad line. */
export function parseLowLevelTerms(text: string): Map<string, MeddraLowLevelTerm> {
  const terms = new Map<string, MeddraLowLevelTerm>();
  for (const { line, fields } of recordsOf('llt.asc', text, 10)) {
    const currency = (fields[9] ?? '').trim();
    if (currency !== 'Y' && currency !== 'N') {
      throw new MeddraFormatError(
        'llt.asc',
        line,
        `llt_currency must be Y or N, found "${currency}"`,
      );
    }
    const code = requireCode('llt.asc', line, fields[0], 'llt_code');
    terms.set(code, {
      code,
      name: requireName('llt.asc', line, fields[1]),
      ptCode: requireCode('llt.asc', line, fields[2], 'pt_code'),
      isCurrent: currency === 'Y',
    });
  }
  return terms;
}

/** Version and language from meddra_release.asc (`26.1$English$…`). */
export function parseReleaseVersion(text: string): { version: string; language: string | null } {
  const [record] = recordsOf('meddra_release.asc', text, 1);
  const version = (record?.fields[0] ?? '').trim();
  if (!versionPattern.test(version)) {
    throw new MeddraFormatError(
      'meddra_release.asc',
      record?.line ?? 1,
      `"${version}" is not a MedDRA version such as 26.1`,
    );
  }
  const language = (record?.fields[1] ?? '').trim();
  return { version, language: language === '' ? null : language };
}

export type MeddraFiles = { llt: string; pt: string; release?: string };

/**
 * A release from its files. The version comes from `version` when given, else from the release
 * file. Throws MeddraFormatError for a malformed line, an LLT whose PT is not in pt.asc, or a
 * missing version.
 */
export function parseMeddraRelease(files: MeddraFiles, version?: string): MeddraRelease {
  const preferredTerms = parsePreferredTerms(files.pt);
  const lowLevelTerms = parseLowLevelTerms(files.llt);
  for (const term of lowLevelTerms.values()) {
    if (!preferredTerms.has(term.ptCode)) {
      throw new MeddraFormatError(
        'llt.asc',
        0,
        `LLT ${term.code} points to PT ${term.ptCode}, which pt.asc lacks`,
      );
    }
  }
  const fromFile = files.release === undefined ? null : parseReleaseVersion(files.release);
  const chosen = version ?? fromFile?.version;
  if (chosen === undefined || !versionPattern.test(chosen)) {
    throw new MeddraFormatError(
      'meddra_release.asc',
      0,
      'the MedDRA version is missing: pass it or add meddra_release.asc',
    );
  }
  return { version: chosen, language: fromFile?.language ?? null, lowLevelTerms, preferredTerms };
}
