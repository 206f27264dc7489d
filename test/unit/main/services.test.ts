import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { appInfoSchema } from '../../../src/shared/ipc/contract';
import { getAppInfo } from '../../../src/main/services/app-info';
import { openExternalUrl } from '../../../src/main/services/open-external';
import { printWebContents } from '../../../src/main/services/print';
import { FakeWebContents, asElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  vi.clearAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('printWebContents', () => {
  function printerThatAnswers(success: boolean, failureReason: string): WebContents {
    const contents = new FakeWebContents();
    contents.print.mockImplementation((_options, callback) => callback(success, failureReason));
    return asElectron<WebContents>(contents);
  }

  it('resolves when the job was sent', async () => {
    await expect(printWebContents(printerThatAnswers(true, ''))).resolves.toBeUndefined();
  });

  it('resolves when the user cancels: a choice, not an error', async () => {
    await expect(
      printWebContents(printerThatAnswers(false, 'Print job canceled')),
    ).resolves.toBeUndefined();
  });

  it('rejects with the reason when printing failed', async () => {
    await expect(printWebContents(printerThatAnswers(false, 'Print job failed'))).rejects.toThrow(
      'Printing failed: Print job failed',
    );
  });
});

describe('getAppInfo', () => {
  it('answers within the contract', () => {
    expect(appInfoSchema.safeParse(getAppInfo()).success).toBe(true);
  });
});

describe('openExternalUrl', () => {
  it('hands the browser the checked, normalised URL', async () => {
    await expect(openExternalUrl(' https://DOI.org/10.1000/182 ')).resolves.toEqual({
      opened: true,
    });
    expect(shell.openExternal).toHaveBeenCalledWith('https://doi.org/10.1000/182');
  });

  it.each(['http://doi.org/', 'file:///C:/Windows/System32/calc.exe', 'https://doi.org.evil.test'])(
    'does nothing for %s',
    async (url) => {
      await expect(openExternalUrl(url)).resolves.toEqual({ opened: false });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});
