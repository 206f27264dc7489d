import type { NewAccount } from '../../data';
import type { AccountDraft } from './AccountFields';

/** The account to create from what the form holds. */
export function newAccountFrom(draft: AccountDraft): NewAccount {
  return {
    username: draft.username.trim().toLowerCase(),
    displayName: draft.displayName.trim(),
    jobTitle: draft.jobTitle.trim(),
    email: draft.email.trim() === '' ? null : draft.email.trim(),
    role: draft.role,
    password: draft.password,
  };
}
