import type { FastifyPluginCallback, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ErrorBody } from '../../shared/sync';
import { MAX_BLOB_CHUNK_BYTES, blobChunkQuerySchema, blobHashSchema } from '../../shared/sync';
import type { Database } from '../database/database';
import { HttpError, validationError } from '../http-error';
import type { Caller } from '../plugins/authentication';
import { getCaller } from '../plugins/authentication';
import { findBlobSize, readBlobBytes } from '../repositories/blobs-repository';
import { blobStatus, receiveBlobChunk } from '../sync/blob-service';

const parametersSchema = z.object({ sha256: blobHashSchema });
const RANGE_PATTERN = /^bytes=(\d{1,10})-(\d{0,10})$/u;

/** Admins manage users and devices, not content: they neither send nor read files. */
function requireContentRole(caller: Caller): void {
  if (caller.role === 'admin') {
    throw new HttpError(403, {
      error: 'forbidden',
      message: 'Admins do not handle content files.',
    });
  }
}

function hashOf(parameters: unknown): string {
  const parsed = parametersSchema.safeParse(parameters);
  if (!parsed.success) throw validationError(parsed.error.issues, 'blob name');
  return parsed.data.sha256;
}

/** Sends the bytes of a blob, whole or the asked range (RFC 9110 §14). */
async function sendBlob(
  database: Database,
  sha256: string,
  range: string | undefined,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const size = await findBlobSize(database, sha256);
  if (size === null) {
    return reply.code(404).send({
      error: 'not-found',
      message: 'The server has no blob with this hash yet.',
    } satisfies ErrorBody);
  }
  const match = range === undefined ? null : RANGE_PATTERN.exec(range);
  const from = match === null ? 0 : Number(match[1]);
  const to = match === null || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match !== null && (from > to || from >= size) && size > 0) {
    return reply
      .code(416)
      .header('content-range', `bytes */${size}`)
      .send({
        error: 'range-not-satisfiable',
        message: `The blob has ${size} bytes.`,
      } satisfies ErrorBody);
  }
  const bytes =
    (await readBlobBytes(database, sha256, from, Math.max(0, to - from + 1))) ?? new Uint8Array(0);
  reply.header('content-type', 'application/octet-stream').header('accept-ranges', 'bytes');
  if (match === null) return reply.code(200).send(Buffer.from(bytes));
  return reply
    .code(206)
    .header('content-range', `bytes ${from}-${from + bytes.byteLength - 1}/${size}`)
    .send(Buffer.from(bytes));
}

/** The blob endpoints (docs/sync-protocol.md, Blobs). Bodies of PUT are raw bytes. */
export const blobRoutes: FastifyPluginCallback<{ database: Database }> = (app, options, done) => {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_BLOB_CHUNK_BYTES },
    (_request, body, parsed) => parsed(null, body),
  );

  app.get('/api/v1/blobs/:sha256/status', async (request) => {
    const caller = getCaller(request);
    requireContentRole(caller);
    return blobStatus(options.database, caller, hashOf(request.params));
  });

  app.put('/api/v1/blobs/:sha256', { bodyLimit: MAX_BLOB_CHUNK_BYTES }, async (request) => {
    const caller = getCaller(request);
    requireContentRole(caller);
    const sha256 = hashOf(request.params);
    const query = blobChunkQuerySchema.safeParse(request.query);
    if (!query.success) throw validationError(query.error.issues, 'chunk query');
    const body: unknown = request.body;
    const bytes = body instanceof Uint8Array ? body : new Uint8Array(0);
    if (body !== undefined && !(body instanceof Uint8Array)) {
      throw new HttpError(415, {
        error: 'unsupported-media-type',
        message: 'Send the bytes as application/octet-stream.',
      });
    }
    return receiveBlobChunk(options.database, caller, { sha256, ...query.data, bytes });
  });

  app.get('/api/v1/blobs/:sha256', async (request, reply) => {
    const caller = getCaller(request);
    requireContentRole(caller);
    return sendBlob(options.database, hashOf(request.params), request.headers.range, reply);
  });
  done();
};
