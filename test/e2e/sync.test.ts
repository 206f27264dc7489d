import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import type { ServerRecord } from '../../src/shared/sync';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { signInAsDemoUser } from '../helpers/sign-in';
import { changeInquiryInStore } from '../helpers/store-writes';
import type { ApiDevice } from '../helpers/sync-api';
import { loginApiDevice } from '../helpers/sync-api';
import {
  documentRecord,
  inquiryRecord,
  productRecord,
  putMutation,
  safetyReportRecord,
} from '../helpers/sync-records';
import type { ServerProcess } from '../helpers/sync-server';
import { runAdminCli, startServerProcess } from '../helpers/sync-server';
import {
  createFirstAccount,
  removeDemoData,
  saveServer,
  signIn,
  signInRefused,
  syncNow,
  waitUntilSynced,
} from '../helpers/sync-ui';

const PASSWORD = 'correct horse battery staple';
/** Each officer's password on their laptop: local accounts are apart from the server's. */
const LAPTOP_PASSWORD = 'booth laptop passphrase 2026';
const USERS = [
  ['maja', 'field-officer', 'Maja Lindqvist'],
  ['tobias', 'field-officer', 'Tobias Berger'],
  ['claire', 'content-approver', 'Claire Fontaine'],
  ['jonas', 'pv-liaison', 'Jonas Weber'],
] as const;

