import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { SetServerUrlInput, SetServerUrlResult } from '../../shared/ipc/contract';
import { originOfServerUrl } from '../../shared/security/csp';
import { getServerOrigin } from '../environment';
import { createLogger } from '../logger';
import { writeFileAtomically } from './save-file';

const log = createLogger('server-origin');

/**
 * The sync server's origin for the CSP's connect-src. The renderer configures the server URL;
 * main keeps its origin in `sync-server.json` in the user-data folder (read before the first
 * window loads) and the app:// handler sends it with every later response. MEDINFO_SERVER_URL is
 * the fallback while nothing is configured (managed installations can preset it).
 */

let current: string | undefined;

function configPath(): string {
  return join(app.getPath('userData'), 'sync-server.json');
}

/** Reads the configured origin; an unreadable file counts as none (the app works offline). */
export function loadServerOrigin(): string | undefined {
  try {
    const stored: unknown = JSON.parse(readFileSync(configPath(), 'utf8'));
    const origin =
      typeof stored === 'object' && stored !== null && 'serverOrigin' in stored
        ? stored.serverOrigin
        : null;
    current = typeof origin === 'string' ? originOfServerUrl(origin) : getServerOrigin();
  } catch {
    current = getServerOrigin();
  }
  return current;
}

/** The origin the next app:// response allows in connect-src. */
export function currentServerOrigin(): string | undefined {
  return current;
}

/**
 * Sets the server after the person confirms it in a native dialog (a script in the page cannot
 * answer it), so an injected script cannot widen connect-src on its own. Removing the server
 * needs no confirmation: it only narrows the policy.
 * @throws Error (from originOfServerUrl) for a URL that is not http(s)://host[:port]
 */
export async function setServerUrl(
  input: SetServerUrlInput,
  window: BrowserWindow | null,
): Promise<SetServerUrlResult> {
  const origin = input.serverUrl === null ? undefined : originOfServerUrl(input.serverUrl);
  if (origin === current) {
    return { applied: true, serverOrigin: origin ?? null, needsReload: false };
  }
  if (origin !== undefined) {
    const options = {
      type: 'question' as const,
      buttons: ['Allow', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: `Allow MedInfo Desk to sync with ${origin}?`,
      detail: 'Records will be sent to this server. Allow only the server your company named.',
    };
    const answer =
      window === null
        ? await dialog.showMessageBox(options)
        : await dialog.showMessageBox(window, options);
    if (answer.response !== 0)
      return { applied: false, serverOrigin: current ?? null, needsReload: false };
  }
  await writeFileAtomically(
    configPath(),
    new TextEncoder().encode(JSON.stringify({ serverOrigin: origin ?? null })),
  );
  log.info(`Sync server set to ${origin ?? 'none'}`);
  current = origin;
  return { applied: true, serverOrigin: origin ?? null, needsReload: true };
}
