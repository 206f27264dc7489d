import { authorityFields } from '../../data';
import type { Role, User } from '../../../../shared/schemas';
import type { SignatureRequest } from './SignatureProvider';

/** The authority of an account as it will be: what the administrator's signature covers. */
export type Authority = Pick<User, 'id' | 'role' | 'isActive' | 'managesDeviceAccounts'>;

/**
 * The signature request for a change of who may do what (Part 11 §11.10(g), authority checks):
 * the administrator signs the account's role, status and account-management duty as they will
 * be, so those fields are locked until the next signed change.
 */
export function authorityRequest(account: Authority, statement: string): SignatureRequest {
  return {
    meaning: 'approved',
    statement,
    binding: { table: 'users', recordId: account.id, fields: [...authorityFields] },
    record: account,
  };
}

/** The authority an account will have with `role`. */
export function withRole(account: Authority, role: Role): Authority {
  return { ...account, role };
}
