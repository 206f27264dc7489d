import type { Queryable } from '../database/database';
import type { UserPermission, UserRole } from '../../shared/sync';
import { userPermissionSchema, userRoleSchema } from '../../shared/sync';

/** A registered device (one installation that logged in). */
export type DeviceRow = {
  id: string;
  userId: string;
  username: string;
  name: string;
  createdAt: string;
  tokenIssuedAt: string;
  expiresAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
};

/** What a bearer token resolves to; the expiry is judged by the database clock. */
export type TokenOwner = {
  deviceId: string;
  userId: string;
  username: string;
  role: UserRole;
  permissions: UserPermission[];
  isRevoked: boolean;
  isExpired: boolean;
};

type DeviceDbRow = {
  id: string;
  user_id: string;
  username: string;
  name: string;
  created_at: Date;
  token_issued_at: Date;
  expires_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
};

function toDevice(row: DeviceDbRow): DeviceRow {
  return {
    id: row.id,
    userId: row.user_id,
    username: row.username,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    tokenIssuedAt: row.token_issued_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

const DEVICE_SELECT = `SELECT d.id, d.user_id, u.username, d.name, d.created_at, d.token_issued_at,
  d.expires_at, d.last_seen_at, d.revoked_at FROM devices d JOIN users u ON u.id = d.user_id`;

/**
 * Registers a device, or renews the token of the caller's own live device with that id.
 * A device id that belongs to another user, or was revoked, is never reused: a new id is made.
 * @returns the device as stored (its id may differ from `requestedId`)
 * @throws the driver's error
 */
export async function upsertDeviceToken(
  db: Queryable,
  device: {
    requestedId: string | null;
    newId: string;
    userId: string;
    name: string;
    tokenHash: string;
    lifetimeDays: number;
  },
): Promise<DeviceRow> {
  if (device.requestedId !== null) {
    const renewed = await db.query<{ id: string }>(
      `UPDATE devices SET token_hash = $3, name = $4, token_issued_at = now(),
         expires_at = now() + make_interval(days => $5::int)
       WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
      [device.requestedId, device.userId, device.tokenHash, device.name, device.lifetimeDays],
    );
    if (renewed.rows[0] !== undefined) return requireDevice(db, device.requestedId);
  }
  // A free requested id keeps the client's id (its outbox already carries it); a taken one does not.
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO devices (id, user_id, name, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5::int))
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      device.requestedId ?? device.newId,
      device.userId,
      device.name,
      device.tokenHash,
      device.lifetimeDays,
    ],
  );
  if (inserted.rows[0] !== undefined) return requireDevice(db, inserted.rows[0].id);
  await db.query(
    `INSERT INTO devices (id, user_id, name, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5::int))`,
    [device.newId, device.userId, device.name, device.tokenHash, device.lifetimeDays],
  );
  return requireDevice(db, device.newId);
}

async function requireDevice(db: Queryable, id: string): Promise<DeviceRow> {
  const result = await db.query<DeviceDbRow>(`${DEVICE_SELECT} WHERE d.id = $1`, [id]);
  const row = result.rows[0];
  if (row === undefined) throw new Error(`Device ${id} vanished while it was being written.`);
  return toDevice(row);
}

/**
 * Resolves a token hash to its device and user, and notes that the device was seen (at most once
 * a minute, so reads stay cheap).
 * @returns null for a token no device has (never issued, or replaced by a newer login)
 * @throws the driver's error
 */
export async function findTokenOwner(db: Queryable, tokenHash: string): Promise<TokenOwner | null> {
  const result = await db.query<{
    id: string;
    user_id: string;
    username: string;
    role: string;
    permissions: string[];
    is_revoked: boolean;
    is_expired: boolean;
  }>(
    `SELECT d.id, d.user_id, u.username, u.role, u.permissions,
       d.revoked_at IS NOT NULL AS is_revoked, d.expires_at <= now() AS is_expired
     FROM devices d JOIN users u ON u.id = d.user_id WHERE d.token_hash = $1`,
    [tokenHash],
  );
  const row = result.rows[0];
  if (row === undefined) return null;
  if (!row.is_revoked && !row.is_expired) {
    await db.query(
      `UPDATE devices SET last_seen_at = now()
       WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')`,
      [row.id],
    );
  }
  return {
    deviceId: row.id,
    userId: row.user_id,
    username: row.username,
    role: userRoleSchema.parse(row.role),
    permissions: row.permissions.map((permission) => userPermissionSchema.parse(permission)),
    isRevoked: row.is_revoked,
    isExpired: row.is_expired,
  };
}

/**
 * Lists devices, newest first, optionally of one user.
 * @throws the driver's error
 */
export async function listDevices(db: Queryable, userId?: string): Promise<DeviceRow[]> {
  const result =
    userId === undefined
      ? await db.query<DeviceDbRow>(`${DEVICE_SELECT} ORDER BY d.created_at DESC`)
      : await db.query<DeviceDbRow>(
          `${DEVICE_SELECT} WHERE d.user_id = $1 ORDER BY d.created_at DESC`,
          [userId],
        );
  return result.rows.map(toDevice);
}

/**
 * Revokes devices: one by id, or all of a user. Revoking twice keeps the first time.
 * @returns how many devices were newly revoked
 * @throws the driver's error
 */
export async function revokeDevices(
  db: Queryable,
  target: { deviceId: string } | { userId: string },
): Promise<number> {
  const result =
    'deviceId' in target
      ? await db.query(
          'UPDATE devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
          [target.deviceId],
        )
      : await db.query(
          'UPDATE devices SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
          [target.userId],
        );
  return result.rowCount;
}
