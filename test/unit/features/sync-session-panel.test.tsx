// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/renderer/src/app/i18n';
import {
  AccountMismatchError,
  closeStore,
  getDatabase,
  openStore,
  startAppSync,
  stopAppSync,
} from '../../../src/renderer/src/data';
import { setSession } from '../../../src/renderer/src/features/identity/session-store';
import { SessionPanel } from '../../../src/renderer/src/features/sync/SessionPanel';
import { sessionErrorText } from '../../../src/renderer/src/features/sync/sign-in-error';
import { addLocalPerson } from '../../helpers/sync/local-person';

let translations: i18n;

beforeAll(async () => {
  translations = await initI18n('en');
});

afterEach(async () => {
  cleanup();
  stopAppSync();
  const db = getDatabase();
  closeStore();
  await db.delete();
});

describe('signing the laptop in to the sync server', () => {
  it('offers the signed-in person’s own user ID and refuses another person’s account in words', async () => {
    await openStore({ name: `session-panel-${crypto.randomUUID()}` });
    const maja = await addLocalPerson(getDatabase(), {
      username: 'maja.lindqvist',
      role: 'field-officer',
    });
    setSession({ status: 'signed-in', user: maja, hasSignedWithUserId: false });
    startAppSync({ appVersion: '0.1.0' });
    render(
      <I18nextProvider i18n={translations}>
        <SessionPanel serverUrl="https://medinfo.example.com" deviceName="Booth 1" session={null} />
      </I18nextProvider>,
    );

    const username = screen.getByTestId<HTMLInputElement>('sync-username');
    expect(username.value).toBe('maja.lindqvist');
    fireEvent.change(username, { target: { value: 'Tobias.Berger' } });
    fireEvent.change(screen.getByTestId('sync-password'), {
      target: { value: 'correct horse battery staple' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The server account “tobias.berger” is not yours: you are signed in here as “maja.lindqvist”. Sign in to the server with your own account. Nothing was changed.',
    );
    expect(await getDatabase().meta.get('syncSession')).toBeUndefined();
  });

  it('names both roles in the person’s language when the server gives another one', () => {
    const refusal = new AccountMismatchError({
      kind: 'role',
      localRole: 'field-officer',
      serverRole: 'mi-specialist',
    });
    expect(sessionErrorText(translations.getFixedT('en'), refusal)).toBe(
      'Your role on the server (MI specialist) differs from your role on this laptop (Field officer). Ask an administrator to make them the same. Nothing was changed.',
    );
    expect(sessionErrorText(translations.getFixedT('de'), refusal)).toContain(
      'Ihre Rolle auf dem Server (MI-Spezialist/in) unterscheidet sich von Ihrer Rolle auf diesem Laptop (Außendienst).',
    );
  });
});
