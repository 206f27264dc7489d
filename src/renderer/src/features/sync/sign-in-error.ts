import type { TFunction } from 'i18next';
import { NetworkError, SessionRefusedError, SyncHttpError } from '../../data';

/** A failed sign-in or sign-out in words a person can act on. */
export function sessionErrorText(t: TFunction, error: unknown): string {
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
