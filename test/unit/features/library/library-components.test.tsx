// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  closeStore,
  createNextDocumentVersion,
  getDatabase,
  importLibraryBundle,
  listDocuments,
  openStore,
  submitDocumentForReview,
} from '../../../../src/renderer/src/data';
import { DocumentPicker, LibraryPage } from '../../../../src/renderer/src/features/library';
import { setSession } from '../../../../src/renderer/src/features/identity/session-store';
import { SignatureProvider } from '../../../../src/renderer/src/features/identity/SignatureProvider';
import type { User } from '../../../../src/shared/schemas';
import { initI18n } from '../../../../src/renderer/src/app/i18n';
import { parseLibraryBundle } from '../../../../src/shared/library/bundle';
import type { ResponseDocument } from '../../../../src/shared/schemas';
import { actorAt } from '../../data/store-fixtures';

function account(id: string, username: string, displayName: string, role: User['role']): User {
  const at = '2026-03-02T10:00:00.000+01:00';
  return {
    id,
    username,
    displayName,
    jobTitle: '',
    email: null,
    role,
    serverUserId: null,
    isActive: true,
    managesDeviceAccounts: false,
    signingKeys: [],
    passwordChangedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}
const officer = account(
  '01930000-0000-7000-8000-000000000001',
  'maja.lindqvist',
  'Maja Lindqvist',
  'field-officer',
);
const approver = account(
  '01930000-0000-7000-8000-000000000003',
  'ingrid.solheim',
  'Dr. Ingrid Solheim',
  'content-approver',
);

beforeAll(async () => {
  await initI18n('en');
});

afterEach(async () => {
  cleanup();
  const db = getDatabase();
  closeStore();
  await db.delete();
});

async function openLibrary(): Promise<Map<string, ResponseDocument>> {
  const db = await openStore({ name: `library-ui-${crypto.randomUUID()}` });
  const parsed = parseLibraryBundle(
    JSON.parse(readFileSync('test/fixtures/library/velorix-bundle.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  await importLibraryBundle(db, parsed.bundle, actorAt());
  return new Map((await listDocuments(db)).map((document) => [document.reference ?? '', document]));
}

function renderAs(user: User, ui: ReactNode, path = '/library'): void {
  setSession({ status: 'signed-in', user, hasSignedWithUserId: false });
  render(
    <SignatureProvider>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </SignatureProvider>,
  );
}

describe('DocumentPicker', () => {
  it('offers expired documents flagged but refuses them, and hands over a sendable one', async () => {
    const documents = await openLibrary();
    const onPick = vi.fn();
    const productIds = documents.get('SRD-VLX-001')?.productIds ?? [];
    renderAs(
      officer,
      <DocumentPicker open productIds={productIds} onClose={() => undefined} onPick={onPick} />,
    );
    const rows = await screen.findAllByTestId('document-row');
    const expired = rows.find((row) => row.textContent?.includes('how long can tablets be kept'));
    if (!expired) throw new Error('the expired document is listed');
    expect(within(expired).getByTestId('availability-flag').textContent).toBe('Expired');
    act(() => within(expired).getByTestId('picker-use').click());
    await waitFor(() =>
      expect(screen.getByTestId('picker-refusal').textContent).toMatch(
        /expired on .* and cannot be sent/,
      ),
    );
    expect(onPick).not.toHaveBeenCalled();
    const current = rows.find((row) =>
      row.textContent?.includes('use in patients with hepatic impairment'),
    );
    if (!current) throw new Error('the current document is listed');
    act(() => within(current).getByTestId('picker-use').click());
    await waitFor(() => expect(onPick).toHaveBeenCalledWith(documents.get('SRD-VLX-001')));
  });
});

describe('LibraryPage for each role', () => {
  it('lets a field officer read, without import, review dates or workflow steps', async () => {
    const documents = await openLibrary();
    renderAs(
      officer,
      <LibraryPage />,
      `/library?document=${documents.get('SRD-VLX-001')?.id ?? ''}`,
    );
    await screen.findByTestId('document-view');
    expect(screen.queryByTestId('import-bundle')).toBeNull();
    expect(screen.queryByTestId('review-tab')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retire' })).toBeNull();
  });

  it('gives a content approver the Approve step for a document in review', async () => {
    const documents = await openLibrary();
    const document = documents.get('SRD-VLX-002');
    if (!document) throw new Error('fixture');
    const db = getDatabase();
    // Imported approved; a new version goes through review.
    const next = await createNextDocumentVersion(
      db,
      document.id,
      actorAt('2026-03-02T10:05:00.000+01:00', approver.id),
    );
    await submitDocumentForReview(
      db,
      next.id,
      actorAt('2026-03-02T10:06:00.000+01:00', approver.id),
    );
    renderAs(approver, <LibraryPage />, `/library?document=${next.id}`);
    const approve = await screen.findByTestId('approve-document');
    act(() => approve.click());
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Dr. Ingrid Solheim');
    act(() => within(dialog).getByRole('button', { name: 'Sign and approve' }).click());
    // The one e-signature service takes over: it asks for the password, stating what is signed.
    await screen.findByText(`I approve “${next.title}”, version 2.0, for use in responses.`);
    expect(screen.getAllByLabelText(/Password/).length).toBeGreaterThan(0);
    expect(screen.getByTestId('review-tab')).toBeTruthy();
    expect(screen.getByTestId('import-bundle')).toBeTruthy();
  });

  it('shows the body as text, with no HTML element from it in the page', async () => {
    const documents = await openLibrary();
    renderAs(
      officer,
      <LibraryPage />,
      `/library?document=${documents.get('SRD-VLX-002')?.id ?? ''}`,
    );
    const body = await screen.findByTestId('document-body');
    await waitFor(() => expect(body.textContent).toContain('They are free of gluten.'));
    expect(body.querySelectorAll('script, img, iframe').length).toBe(0);
    expect(body.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
  });
});
