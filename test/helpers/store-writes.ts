import type { Page } from 'playwright-core';
import type { SealedEnvelope } from '../../src/shared/sync';
import { sealingKeySchema } from '../../src/shared/sync';
import { sealForServer } from '../integration/server/helpers/seal';

/**
 * Changes an inquiry in the app's store the way the app's write path does (the record, an outbox
 * row with its base revision and changed fields, the pending count), straight in the page's
 * IndexedDB. It stands in for the inquiry form, which is built separately: once the form exists
 * the end-to-end tests type the change there instead. No audit event is written: this stand-in is
 * about sync, not the trail.
 *
 * The stored row keeps its personal part encrypted at rest, so the outbox payload is built from
 * `plain`, the decrypted record as the server holds it, and sealed for the server's key the
 * device learnt at sign-in, as the write path seals it (the server refuses personal data unsealed).
 */
export async function changeInquiryInStore(
  page: Page,
  plain: { id: string } & Record<string, unknown>,
  changes: Record<string, string>,
): Promise<void> {
  const now = new Date().toISOString();
  const {
    receivedAtUtc: _received,
    updatedAtUtc: _updated,
    ...record
  }: Record<string, unknown> = { ...plain, ...changes, updatedAt: now };
  const key = sealingKeySchema.parse(await readMetaInPage(page, 'serverSealingKey'));
  const payload = await sealForServer(key, { table: 'inquiries', recordId: plain.id }, record);
  await page.evaluate(
    async ({ id, sealed, fields, at }) => {
      const open = indexedDB.open('medinfo-desk');
      const db = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error ?? new Error('open failed'));
      });
      const transaction = db.transaction(['inquiries', 'outbox', 'meta'], 'readwrite');
      const request = <T>(value: IDBRequest<T>): Promise<T> =>
        new Promise((done, fail) => {
          value.onsuccess = () => done(value.result);
          value.onerror = () => fail(value.error ?? new Error('request failed'));
        });
      const row = (await request(transaction.objectStore('inquiries').get(id))) as Record<
        string,
        unknown
      >;
      const device = (await request(transaction.objectStore('meta').get('device'))) as {
        value: { deviceId: string };
      };
      const last = (await request(transaction.objectStore('meta').get('lastMutationId'))) as
        { value: number } | undefined;
      const pending = (await request(transaction.objectStore('meta').get('pendingMutations'))) as
        { value: number } | undefined;
      const updated: Record<string, unknown> = {
        ...row,
        ...fields,
        updatedAt: at,
        updatedAtUtc: at,
      };
      const mutationId = (last?.value ?? 0) + 1;
      transaction.objectStore('inquiries').put(updated);
      transaction.objectStore('outbox').add({
        mutationId,
        clientId: device.value.deviceId,
        table: 'inquiries',
        recordId: id,
        operation: 'put',
        payload: sealed,
        priority: 5,
        createdAt: at,
        baseRevision: row.serverRevision,
        changedFields: Object.keys(fields),
      });
      transaction.objectStore('meta').put({ key: 'lastMutationId', value: mutationId });
      transaction
        .objectStore('meta')
        .put({ key: 'pendingMutations', value: (pending?.value ?? 0) + 1 });
      await new Promise<void>((done, fail) => {
        transaction.oncomplete = () => done();
        transaction.onerror = () => fail(transaction.error ?? new Error('transaction failed'));
      });
      db.close();
    },
    { id: plain.id, sealed: payload satisfies SealedEnvelope, fields: changes, at: now },
  );
}

/** One value of the store's meta table in the page (undefined when absent). */
async function readMetaInPage(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('medinfo-desk');
    const db = await new Promise<IDBDatabase>((done, fail) => {
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error ?? new Error('open failed'));
    });
    const request = db.transaction('meta').objectStore('meta').get(name);
    const row = await new Promise<{ value: unknown } | undefined>((done, fail) => {
      request.onsuccess = () => done(request.result as { value: unknown } | undefined); // as: meta rows are { key, value }
      request.onerror = () => fail(request.error ?? new Error('read failed'));
    });
    db.close();
    return row?.value;
  }, key);
}
