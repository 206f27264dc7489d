import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../database/database';
import type { PasswordHashingParameters } from '../config';
import { userPermissionSchema, userRoleSchema, usernameSchema } from '../../shared/sync';
import { createUser, resetPassword } from '../auth/user-service';
import { listDevices, revokeDevices } from '../repositories/devices-repository';
import { findUserByUsername } from '../repositories/users-repository';
import type { CliOutput } from './output';

/**
 * The admin commands. Each names its options (node:util parseArgs format) and runs against an
 * open, migrated database. Add a command by adding an entry (import-library and export-e2b come
 * later).
 */

/** What every command receives. */
export type CliContext = {
  database: Database;
  output: CliOutput;
  hashing: PasswordHashingParameters;
  /** The password from stdin when --password-stdin is given. */
  readSecret: () => Promise<string>;
};

/** Parsed option values. */
export type CliValues = Record<string, string | boolean | string[] | undefined>;

/** One admin command. */
export type CliCommand = {
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  run(values: CliValues, context: CliContext): Promise<number>;
};

/** A usage mistake: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

function requireString(values: CliValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.length === 0)
    throw new UsageError(`--${name} is required.`);
  return value;
}

async function passwordFor(
  values: CliValues,
  context: CliContext,
): Promise<{ password: string; isGenerated: boolean }> {
  if (values['password-stdin'] === true)
    return { password: (await context.readSecret()).replace(/\r?\n$/u, ''), isGenerated: false };
  // A generated password is shown once; nothing else can read it back later.
  return { password: randomBytes(18).toString('base64url'), isGenerated: true };
}

const createUserCommand: CliCommand = {
  summary: 'Create a user (prints a generated password unless --password-stdin)',
  usage:
    'create-user --username <name> --role <role> [--display-name <text>] [--permission reporter-contact] [--password-stdin]',
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    'display-name': { type: 'string' },
    permission: { type: 'string', multiple: true },
    'password-stdin': { type: 'boolean' },
  },
  async run(values, context) {
    const username = usernameSchema.safeParse(requireString(values, 'username'));
    if (!username.success) throw new UsageError('--username: letters, digits and . _ - @ only.');
    const role = userRoleSchema.safeParse(requireString(values, 'role'));
    if (!role.success)
      throw new UsageError(`--role must be one of ${userRoleSchema.options.join(', ')}.`);
    const permissions = (Array.isArray(values.permission) ? values.permission : []).map((value) => {
      const parsed = userPermissionSchema.safeParse(value);
      if (!parsed.success)
        throw new UsageError(
          `--permission must be one of ${userPermissionSchema.options.join(', ')}.`,
        );
      return parsed.data;
    });
    const displayName = typeof values['display-name'] === 'string' ? values['display-name'] : null;
    const { password, isGenerated } = await passwordFor(values, context);
    const user = await createUser(
      context.database,
      { username: username.data, displayName, role: role.data, permissions, password },
      context.hashing,
    );
    context.output.line(`Created ${user.username} (${user.role}), id ${user.id}.`);
    if (isGenerated) context.output.line(`Password (shown once): ${password}`);
    return 0;
  },
};

const resetPasswordCommand: CliCommand = {
  summary: 'Set a new password (prints a generated one unless --password-stdin)',
  usage: 'reset-password --username <name> [--password-stdin] [--revoke-devices]',
  options: {
    username: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    'revoke-devices': { type: 'boolean' },
  },
  async run(values, context) {
    const username = requireString(values, 'username');
    const { password, isGenerated } = await passwordFor(values, context);
    const user = await resetPassword(context.database, username, password, context.hashing);
    if (user === null) {
      context.output.error(`No user named ${username}.`);
      return 1;
    }
    context.output.line(`Password of ${user.username} changed.`);
    if (isGenerated) context.output.line(`Password (shown once): ${password}`);
    if (values['revoke-devices'] === true) {
      const count = await revokeDevices(context.database, { userId: user.id });
      context.output.line(`Revoked ${count} device(s).`);
    }
    return 0;
  },
};

const listDevicesCommand: CliCommand = {
  summary: 'List devices, newest first',
  usage: 'list-devices [--username <name>]',
  options: { username: { type: 'string' } },
  async run(values, context) {
    let userId: string | undefined;
    if (typeof values.username === 'string') {
      const user = await findUserByUsername(context.database, values.username);
      if (user === null) {
        context.output.error(`No user named ${values.username}.`);
        return 1;
      }
      userId = user.id;
    }
    const devices = await listDevices(context.database, userId);
    context.output.table(
      devices.map((device) => ({
        id: device.id,
        user: device.username,
        name: device.name,
        'last seen': device.lastSeenAt ?? 'never',
        expires: device.expiresAt,
        revoked: device.revokedAt ?? '',
      })),
    );
    return 0;
  },
};

const revokeDeviceCommand: CliCommand = {
  summary: 'Revoke one device, or every device of a user (a lost laptop)',
  usage: 'revoke-device --device <id> | --username <name> --all',
  options: { device: { type: 'string' }, username: { type: 'string' }, all: { type: 'boolean' } },
  async run(values, context) {
    if (typeof values.device === 'string') {
      if (!z.uuid().safeParse(values.device).success)
        throw new UsageError('--device takes a device id (a UUID).');
      const count = await revokeDevices(context.database, { deviceId: values.device });
      context.output.line(
        count === 1 ? `Revoked device ${values.device}.` : `No live device ${values.device}.`,
      );
      return count === 1 ? 0 : 1;
    }
    if (typeof values.username !== 'string' || values.all !== true) {
      throw new UsageError('Give --device <id>, or --username <name> --all.');
    }
    const user = await findUserByUsername(context.database, values.username);
    if (user === null) {
      context.output.error(`No user named ${values.username}.`);
      return 1;
    }
    context.output.line(
      `Revoked ${await revokeDevices(context.database, { userId: user.id })} device(s) of ${user.username}.`,
    );
    return 0;
  },
};

/** The command table. */
export const CLI_COMMANDS: Readonly<Record<string, CliCommand>> = {
  'create-user': createUserCommand,
  'reset-password': resetPasswordCommand,
  'list-devices': listDevicesCommand,
  'revoke-device': revokeDeviceCommand,
};
