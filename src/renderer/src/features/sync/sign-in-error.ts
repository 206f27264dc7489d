import type { TFunction } from 'i18next';
import {
  AccountMismatchError,
  NetworkError,
  SessionRefusedError,
  SyncHttpError,
  type AccountMismatch,
} from '../../data';

/** Why the server account is not the signed-in person's, with both sides named. */
function mismatchText(t: TFunction, mismatch: AccountMismatch): string {
  const key = `sync.settings.mismatch.${mismatch.kind}`;
  if (mismatch.kind === 'role') {
    return t(key, {
      localRole: t(`identity.role.${mismatch.localRole}`),
      serverRole: t(`identity.role.${mismatch.serverRole}`),
    });
  }
  return t(key, mismatch);
}

/** A failed sign-in or sign-out in words a person can act on. */
export function sessionErrorText(t: TFunction, error: unknown): string {
  if (error instanceof AccountMismatchError) return mismatchText(t, error.mismatch);
  if (error instanceof SessionRefusedError) return t(`sync.settings.refused.${error.reason}`);
  if (error instanceof SyncHttpError) {
    if (error.body.error === 'invalid-credentials') return t('sync.settings.wrongCredentials');
    if (error.status === 429) return t('sync.settings.tooManyAttempts');
    return t('sync.settings.failed', { message: error.body.message });
  }
  if (error instanceof NetworkError) {
    return t('sync.settings.unreachable', { message: error.message });
  }
  return t('sync.settings.failed', {
    message: error instanceof Error ? error.message : String(error),
  });
}
