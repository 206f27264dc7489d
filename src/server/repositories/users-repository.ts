import type { Queryable } from '../database/database';
import type { UserPermission, UserRole } from '../../shared/sync';
import { userPermissionSchema, userRoleSchema } from '../../shared/sync';

/** A user account. The password hash never leaves the server. */
export type UserRow = {
  id: string;
  username: string;
  displayName: string | null;
  role: UserRole;
  permissions: UserPermission[];
  passwordHash: string;
  createdAt: string;
};

type Row = {
  id: string;
  username: string;
  display_name: string | null;
  role: string;
  permissions: string[];
  password_hash: string;
  created_at: Date;
};

const COLUMNS = 'id, username, display_name, role, permissions, password_hash, created_at';

/**
 * Maps a row; values outside the known roles and permissions are a corrupt row.
 * @throws ZodError when the role or a permission is unknown
 */
function toUser(row: Row): UserRow {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: userRoleSchema.parse(row.role),
    permissions: row.permissions.map((permission) => userPermissionSchema.parse(permission)),
    passwordHash: row.password_hash,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Finds a user by name, case-insensitively.
 * @throws the driver's error
 */
export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const result = await db.query<Row>(
    `SELECT ${COLUMNS} FROM users WHERE lower(username) = lower($1)`,
    [username],
  );
  const row = result.rows[0];
  return row === undefined ? null : toUser(row);
}

/**
 * Finds a user by id.
 * @throws the driver's error
 */
export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const result = await db.query<Row>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
  const row = result.rows[0];
  return row === undefined ? null : toUser(row);
}

/**
 * Creates a user.
 * @throws Error 'username-taken' when the name exists (any case); the driver's error otherwise
 */
export async function insertUser(
  db: Queryable,
  user: {
    id: string;
    username: string;
    displayName: string | null;
    role: UserRole;
    permissions: readonly UserPermission[];
    passwordHash: string;
  },
): Promise<UserRow> {
  const result = await db.query<Row>(
    `INSERT INTO users (id, username, display_name, role, permissions, password_hash)
     SELECT $1, $2, $3, $4, $5::text[], $6
     WHERE NOT EXISTS (SELECT 1 FROM users WHERE lower(username) = lower($2))
     RETURNING ${COLUMNS}`,
    [user.id, user.username, user.displayName, user.role, [...user.permissions], user.passwordHash],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error('username-taken');
  return toUser(row);
}

/**
 * Replaces a user's password hash.
 * @returns false when no such user exists
 * @throws the driver's error
 */
export async function updatePasswordHash(
  db: Queryable,
  userId: string,
  passwordHash: string,
): Promise<boolean> {
  const result = await db.query(
    'UPDATE users SET password_hash = $2, password_changed_at = now() WHERE id = $1',
    [userId, passwordHash],
  );
  return result.rowCount > 0;
}

/**
 * Every user, by name (for the admin CLI).
 * @throws the driver's error
 */
export async function listUsers(db: Queryable): Promise<UserRow[]> {
  const result = await db.query<Row>(`SELECT ${COLUMNS} FROM users ORDER BY lower(username)`);
  return result.rows.map(toUser);
}
