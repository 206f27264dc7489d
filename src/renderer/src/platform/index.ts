import type { DesktopApi } from '../../../shared/ipc/contract';
import { createWebBridge } from './web-bridge';

export type {
  AppInfo,
  DesktopApi,
  SaveFileInput,
  SetServerUrlResult,
} from '../../../shared/ipc/contract';

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
