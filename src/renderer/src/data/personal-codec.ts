import {
  isEncryptedEnvelope,
  isPurgedPersonal,
  personalAad,
} from '../../../shared/security/encryption';
import { PERSONAL_TABLE_NAMES, isPersonalTableName } from '../../../shared/sync';
import type { PersonalTableName } from '../../../shared/sync';
import {
  blankAdverseEventPersonal,
  blankProductComplaintPersonal,
} from '../../../shared/safety/day-zero';
import { createLogger } from '../platform/logger';
import type { MedinfoDatabase } from './db';
import { requireKeyring } from './crypto/keyring';
import { loadRecordKeys } from './crypto/record-keys';
import { DecryptionError, decryptJson } from './crypto/web-crypto';
import { PersonalDataUnavailableError } from './errors';
import type { PersonalDataProblem } from './errors';

const log = createLogger('store');

/**
 * The tables whose records carry a personal part (ARCHITECTURE.md, Data): the protocol's one
 * list, which the server also uses to refuse unsealed payloads.
 */
export const personalTables = PERSONAL_TABLE_NAMES;
export type PersonalTable = PersonalTableName;

export function isPersonalTable(table: string): table is PersonalTable {
  return isPersonalTableName(table);
}

type RowWithPersonal = {
  id: string;
  personal: unknown;
  questions?: readonly { id: string }[];
  kind?: string;
};

/**
 * What stands in for a personal part that cannot be read: empty, shaped like the real one, and
 * remembered (see personalProblemOf) so the UI can say why and the write path refuses to save it.
 */
function placeholderOf(table: PersonalTable, row: RowWithPersonal): unknown {
  if (table === 'signatures') return { signerName: '', image: '' };
  if (table === 'safetyActions') return { note: '' };
  if (table === 'safetyReports') {
    return row.kind === 'product-complaint'
      ? blankProductComplaintPersonal()
      : blankAdverseEventPersonal();
  }
  const empty = {
    name: null,
    specialty: null,
    institution: null,
    email: null,
    phone: null,
    address: null,
  };
  return {
    requester: empty,
    questions: (row.questions ?? []).map((question) => ({ questionId: question.id, text: '' })),
    notes: '',
    signatures: {},
    followUpNotes: {},
    referrerName: null,
  };
}

const problems = new WeakMap<object, PersonalDataProblem>();

/**
 * Why a record's personal part is a placeholder, or null when it is the real one. Lets the UI
 * say "purged" or "damaged" instead of showing empty fields as if they were data.
 */
export function personalProblemOf(record: { personal: unknown }): PersonalDataProblem | null {
  const personal = record.personal;
  return typeof personal === 'object' && personal !== null
    ? (problems.get(personal) ?? null)
    : null;
}

/** Remembers for `to` (a copy of the placeholder `from`) why it is one. */
export function carryPersonalProblem(from: unknown, to: unknown): void {
  if (from === to || typeof from !== 'object' || from === null) return;
  if (typeof to !== 'object' || to === null) return;
  const problem = problems.get(from);
  if (problem !== undefined) problems.set(to, problem);
}

function placeholder(
  table: PersonalTable,
  row: RowWithPersonal,
  problem: PersonalDataProblem,
): unknown {
  const value = placeholderOf(table, row);
  problems.set(value as object, problem); // as: placeholders are always objects
  if (problem !== 'purged') log.warn(`Personal data of ${table} ${row.id} unavailable: ${problem}`);
  return value;
}

/**
 * Decrypts the personal parts of rows read from `table`, after the query (never inside a
 * transaction). A row whose part cannot be read gets a placeholder and is logged; every other
 * row is unaffected. Legacy plaintext (stores from before encryption) passes through.
 * Throws StoreLockedError when a row needs a key and the store is locked.
 */
export async function decodePersonalParts<TRow extends RowWithPersonal>(
  db: MedinfoDatabase,
  table: PersonalTable,
  rows: readonly TRow[],
): Promise<unknown[]> {
  const encrypted = rows.filter((row) => isEncryptedEnvelope(row.personal));
  if (encrypted.length === 0) return rows.map((row) => decodeWithoutKey(table, row));
  const keyring = requireKeyring(db);
  const keys = await loadRecordKeys(
    db,
    keyring,
    table,
    encrypted.map((row) => row.id),
  );
  return Promise.all(
    rows.map(async (row) => {
      if (!isEncryptedEnvelope(row.personal)) return decodeWithoutKey(table, row);
      const key = keys.get(row.id) ?? 'missing-key';
      if (typeof key === 'string') return placeholder(table, row, key);
      try {
        return await decryptJson(key, row.personal, personalAad(table, row.id));
      } catch (error) {
        if (error instanceof DecryptionError) return placeholder(table, row, 'damaged');
        throw error;
      }
    }),
  );
}

function decodeWithoutKey(table: PersonalTable, row: RowWithPersonal): unknown {
  if (isPurgedPersonal(row.personal)) return placeholder(table, row, 'purged');
  return row.personal;
}

/**
 * Like `decodePersonalParts` for one row that is about to be changed: an unreadable part throws
 * PersonalDataUnavailableError instead of becoming a placeholder, so a write can never replace
 * real (if unreadable) data with empty fields.
 */
export async function decodePersonalForWrite(
  db: MedinfoDatabase,
  table: PersonalTable,
  row: RowWithPersonal,
): Promise<unknown> {
  const [personal] = await decodePersonalParts(db, table, [row]);
  const problem =
    typeof personal === 'object' && personal !== null ? problems.get(personal) : undefined;
  if (problem !== undefined) throw new PersonalDataUnavailableError(table, row.id, problem);
  return personal;
}
