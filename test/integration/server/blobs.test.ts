import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStatus } from '../../../src/shared/sync';
import { MAX_BLOB_CHUNK_BYTES } from '../../../src/shared/sync';
import type { Harness, Session } from './helpers/harness';
import { VERSION_HEADERS, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe.each(DATABASE_KINDS)('blobs on %s', (kind) => {
  let harness: Harness;
  let officer: Session;
  let colleague: Session;
  let admin: Session;

  const headers = (session: Session, extra: Record<string, string> = {}) => ({
    ...VERSION_HEADERS,
    authorization: `Bearer ${session.token}`,
    ...extra,
  });
  const putChunk = (
    session: Session,
    hash: string,
    query: { offset: number; size: number },
    bytes: Uint8Array,
  ) =>
    harness.app.inject({
      method: 'PUT',
      url: `/api/v1/blobs/${hash}?offset=${query.offset}&size=${query.size}`,
      headers: headers(session, { 'content-type': 'application/octet-stream' }),
      payload: Buffer.from(bytes),
    });
  const status = async (session: Session, hash: string): Promise<BlobStatus> =>
    (
      await harness.app.inject({
        method: 'GET',
        url: `/api/v1/blobs/${hash}/status`,
        headers: headers(session),
      })
    ).json<BlobStatus>();

  beforeAll(async () => {
    harness = await startHarness(kind);
    [officer, colleague, admin] = await Promise.all([
      harness.session('field-officer'),
      harness.session('field-officer'),
      harness.session('admin'),
    ]);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('takes a file in chunks, resumes after a lost chunk, and serves it whole and by range', async () => {
    const bytes = randomBytes(MAX_BLOB_CHUNK_BYTES + 1000);
    const hash = sha256(bytes);
    const first = bytes.subarray(0, MAX_BLOB_CHUNK_BYTES);
    expect(
      (await putChunk(officer, hash, { offset: 0, size: bytes.length }, first)).json(),
    ).toEqual({ state: 'partial', received: MAX_BLOB_CHUNK_BYTES, size: bytes.length });
    // The same chunk again (a retry whose answer was lost) changes nothing.
    await putChunk(officer, hash, { offset: 0, size: bytes.length }, first);
    expect(await status(officer, hash)).toEqual({
      state: 'partial',
      received: MAX_BLOB_CHUNK_BYTES,
      size: bytes.length,
    });
    const last = await putChunk(
      officer,
      hash,
      { offset: MAX_BLOB_CHUNK_BYTES, size: bytes.length },
      bytes.subarray(MAX_BLOB_CHUNK_BYTES),
    );
    expect(last.json()).toMatchObject({ state: 'complete', received: bytes.length });

    const whole = await harness.app.inject({
      method: 'GET',
      url: `/api/v1/blobs/${hash}`,
      headers: headers(colleague),
    });
    expect(whole.statusCode).toBe(200);
    expect(sha256(whole.rawPayload)).toBe(hash);
    const tail = await harness.app.inject({
      method: 'GET',
      url: `/api/v1/blobs/${hash}`,
      headers: headers(colleague, { range: `bytes=${bytes.length - 10}-` }),
    });
    expect(tail.statusCode).toBe(206);
    expect(tail.headers['content-range']).toBe(
      `bytes ${bytes.length - 10}-${bytes.length - 1}/${bytes.length}`,
    );
    expect(Buffer.compare(tail.rawPayload, bytes.subarray(bytes.length - 10))).toBe(0);
  });

  it('refuses bytes that do not hash to the name and keeps nothing of them', async () => {
    const bytes = randomBytes(100);
    const wrongName = sha256(randomBytes(100));
    const response = await putChunk(officer, wrongName, { offset: 0, size: 100 }, bytes);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: 'blob-hash-mismatch' });
    expect(await status(officer, wrongName)).toEqual({ state: 'missing', received: 0, size: null });
  });

  it('refuses oversized files and chunks, bad names and admins', async () => {
    const small = randomBytes(10);
    const hash = sha256(small);
    const tooBig = await putChunk(officer, hash, { offset: 0, size: 30 * 1024 * 1024 }, small);
    expect(tooBig.statusCode).toBe(400);
    const overrun = await putChunk(officer, hash, { offset: 0, size: 5 }, small);
    expect(overrun.json()).toMatchObject({ error: 'blob-chunk-overrun' });
    const hugeChunk = await putChunk(
      officer,
      hash,
      { offset: 0, size: 2 * MAX_BLOB_CHUNK_BYTES },
      randomBytes(MAX_BLOB_CHUNK_BYTES + 1),
    );
    expect(hugeChunk.statusCode).toBe(413);
    const badName = await putChunk(officer, `${'Z'.repeat(63)}'`, { offset: 0, size: 10 }, small);
    expect(badName.statusCode).toBe(400);
    const traversal = await putChunk(officer, '..%2F..%2Fetc', { offset: 0, size: 10 }, small);
    expect(traversal.statusCode).toBe(400);
    const byAdmin = await putChunk(admin, hash, { offset: 0, size: 10 }, small);
    expect(byAdmin.statusCode).toBe(403);
    const missing = await harness.app.inject({
      method: 'GET',
      url: `/api/v1/blobs/${sha256(randomBytes(8))}`,
      headers: headers(officer),
    });
    expect(missing.statusCode).toBe(404);
  });

  it('stores the same file sent by two devices once', async () => {
    const bytes = randomBytes(2000);
    const hash = sha256(bytes);
    await putChunk(officer, hash, { offset: 0, size: 2000 }, bytes);
    const second = await putChunk(colleague, hash, { offset: 0, size: 2000 }, bytes);
    expect(second.json()).toMatchObject({ state: 'complete', received: 2000 });
    const count = await harness.database.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM blobs WHERE sha256 = $1',
      [hash],
    );
    expect(count.rows[0]?.count).toBe(1);
  });
});
