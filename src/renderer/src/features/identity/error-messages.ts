import type { TFunction } from 'i18next';
import {
  AccountDisabledError,
  FirstAccountExistsError,
  KeyUnwrapError,
  NoCredentialsError,
  PasswordRejectedError,
  PermissionDeniedError,
  SignedContentLockedError,
  SignInDelayedError,
  UsernameTakenError,
  WrongPasswordError,
  WrongSignerError,
} from '../../data';
import { createLogger } from '../../platform';

const log = createLogger('identity');

/** When the next attempt may be checked, for a back-off countdown; null when at once. */
export function retryTimeOf(error: unknown): Date | null {
  if (error instanceof SignInDelayedError) return error.retryNotBefore;
  if (error instanceof WrongPasswordError) return error.retryNotBefore;
  return null;
}

/**
 * A message for people about what went wrong with an account, a password or a signature.
 * Anything unexpected is logged (without secrets) and shown with its own message.
 */
export function identityErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof WrongPasswordError) return t('identity.errors.wrongPassword');
  if (error instanceof SignInDelayedError) return t('identity.errors.delayed');
  if (error instanceof AccountDisabledError) return t('identity.errors.disabled');
  if (error instanceof NoCredentialsError) return t('identity.errors.noPassword');
  if (error instanceof KeyUnwrapError) return t('identity.errors.damagedKey');
  if (error instanceof UsernameTakenError)
    return t('identity.errors.usernameTaken', { username: error.username });
  if (error instanceof PermissionDeniedError) return t('identity.errors.notPermitted');
  if (error instanceof FirstAccountExistsError) return t('identity.errors.hasAccounts');
  if (error instanceof WrongSignerError) return t('identity.errors.wrongSigner');
  if (error instanceof SignedContentLockedError) return t('identity.errors.signedLocked');
  if (error instanceof PasswordRejectedError) {
    return error.problems.map((problem) => t(`identity.passwordProblem.${problem}`)).join(' ');
  }
  log.error('Unexpected identity error', error);
  return t('identity.errors.unexpected', {
    message: error instanceof Error ? error.message : String(error),
  });
}
