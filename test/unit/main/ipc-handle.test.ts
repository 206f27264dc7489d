import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { handle } from '../../../src/main/ipc/handle';
import type { IpcTrust } from '../../../src/main/ipc/handle';
import { trustWebContents } from '../../../src/main/window-registry';
import { MAX_SAVED_FILE_BYTES } from '../../../src/shared/ipc/contract';
import type { IpcChannel } from '../../../src/shared/ipc/contract';
import { FakeWebContents, asElectron, ipcMain } from './fake-electron';
import type { FakeFrame } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** The listener handle() gave ipcMain for `channel`. */
function listenerFor(channel: IpcChannel): Listener {
  const call = ipcMain.handle.mock.calls.find(([registered]) => registered === channel);
  if (call === undefined) throw new Error(`${channel} has no handler`);
  return call[1] as Listener;
}

function trustedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  trustWebContents(asElectron<WebContents>(contents));
  return contents;
}

function eventFrom(
  contents: FakeWebContents,
  frame: FakeFrame | null = contents.mainFrame,
): object {
  return { sender: contents, senderFrame: frame };
}

const openExternal = vi.fn((input: { url: string }) => ({ opened: input.url !== '' }));
const saveFile = vi.fn(() => ({ saved: false as const }));

function register(trust: IpcTrust = {}): void {
  handle('shell:open-external', openExternal, trust);
  handle('file:save', saveFile, trust);
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('handle: sender checks', () => {
  it('answers the main frame of an app window showing the app', async () => {
    register();
    const contents = trustedContents();
    const answer = await listenerFor('shell:open-external')(eventFrom(contents), {
      url: 'https://www.fda.gov/',
    });
    expect(answer).toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith(
      { url: 'https://www.fda.gov/' },
      { sender: contents },
    );
  });

  it.each([
    ['another origin', { url: 'https://attacker.test/', parent: null }, /not the app page/],
    ['another app:// host', { url: 'app://other/index.html', parent: null }, /not the app page/],
    ['a file: page', { url: 'file:///tmp/evil.html', parent: null }, /not the app page/],
    [
      'a subframe, even of the app',
      {
        url: 'app://medinfo/index.html',
        parent: { url: 'app://medinfo/index.html', parent: null },
      },
      /subframe/,
    ],
  ])('rejects a call from %s', async (_why, frame, message) => {
    register();
    const contents = trustedContents();
    const call = listenerFor('shell:open-external')(eventFrom(contents, frame), { url: 'x' });
    await expect(call).rejects.toThrow(message);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('rejects a call whose frame is gone', async () => {
    register();
    const call = listenerFor('shell:open-external')(eventFrom(trustedContents(), null), {
      url: 'x',
    });
    await expect(call).rejects.toThrow(/frame is gone/);
  });

  it('rejects a web contents that is not one of our windows', async () => {
    register();
    const stranger = new FakeWebContents();
    const call = listenerFor('shell:open-external')(eventFrom(stranger), { url: 'x' });
    await expect(call).rejects.toThrow(/not an app window/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when it is the configured dev origin', async () => {
    const dev = { url: 'http://localhost:5173/index.html', parent: null };
    register();
    const contents = trustedContents();
    await expect(
      listenerFor('shell:open-external')(eventFrom(contents, dev), { url: 'x' }),
    ).rejects.toThrow(/not the app page/);

    vi.clearAllMocks();
    register({ devOrigin: 'http://localhost:5173' });
    await expect(
      listenerFor('shell:open-external')(eventFrom(contents, dev), { url: 'x' }),
    ).resolves.toEqual({ opened: true });
  });
});

describe('handle: input and output parsing', () => {
  const valid = { suggestedName: 'Response letter.pdf', kind: 'pdf', bytes: new Uint8Array(3) };

  async function saveWith(...args: unknown[]): Promise<unknown> {
    register();
    return listenerFor('file:save')(eventFrom(trustedContents()), ...args);
  }

  it('passes valid input through', async () => {
    await expect(saveWith(valid)).resolves.toEqual({ saved: false });
    expect(saveFile).toHaveBeenCalledOnce();
  });

  it.each([
    ['a file name with a slash', { ...valid, suggestedName: '../letters/x.pdf' }, /suggestedName/],
    ['a file name with a backslash', { ...valid, suggestedName: 'a\\b.pdf' }, /suggestedName/],
    ['a file name with a NUL byte', { ...valid, suggestedName: 'a\u0000.pdf' }, /suggestedName/],
    ['an empty file name', { ...valid, suggestedName: '' }, /suggestedName/],
    ['a kind outside the list', { ...valid, kind: 'exe' }, /kind/],
    ['bytes as a string', { ...valid, bytes: 'JVBERi0x' }, /bytes/],
    ['bytes as an array of numbers', { ...valid, bytes: [1, 2, 3] }, /bytes/],
    ['a missing field', { suggestedName: 'x.pdf', kind: 'pdf' }, /bytes/],
    ['a wrong type for the whole input', 'x.pdf', /input/],
    ['no input at all', undefined, /input/],
  ])('rejects %s, naming the field', async (_why, input, field) => {
    await expect(saveWith(input)).rejects.toThrow(field);
    await expect(saveWith(input)).rejects.toThrow(/^file:save: invalid input/);
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('rejects oversized bytes', async () => {
    const bytes = new Uint8Array(MAX_SAVED_FILE_BYTES + 1);
    await expect(saveWith({ ...valid, bytes })).rejects.toThrow(/bytes: At most/);
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('rejects extra arguments', async () => {
    await expect(saveWith(valid, 'extra')).rejects.toThrow(/expected one argument/);
  });

  it('never echoes the rejected value', async () => {
    const secret = 'Patient Jane Doe, DOB 1970-01-01';
    await expect(saveWith({ ...valid, bytes: secret })).rejects.not.toThrow(secret);
  });

  it('refuses to answer outside the contract, and logs it', async () => {
    const broken = vi.fn(() => ({ opened: 'yes' }));
    // @ts-expect-error -- the point of the test: a handler that breaks the contract
    handle('shell:open-external', broken);
    const call = listenerFor('shell:open-external')(eventFrom(trustedContents()), { url: 'x' });
    await expect(call).rejects.toThrow('shell:open-external: internal error');
    expect(console.error).toHaveBeenCalled();
  });
});
