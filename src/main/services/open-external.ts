import { shell } from 'electron';
import type { OpenExternalResult } from '../../shared/ipc/contract';
import { createLogger } from '../logger';
import { parseAllowedExternalUrl } from '../security';

const log = createLogger('open-external');

/**
 * Opens `url` in the user's browser when it is allowlisted (security.ts); otherwise does nothing
 * and answers `{ opened: false }`. shell.openExternal hands the URL to the operating system,
 * which would just as happily run `file:` or a custom scheme, so nothing else gets through.
 */
export async function openExternalUrl(url: string): Promise<OpenExternalResult> {
  const allowed = parseAllowedExternalUrl(url);
  if (allowed === null) {
    log.warn('Refused to open a link that is not on the allowlist');
    return { opened: false };
  }
  await shell.openExternal(allowed);
  return { opened: true };
}
