import type { DesktopApi } from '../../../shared/ipc/contract';
import { createWebBridge } from './web-bridge';

export type {
  InstallUpdateResult,
  UpdateChannel,
  UpdateReadinessReport,
  UpdateStatus,
} from '../../../shared/updates/status';
export type {
  AppInfo,
  DesktopApi,
  SaveFileInput,
  SecureStorageStatus,
  SetServerUrlResult,
  SystemEvent,
} from '../../../shared/ipc/contract';
export { createLogger } from './logger';
export type { Logger } from './logger';

let bridge: DesktopApi | undefined;

/**
 * The one door to the operating system. In Electron it is the preload's `window.api`; in browser
 * mode (no preload) the web implementation stands in.
 */
export function getPlatform(): DesktopApi {
  bridge ??= window.api ?? createWebBridge();
  return bridge;
}

/** True when running inside the desktop app rather than in browser mode. */
export function isDesktop(): boolean {
  return window.api !== undefined;
}

/** The OS key store as the fast-unlock code needs it (refuses in browser mode). */
export function secretProtector(): {
  protect: (secret: string) => Promise<string>;
  unprotect: (protectedSecret: string) => Promise<string>;
} {
  const platform = getPlatform();
  return {
    protect: async (secret) => (await platform.protectSecret({ secret })).protectedSecret,
    unprotect: async (protectedSecret) =>
      (await platform.unprotectSecret({ protectedSecret })).secret,
  };
}
