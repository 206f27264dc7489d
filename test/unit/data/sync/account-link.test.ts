import { describe, expect, it } from 'vitest';
import {
  findAccountMismatch,
  mismatchBeforeLogin,
} from '../../../../src/renderer/src/data/sync/account-link';
import type { ServerAccount } from '../../../../src/renderer/src/data/sync/account-link';
import type { User } from '../../../../src/shared/schemas';

const at = '2026-03-02T10:00:00.000+01:00';
const serverId = '0193bbbb-0000-7000-8000-000000000001';
const otherServerId = '0193bbbb-0000-7000-8000-000000000002';

function local(overrides: Partial<User> = {}): User {
  return {
    id: '0193aaaa-0000-7000-8000-000000000001',
    username: 'maja.lindqvist',
    displayName: 'Maja Lindqvist',
    jobTitle: '',
    email: null,
    role: 'field-officer',
    serverUserId: null,
    isActive: true,
    managesDeviceAccounts: true,
    signingKeys: [],
    passwordChangedAt: at,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

function server(overrides: Partial<ServerAccount> = {}): ServerAccount {
  return {
    id: serverId,
    username: 'Maja.Lindqvist',
    displayName: 'Maja Lindqvist',
    role: 'field-officer',
    permissions: [],
    ...overrides,
  };
}

describe('whose server account this is', () => {
  it('matches the same user ID whatever its case on the server, and the same role', () => {
    expect(mismatchBeforeLogin(local(), ' MAJA.lindqvist ')).toBeNull();
    expect(findAccountMismatch(local(), server(), undefined)).toBeNull();
  });

  it('refuses another user ID before the login when the account is not linked yet', () => {
    expect(mismatchBeforeLogin(local(), 'tobias.berger')).toEqual({
      kind: 'username',
      localUsername: 'maja.lindqvist',
      serverUsername: 'tobias.berger',
    });
  });

  it('goes by the linked server account once linked, whatever name was typed or is shown', () => {
    const linked = local({ serverUserId: serverId });
    expect(mismatchBeforeLogin(linked, 'maja.l')).toBeNull();
    expect(findAccountMismatch(linked, server({ username: 'maja.l' }), linked)).toBeNull();
    // Another person's account, even after the login, is refused by its id.
    expect(
      findAccountMismatch(
        linked,
        server({ id: otherServerId, username: 'tobias.berger' }),
        undefined,
      ),
    ).toMatchObject({ kind: 'username', serverUsername: 'tobias.berger' });
    // The same name on another server account: the link holds, so it is refused.
    expect(findAccountMismatch(linked, server({ id: otherServerId }), undefined)).toEqual({
      kind: 'linked-elsewhere',
      localUsername: 'maja.lindqvist',
    });
  });

  it('refuses another role, and a server account another local account holds', () => {
    expect(findAccountMismatch(local(), server({ role: 'mi-specialist' }), undefined)).toEqual({
      kind: 'role',
      localRole: 'field-officer',
      serverRole: 'mi-specialist',
    });
    const holder = local({
      id: '0193aaaa-0000-7000-8000-000000000002',
      username: 'maja.old',
      serverUserId: serverId,
    });
    expect(findAccountMismatch(local(), server(), holder)).toEqual({
      kind: 'server-account-taken',
      serverUsername: 'maja.lindqvist',
      otherUsername: 'maja.old',
    });
  });
});
