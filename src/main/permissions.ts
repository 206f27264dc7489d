import type { Session } from 'electron';
import { createLogger } from './logger';
import { isPermissionGranted } from './security';

const log = createLogger('permissions');

/**
 * Denies every permission by default (Electron grants them all when no handler is set), except
 * the few the app's own pages need (security.ts, GRANTED_PERMISSIONS). Devices (USB, HID,
 * serial) are always denied.
 */
export function installPermissionHandlers(session: Session, devOrigin?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const isGranted = isPermissionGranted(permission, details.requestingUrl, devOrigin);
    if (!isGranted) log.warn(`Denied a permission request: ${permission}`);
    callback(isGranted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
