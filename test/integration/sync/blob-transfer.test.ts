// fake-indexeddb must be installed before Dexie loads: this import stays first.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError } from '../../../src/renderer/src/data/sync/transport';
import type { Transport, TransportRequest } from '../../../src/renderer/src/data/sync/transport';
import { wantBlob } from '../../../src/renderer/src/data';
import type { BlobReference } from '../../../src/shared/schemas';
import { MAX_BLOB_CHUNK_BYTES } from '../../../src/shared/sync';
import { DATABASE_KINDS } from '../server/helpers/test-database';
import type { SimDevice } from './helpers/devices';
import { createRecord, createSimDevice } from './helpers/devices';
import type { SyncWorld } from './helpers/world';
import { startSyncWorld } from './helpers/world';

const SIZE = 2 * MAX_BLOB_CHUNK_BYTES + 12_345;

describe.each(DATABASE_KINDS)('files larger than one chunk on %s', (kind) => {
  let world: SyncWorld;
  let laptop: SimDevice;
  let tablet: SimDevice;
  const tabletRequests: TransportRequest[] = [];
  let failNextRange = 0;
  // The laptop's file, which the tablet then asks for (no record refers to files yet).
  let reference: BlobReference = { sha256: '', size: 0, mediaType: 'image/png' };

  beforeAll(async () => {
    world = await startSyncWorld(kind, 1);
    const user = await world.createUser('field-officer');
    laptop = await createSimDevice(world, user, Math.random);
    const interrupting = (inner: Transport): Transport => ({
      async send(request) {
        tabletRequests.push(request);
        const isRange = request.headers.range !== undefined;
        if (isRange && request.headers.range !== 'bytes=0-1048575' && failNextRange > 0) {
          failNextRange -= 1;
          throw new NetworkError('the connection dropped during the download');
        }
        return inner.send(request);
      },
    });
    tablet = await createSimDevice(world, user, Math.random, { wrapTransport: interrupting });
  });
  afterAll(async () => {
    for (const device of [laptop, tablet]) {
      device.engine.stop();
      await device.db.delete();
    }
    await world.close();
  });

  it('uploads in chunks through lost answers and resumes where the server stopped', async () => {
    laptop.faults.rates = {
      drop: 0.3,
      loseResponse: 0.3,
      duplicate: 0.2,
      replayOld: 0.2,
      restart: 0,
    };
    await createRecord(laptop, 'safetyReports', 3, SIZE);
    const [made] = await laptop.db.blobs.toArray();
    const sha256 = made?.sha256 ?? '';
    reference = { sha256, size: SIZE, mediaType: 'image/png' };
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const result = await laptop.engine.syncNow();
      if (result.outcome === 'synced' && result.uploaded + result.pushed === 0) break;
    }
    laptop.faults.rates = { drop: 0, loseResponse: 0, duplicate: 0, replayOld: 0, restart: 0 };
    expect((await laptop.engine.syncNow()).outcome).toBe('synced');
    expect((await laptop.db.blobs.get(sha256))?.state).toBe('stored');
    const stored = await world.test.database.query<{ content: Uint8Array }>(
      'SELECT content FROM blobs WHERE sha256 = $1',
      [sha256],
    );
    const content = stored.rows[0]?.content ?? new Uint8Array(0);
    expect(content.byteLength).toBe(SIZE);
    expect(createHash('sha256').update(content).digest('hex')).toBe(sha256);
  });

  it('downloads by range and, after a dropped connection, resumes from the bytes it kept', async () => {
    await wantBlob(tablet.db, reference, '2026-03-02T10:00:00.000+01:00');
    failNextRange = 1;
    expect((await tablet.engine.syncNow()).outcome).toBe('failed');
    const [blob] = await tablet.db.blobs.toArray();
    expect(blob?.state).toBe('wanted');
    expect(blob?.bytes.byteLength).toBe(MAX_BLOB_CHUNK_BYTES);
    tabletRequests.length = 0;
    expect((await tablet.engine.syncNow()).outcome).toBe('synced');
    const ranges = tabletRequests.flatMap((request) => request.headers.range ?? []);
    expect(ranges[0]).toBe(`bytes=${MAX_BLOB_CHUNK_BYTES}-${2 * MAX_BLOB_CHUNK_BYTES - 1}`);
    const complete = await tablet.db.blobs.get(blob?.sha256 ?? '');
    expect(complete?.state).toBe('stored');
    expect(
      createHash('sha256')
        .update(complete?.bytes ?? new Uint8Array(0))
        .digest('hex'),
    ).toBe(blob?.sha256);
  });
});
