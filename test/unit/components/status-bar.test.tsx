// @vitest-environment jsdom
import { unlockKeyring } from '../../../src/renderer/src/data/crypto/keyring';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { initI18n } from '../../../src/renderer/src/app/i18n';
import { StatusBar } from '../../../src/renderer/src/components/StatusBar';
import { closeStore, createInquiry, getDatabase, openStore } from '../../../src/renderer/src/data';
import type { SyncIssue } from '../../../src/shared/schemas';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt } from '../data/store-fixtures';

let translations: i18n;

beforeAll(async () => {
  translations = await initI18n('en');
});

afterEach(async () => {
  cleanup();
  const db = getDatabase();
  closeStore();
  await db.delete();
});

function renderStatusBar(): void {
  render(
    <I18nextProvider i18n={translations}>
      <MemoryRouter>
        <StatusBar />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('the status bar', () => {
  it('shows the changes waiting to sync and that nothing was synced yet', async () => {
    await openStore({ name: `status-${crypto.randomUUID()}` });
    await unlockKeyring(getDatabase(), crypto.getRandomValues(new Uint8Array(32)));
    await createInquiry(getDatabase(), sampleInquiry(), actorAt());
    renderStatusBar();
    await waitFor(() =>
      expect(screen.getByTestId('pending-sync').textContent).toMatch(/1 change waiting to sync/),
    );
    expect(screen.getByTestId('last-sync').textContent).toBe('Never synced');
  });

  it('counts what needs attention and links it to the sync page', async () => {
    await openStore({ name: `status-${crypto.randomUUID()}` });
    const db = getDatabase();
    await unlockKeyring(db, crypto.getRandomValues(new Uint8Array(32)));
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    const issue: SyncIssue = {
      id: '0193aaaa-0000-7000-8000-0000000000c1',
      kind: 'conflict',
      table: 'inquiries',
      recordId: inquiry.id,
      createdAt: actorAt().at,
      mutationId: 1,
      serverRevision: 4,
      conflicts: [
        {
          conflictId: '0193aaaa-0000-7000-8000-0000000000c2',
          field: 'status',
          serverValue: 'closed',
          clientValue: 'answered',
        },
      ],
    };
    await db.syncIssues.add(issue);
    renderStatusBar();
    const chip = await screen.findByTestId('needs-attention');
    expect(chip.textContent).toBe('1 needs attention');
    expect(chip.getAttribute('href')).toBe('/sync');
    expect(screen.getByTestId('pending-sync').textContent).toBe('1 change waiting to sync');
    expect(screen.getByTestId('sync-phase').textContent).toBe('Not signed in');
  });
});
