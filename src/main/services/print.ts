import type { WebContents } from 'electron';

/** Chromium's wording when the user closes the print dialog without printing. */
const CANCELLED = 'Print job canceled';

/**
 * Opens the system print dialog for `contents` with default options. Resolves when the job was
 * sent or the user cancelled (a choice, not a failure); rejects when printing failed.
 */
export function printWebContents(contents: WebContents): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print({}, (success, failureReason) => {
      if (success || failureReason === CANCELLED) resolve();
      else reject(new Error(`Printing failed: ${failureReason}`));
    });
  });
}
