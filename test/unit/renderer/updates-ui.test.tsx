// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src/renderer/src/app/i18n';
import { setUnsavedInput } from '../../../src/renderer/src/app/unsaved-input';
import { publishMinimumAppVersion } from '../../../src/renderer/src/app/server-requirements';
import { closeStore, getDatabase, openStore } from '../../../src/renderer/src/data';
import { UpdateNotice } from '../../../src/renderer/src/features/settings';
import { UpdatesCard } from '../../../src/renderer/src/features/settings/UpdatesCard';
import type { DesktopApi } from '../../../src/shared/ipc/contract';
import { decideUpdateGate } from '../../../src/shared/updates';
import type { UpdateGateInput, UpdateStatus } from '../../../src/shared/updates';

/** A status as main would answer it, with the gate computed by the real gate. */
function statusWith(
  overrides: Partial<UpdateStatus> = {},
  gate: Partial<UpdateGateInput> = {},
): UpdateStatus {
  return {
    availability: 'enabled',
    currentVersion: '1.2.0',
    channel: 'stable',
    phase: 'downloaded',
    availableVersion: '1.3.0',
    downloadPercent: null,
    lastCheckedAt: '2026-03-14T09:30:00.000Z',
    errorMessage: null,
    gate: decideUpdateGate({
      currentVersion: '1.2.0',
      downloadedVersion: '1.3.0',
      minimumAppVersion: null,
      readiness: { pendingMutations: 0, hasUnsavedInput: false },
      ...gate,
    }),
    ...overrides,
  };
}

// The desktop bridge as the preload would expose it; each test sets what main answers.
const api = {
  getAppInfo: vi.fn(),
  saveFile: vi.fn(),
  print: vi.fn(),
  openExternal: vi.fn(),
  getUpdateStatus: vi.fn<DesktopApi['getUpdateStatus']>(),
  checkForUpdates: vi.fn<DesktopApi['checkForUpdates']>(),
  setUpdateChannel: vi.fn<DesktopApi['setUpdateChannel']>(),
  reportUpdateReadiness: vi.fn<DesktopApi['reportUpdateReadiness']>(),
  installUpdateNow: vi.fn<DesktopApi['installUpdateNow']>(),
  getSecureStorageStatus: vi.fn(),
  protectSecret: vi.fn(),
  unprotectSecret: vi.fn(),
  onSystemEvent: vi.fn(() => () => undefined),
  setServerUrl: vi.fn(),
} satisfies DesktopApi;

let translations: i18n;

function renderWithI18n(node: ReactNode): void {
  render(<I18nextProvider i18n={translations}>{node}</I18nextProvider>);
}

beforeAll(async () => {
  Object.defineProperty(window, 'api', { value: api, configurable: true });
  translations = await initI18n('en');
});

afterAll(() => {
  Reflect.deleteProperty(window, 'api');
});

beforeEach(() => {
  vi.resetAllMocks();
  api.installUpdateNow.mockResolvedValue({ isInstalling: true, reason: 'ready' });
});

afterEach(() => {
  cleanup();
  setUnsavedInput('inquiry-form', false);
  publishMinimumAppVersion(null);
});