describe('two officers syncing with a real server process (browser mode)', () => {
  let dataDir: string;
  let server: ServerProcess;
  let web: RunningWebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let maja: Page;
  let tobias: Page;
  let majasPhone: ApiDevice;
  let refusalOnTobiasLaptop = '';
  const majasInquiry = inquiryRecord(1);
  const tobiasInquiry = inquiryRecord(2);
  const titles = ['Dosing in renal impairment', 'Use in pregnancy', 'Storage above 25 °C'];

  const serverCopy = async (id: string): Promise<ServerRecord> => {
    const page = await majasPhone.pull();
    if (page.resyncRequired) throw new Error('unexpected resync');
    const record = page.changes.find((change) => change.id === id);
    if (record === undefined) throw new Error(`${id} is not on the server`);
    return record;
  };

  const openAs = async (
    username: string,
    deviceName: string,
    options: { isTryingDemo: boolean },
  ): Promise<Page> => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(web.url);
    if (options.isTryingDemo) {
      // The demo never syncs: the officer removes it, and its accounts with it.
      await signInAsDemoUser(page);
      await removeDemoData(page, web.url);
    }
    // The laptop's own account signs it in to the same person's server account (decision 0078).
    const name = USERS.find((user) => user[0] === username)?.[2] ?? username;
    await createFirstAccount(page, { username, name, password: LAPTOP_PASSWORD });
    await page.goto(`${web.url}/#/settings`);
    await saveServer(page, server.origin, deviceName);
    return page;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'medinfo-e2e-sync-'));
    for (const [username, role, name] of USERS) {
      await runAdminCli(
        dataDir,
        [
          'create-user',
          '--username',
          username,
          '--role',
          role,
          '--display-name',
          name,
          '--password-stdin',
        ],
        `${PASSWORD}\n`,
      );
    }
    server = await startServerProcess(dataDir);
    // The library, written centrally by the content approver.
    const approver = await loginApiDevice(server.origin, 'claire', PASSWORD);
    const product = productRecord();
    await approver.push([
      putMutation(approver.nextMutationId(), 'products', product),
      ...titles.map((title) =>
        putMutation(approver.nextMutationId(), 'documents', documentRecord(product.id, title)),
      ),
    ]);
    // Each officer captured an inquiry on another device earlier.
    majasPhone = await loginApiDevice(server.origin, 'maja', PASSWORD);
    await majasPhone.push([putMutation(majasPhone.nextMutationId(), 'inquiries', majasInquiry)]);
    const tobiasPhone = await loginApiDevice(server.origin, 'tobias', PASSWORD);
    await tobiasPhone.push([putMutation(tobiasPhone.nextMutationId(), 'inquiries', tobiasInquiry)]);

    web = await serveRenderer(server.origin);
    browser = await launchChromium();
    maja = await openAs('maja', 'Booth laptop 1', { isTryingDemo: true });
    await signIn(maja, 'maja', PASSWORD);
    tobias = await openAs('tobias', 'Booth laptop 2', { isTryingDemo: false });
    refusalOnTobiasLaptop = await signInRefused(tobias, 'maja', PASSWORD);
    await signIn(tobias, 'tobias', PASSWORD);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await server?.stop();
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
  });

  it('signs a laptop in only with the server account of the person signed in on it', () => {
    expect(refusalOnTobiasLaptop).toBe(
      'The server account “maja” is not yours: you are signed in here as “tobias”. Sign in to the server with your own account. Nothing was changed.',
    );
  });

  it('shows each officer their own inquiries, and both the library', async () => {
    for (const [page, own, other] of [
      [maja, majasInquiry, tobiasInquiry],
      [tobias, tobiasInquiry, majasInquiry],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: 'Inquiries' }).click();
      await page.getByTestId('inquiry-reference').first().waitFor();
      const references = await page.getByTestId('inquiry-reference').allTextContents();
      expect(references).toEqual([own.reference]);
      expect(references).not.toContain(other.reference);
      await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
      await page.getByTestId('document-row').first().waitFor();
      const rows = await page.getByTestId('document-row').allTextContents();
      expect(rows).toHaveLength(3);
      for (const title of titles) expect(rows.join('\n')).toContain(title);
    }
  });

  it('keeps working offline and sends the change when the network returns', async () => {
    const context = contexts[0];
    if (context === undefined) throw new Error('no context');
    await context.setOffline(true);
    const current = await serverCopy(majasInquiry.id);
    await changeInquiryInStore(
      maja,
      { ...current.data, id: majasInquiry.id },
      { status: 'answered' },
    );
    await maja.getByTestId('sync-now').click();
    await maja.getByTestId('connectivity').filter({ hasText: 'Offline' }).waitFor();
    await maja.getByTestId('sync-phase').filter({ hasText: 'Waiting for the server' }).waitFor();
    expect((await serverCopy(majasInquiry.id)).data?.status).toBe('open');

    await context.setOffline(false);
    await maja.getByTestId('connectivity').filter({ hasText: 'Online' }).waitFor();
    await waitUntilSynced(maja);
    expect((await serverCopy(majasInquiry.id)).data?.status).toBe('answered');
  });

  it('shows a conflict with both values and sends the value the officer picks', async () => {
    const context = contexts[0];
    if (context === undefined) throw new Error('no context');
    const before = await serverCopy(majasInquiry.id);
    await context.setOffline(true);
    await changeInquiryInStore(
      maja,
      { ...before.data, id: majasInquiry.id },
      { urgency: 'urgent' },
    );
    // Meanwhile, on her phone, the same field got another value.
    await majasPhone.push([
      putMutation(
        majasPhone.nextMutationId(),
        'inquiries',
        // as: the server's copy of the record, one field changed
        { ...before.data, id: majasInquiry.id, urgency: 'low' } as { id: string },
        { baseRevision: before.serverRevision, changedFields: ['urgency'] },
      ),
    ]);
    await context.setOffline(false);
    await maja.getByTestId('needs-attention').waitFor();
    await maja.getByTestId('needs-attention').click();
    await maja.getByTestId('sync-issue').getByRole('link', { name: 'Resolve' }).click();
    await maja.getByRole('heading', { name: 'Resolve a conflict' }).waitFor();
    expect(await maja.getByTestId('conflict-server-value').textContent()).toBe('low');
    expect(await maja.getByTestId('conflict-my-value').textContent()).toBe('urgent');
    await maja.getByRole('radio', { name: 'My value' }).check();
    await maja.getByRole('button', { name: 'Save resolution' }).click();
    await maja.getByText('Nothing needs attention.').waitFor();
    await syncNow(maja);
    const after = await serverCopy(majasInquiry.id);
    expect(after.data?.urgency).toBe('urgent');
    expect(after.hasConflict).toBe(false);
  });

  it("brings PV's acknowledgement, made through the API, to the reporter's device", async () => {
    const report = safetyReportRecord();
    await majasPhone.push([
      putMutation(majasPhone.nextMutationId(), 'safetyReports', report, { priority: 0 }),
    ]);
    await syncNow(maja);
    await maja.goto(`${web.url}/#/sync`);
    const trail = maja.getByTestId('safety-trail');
    await trail.waitFor();
    expect(await trail.getByTestId('safety-trail-forwarded').textContent()).not.toBe('Not yet');
    expect(await trail.getByTestId('safety-trail-acknowledged').textContent()).toBe('Not yet');

    const pv = await loginApiDevice(server.origin, 'jonas', PASSWORD);
    await pv.acknowledge(report.id, 'DE-HP-2026-000417');
    await syncNow(maja);
    await trail
      .getByTestId('safety-trail-acknowledged')
      .filter({ hasText: 'DE-HP-2026-000417' })
      .waitFor();
    // Tobias is not the reporter: nothing of it reaches his device.
    await syncNow(tobias);
    await tobias.goto(`${web.url}/#/sync`);
    await tobias.getByText('No safety reports on this device.').waitFor();
  });
});
