import type { WebContents } from 'electron';

/**
 * The web contents of the windows this app created. IPC handlers answer only these: a page in
 * any other web contents (a devtools front end, a future helper window) never reaches a handler.
 * Web contents ids are never reused within a run, so a closed window cannot be impersonated.
 */
const trustedIds = new Set<number>();

/** Trusts `contents` until it is destroyed. */
export function trustWebContents(contents: WebContents): void {
  trustedIds.add(contents.id);
  contents.once('destroyed', () => trustedIds.delete(contents.id));
}

/** True when `contents` belongs to a window this app created and it is still alive. */
export function isTrustedWebContents(contents: WebContents): boolean {
  return trustedIds.has(contents.id) && !contents.isDestroyed();
}
