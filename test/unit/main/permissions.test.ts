import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { installPermissionHandlers } from '../../../src/main/permissions';
import { asElectron, createFakeSession } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (isGranted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;

function install(): {
  request: (permission: string, requestingUrl: string) => boolean | undefined;
  check: CheckHandler;
  device: () => boolean;
} {
  const session = createFakeSession();
  installPermissionHandlers(asElectron<Session>(session));
  const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
  return {
    request: (permission, requestingUrl) => {
      let answer: boolean | undefined;
      requestHandler({}, permission, (isGranted) => (answer = isGranted), {
        requestingUrl,
        isMainFrame: true,
      });
      return answer;
    },
    check: session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler,
    device: session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean,
  };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('installPermissionHandlers', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'midi'])(
    'denies a request for %s, even from the app',
    (permission) => {
      const { request, check } = install();
      expect(request(permission, 'app://medinfo/index.html')).toBe(false);
      expect(check({}, permission, 'app://medinfo')).toBe(false);
    },
  );

  it('denies even the allowed permissions to any other origin', () => {
    const { request, check } = install();
    expect(request('persistent-storage', 'https://attacker.test/')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'https://attacker.test')).toBe(false);
  });

  it('grants the app persistent storage, so Chromium never evicts the local store', () => {
    const { request, check } = install();
    expect(request('persistent-storage', 'app://medinfo/index.html')).toBe(true);
    expect(check({}, 'persistent-storage', 'app://medinfo')).toBe(true);
  });

  it('denies USB, HID and serial devices', () => {
    expect(install().device()).toBe(false);
  });
});
