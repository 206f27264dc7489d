import type { Queryable } from '../database/database';
import type { JsonWebKey } from 'node:crypto';

/** A stored sealing key pair (JWKs as WebCrypto exports them). */
export type ServerKeyRow = {
  kid: string;
  algorithm: string;
  publicJwk: JsonWebKey;
  privateJwk: JsonWebKey;
  createdAt: string;
};

type Row = {
  kid: string;
  algorithm: string;
  public_jwk: JsonWebKey;
  private_jwk: JsonWebKey;
  created_at: Date;
};

function toKey(row: Row): ServerKeyRow {
  return {
    kid: row.kid,
    algorithm: row.algorithm,
    publicJwk: row.public_jwk,
    privateJwk: row.private_jwk,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * The newest key that is not retired, or null before the first start finished.
 * @throws the driver's error
 */
export async function findActiveServerKey(db: Queryable): Promise<ServerKeyRow | null> {
  const result = await db.query<Row>(
    `SELECT kid, algorithm, public_jwk, private_jwk, created_at FROM server_keys
     WHERE retired_at IS NULL ORDER BY created_at DESC, kid LIMIT 1`,
  );
  const row = result.rows[0];
  return row === undefined ? null : toKey(row);
}

/**
 * Every key, retired ones included: payloads sealed before a rotation must still open.
 * @throws the driver's error
 */
export async function listServerKeys(db: Queryable): Promise<ServerKeyRow[]> {
  const result = await db.query<Row>(
    'SELECT kid, algorithm, public_jwk, private_jwk, created_at FROM server_keys ORDER BY created_at',
  );
  return result.rows.map(toKey);
}

/**
 * Stores a new key pair.
 * @throws the driver's error (unique violation when the kid exists)
 */
export async function insertServerKey(
  db: Queryable,
  key: { kid: string; algorithm: string; publicJwk: JsonWebKey; privateJwk: JsonWebKey },
): Promise<void> {
  await db.query(
    `INSERT INTO server_keys (kid, algorithm, public_jwk, private_jwk)
     VALUES ($1, $2, $3::jsonb, $4::jsonb)`,
    [key.kid, key.algorithm, JSON.stringify(key.publicJwk), JSON.stringify(key.privateJwk)],
  );
}