describe('Settings → Updates', () => {
  it('shows the version, and why the downloaded update waits', async () => {
    api.getUpdateStatus.mockResolvedValue(
      statusWith({}, { readiness: { pendingMutations: 3, hasUnsavedInput: false } }),
    );
    renderWithI18n(<UpdatesCard />);
    expect(await screen.findByText('Installed version: 1.2.0')).toBeTruthy();
    expect(screen.getByTestId('update-state').textContent).toContain(
      'Version 1.3.0 is downloaded and checked.',
    );
    expect(screen.getByTestId('update-gate').textContent).toBe(
      'It waits until your 3 unsynced changes have reached the server (connect to the network), then installs when you quit or restart.',
    );
    const install = screen.getByRole('button', { name: 'Restart and install' });
    expect(install.hasAttribute('disabled')).toBe(true);
  });

  it('offers the restart once the gate is open, and installs when asked', async () => {
    api.getUpdateStatus.mockResolvedValue(statusWith());
    renderWithI18n(<UpdatesCard />);
    expect((await screen.findByTestId('update-gate')).textContent).toBe(
      'It installs when you quit MedInfo Desk, or now if you restart.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restart and install' }));
    await waitFor(() => expect(api.installUpdateNow).toHaveBeenCalledOnce());
  });

  it('switches the channel', async () => {
    api.getUpdateStatus.mockResolvedValue(statusWith({ phase: 'up-to-date' }));
    api.setUpdateChannel.mockResolvedValue(statusWith({ phase: 'checking', channel: 'beta' }));
    renderWithI18n(<UpdatesCard />);
    fireEvent.click(await screen.findByLabelText('Beta (pre-releases for pilot users)'));
    await waitFor(() =>
      expect(api.setUpdateChannel).toHaveBeenCalledExactlyOnceWith({ channel: 'beta' }),
    );
    expect((await screen.findByTestId('update-state')).textContent).toBe('Looking for updates…');
  });

  it('explains a required version that has not arrived yet', async () => {
    api.getUpdateStatus.mockResolvedValue(
      statusWith(
        { phase: 'up-to-date', availableVersion: null },
        { downloadedVersion: null, minimumAppVersion: '1.4.0' },
      ),
    );
    renderWithI18n(<UpdatesCard />);
    expect((await screen.findByTestId('update-gate')).textContent).toContain(
      'Your company’s server syncs only with version 1.4.0 or later.',
    );
  });

  it('says when IT manages updates, with the controls off', async () => {
    api.getUpdateStatus.mockResolvedValue(
      statusWith(
        { availability: 'disabled-by-policy', phase: 'idle', availableVersion: null },
        { downloadedVersion: null },
      ),
    );
    renderWithI18n(<UpdatesCard />);
    expect((await screen.findByTestId('update-state')).textContent).toBe(
      'Your IT department installs new versions on this computer.',
    );
    expect(screen.getByRole('button', { name: 'Check now' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByLabelText('Stable').hasAttribute('disabled')).toBe(true);
  });
});

describe('the update banner and the readiness report', () => {
  beforeEach(async () => {
    await openStore({ name: `updates-${crypto.randomUUID()}` });
  });

  afterEach(async () => {
    const db = getDatabase();
    closeStore();
    await db.delete();
  });

  it('tells main about the outbox, the forms and the server’s minimum, and shows the answer', async () => {
    api.reportUpdateReadiness.mockImplementation((report) =>
      Promise.resolve(
        statusWith(
          {},
          {
            readiness: report,
            minimumAppVersion: report.minimumAppVersion,
          },
        ),
      ),
    );
    renderWithI18n(<UpdateNotice />);
    await waitFor(() =>
      expect(api.reportUpdateReadiness).toHaveBeenLastCalledWith({
        pendingMutations: 0,
        hasUnsavedInput: false,
        minimumAppVersion: null,
      }),
    );
    expect((await screen.findByTestId('update-notice')).textContent).toContain(
      'Update 1.3.0 is ready.',
    );

    act(() => setUnsavedInput('inquiry-form', true));
    await waitFor(() =>
      expect(api.reportUpdateReadiness).toHaveBeenLastCalledWith({
        pendingMutations: 0,
        hasUnsavedInput: true,
        minimumAppVersion: null,
      }),
    );
    expect((await screen.findByTestId('update-notice')).textContent).toContain(
      'It waits until you save or discard the form you are filling in',
    );
    expect(screen.queryByRole('button', { name: 'Restart and install' })).toBeNull();

    act(() => publishMinimumAppVersion('2.0.0'));
    await waitFor(() =>
      expect(api.reportUpdateReadiness).toHaveBeenLastCalledWith(
        expect.objectContaining({ minimumAppVersion: '2.0.0' }),
      ),
    );
  });

  it('shows nothing while no update is waiting', async () => {
    api.reportUpdateReadiness.mockResolvedValue(
      statusWith({ phase: 'up-to-date', availableVersion: null }, { downloadedVersion: null }),
    );
    renderWithI18n(<UpdateNotice />);
    await waitFor(() => expect(api.reportUpdateReadiness).toHaveBeenCalled());
    expect(screen.queryByTestId('update-notice')).toBeNull();
  });

  it('refuses a minimum version that is not a version', () => {
    expect(() => publishMinimumAppVersion('latest')).toThrow(/version such as 1.4.2/);
  });
});
