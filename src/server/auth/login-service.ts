import { randomUUID } from 'node:crypto';
import type { Database } from '../database/database';
import type { LoginRequest, LoginResponse } from '../../shared/sync';
import type { PasswordHashingParameters } from '../config';
import { spendPasswordCheckTime, verifyPassword } from '../crypto/passwords';
import { generateDeviceToken, hashDeviceToken } from '../crypto/tokens';
import { upsertDeviceToken } from '../repositories/devices-repository';
import { findUserByUsername } from '../repositories/users-repository';

/** What a login needs from the configuration. */
export type LoginSettings = {
  tokenLifetimeDays: number;
  passwordHashing: PasswordHashingParameters;
};

/**
 * Checks a user's password and issues a device token.
 * @returns null for an unknown user or a wrong password (the same answer, in the same time)
 * @throws the driver's error
 */
export async function logIn(
  database: Database,
  request: LoginRequest,
  settings: LoginSettings,
): Promise<LoginResponse | null> {
  const user = await findUserByUsername(database, request.username);
  if (user === null) {
    await spendPasswordCheckTime(settings.passwordHashing);
    return null;
  }
  if (!(await verifyPassword(request.password, user.passwordHash))) return null;
  const token = generateDeviceToken();
  const device = await upsertDeviceToken(database, {
    requestedId: request.deviceId ?? null,
    newId: randomUUID(),
    userId: user.id,
    name: request.deviceName,
    tokenHash: hashDeviceToken(token),
    lifetimeDays: settings.tokenLifetimeDays,
  });
  return {
    token,
    deviceId: device.id,
    expiresAt: device.expiresAt,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      permissions: user.permissions,
    },
  };
}
