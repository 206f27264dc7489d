import { z } from 'zod';
import type {
  BlobStatus,
  ErrorBody,
  Health,
  LoginRequest,
  LoginResponse,
  PullResponse,
  PushRequest,
  PushResponse,
  ServerInfo,
  ServerRecord,
} from '../../../../shared/sync';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  SYNC_HEADERS,
  blobStatusSchema,
  errorBodySchema,
  healthSchema,
  loginResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  serverInfoSchema,
  serverRecordSchema,
} from '../../../../shared/sync';
import type { HttpMethod, Transport } from './transport';

/**
 * The sync server's HTTP API as the client speaks it (docs/sync-protocol.md). Every request
 * carries the version headers; every answer is parsed with the protocol's zod schemas (the
 * server is a trust boundary too); every error answer becomes a SyncHttpError with its body.
 */

/** A non-2xx answer, with the server's reason. */
export class SyncHttpError extends Error {
  override name = 'SyncHttpError';
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly retryAfter: string | undefined,
  ) {
    super(`${status} ${body.error}: ${body.message}`);
  }
}

/** The server answered something that is not the protocol (a proxy's page, another service). */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** The calls of the sync protocol; each throws NetworkError, SyncHttpError or ProtocolError. */
export type SyncApi = {
  info(signal?: AbortSignal): Promise<ServerInfo>;
  health(): Promise<Health>;
  login(request: LoginRequest): Promise<LoginResponse>;
  logout(token: string): Promise<void>;
  push(token: string, request: PushRequest, signal?: AbortSignal): Promise<PushResponse>;
  pull(token: string, since: number, limit: number, signal?: AbortSignal): Promise<PullResponse>;
  acknowledge(token: string, reportId: string, pvCaseId: string): Promise<ServerRecord>;
  blobStatus(token: string, sha256: string, signal?: AbortSignal): Promise<BlobStatus>;
  putBlobChunk(
    token: string,
    chunk: { sha256: string; offset: number; size: number; bytes: Uint8Array },
    signal?: AbortSignal,
  ): Promise<BlobStatus>;
  getBlobRange(
    token: string,
    range: { sha256: string; from: number; to: number },
    signal?: AbortSignal,
  ): Promise<Uint8Array>;
};

type Call = {
  method: HttpMethod;
  path: string;
  token?: string;
  json?: unknown;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

/**
 * The client of one server.
 * @param appVersion this app's version (`x-medinfo-app-version`)
 * @throws never here; each call throws NetworkError, SyncHttpError or ProtocolError
 */
export function createSyncApi(transport: Transport, appVersion: string): SyncApi {
  const send = async (
    call: Call,
  ): Promise<{ body: Uint8Array; headers: Record<string, string> }> => {
    const headers: Record<string, string> = {
      [SYNC_HEADERS.protocolVersion]: String(PROTOCOL_VERSION),
      [SYNC_HEADERS.schemaVersion]: String(SCHEMA_VERSION),
      [SYNC_HEADERS.appVersion]: appVersion,
      ...call.headers,
    };
    if (call.token !== undefined) headers.authorization = `Bearer ${call.token}`;
    let body: string | Uint8Array | undefined;
    if (call.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(call.json);
    } else if (call.bytes !== undefined) {
      headers['content-type'] = 'application/octet-stream';
      body = call.bytes;
    }
    const response = await transport.send({
      method: call.method,
      path: call.path,
      headers,
      ...(body === undefined ? {} : { body }),
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    });
    if (response.status >= 200 && response.status < 300) {
      return { body: response.body, headers: { ...response.headers } };
    }
    throw new SyncHttpError(
      response.status,
      parseErrorBody(response.body, response.status),
      response.headers['retry-after'],
    );
  };
  const json = async <T>(schema: z.ZodType<T>, call: Call): Promise<T> =>
    parseJson(schema, (await send(call)).body);

  return {
    info: (signal?: AbortSignal): Promise<ServerInfo> =>
      json(serverInfoSchema, { method: 'GET', path: '/api/v1/info', signal }),
    health: (): Promise<Health> => json(healthSchema, { method: 'GET', path: '/api/v1/health' }),
    login: (request: LoginRequest): Promise<LoginResponse> =>
      json(loginResponseSchema, { method: 'POST', path: '/api/v1/auth/login', json: request }),
    logout: async (token: string): Promise<void> => {
      await send({ method: 'POST', path: '/api/v1/auth/logout', token, json: {} });
    },
    push: (token: string, request: PushRequest, signal?: AbortSignal): Promise<PushResponse> =>
      json(pushResponseSchema, {
        method: 'POST',
        path: '/api/v1/sync/push',
        token,
        json: request,
        signal,
      }),
    pull: (
      token: string,
      since: number,
      limit: number,
      signal?: AbortSignal,
    ): Promise<PullResponse> =>
      json(pullResponseSchema, {
        method: 'GET',
        path: `/api/v1/sync/pull?since=${since}&limit=${limit}`,
        token,
        signal,
      }),
    acknowledge: (token: string, reportId: string, pvCaseId: string): Promise<ServerRecord> =>
      json(serverRecordEnvelope, {
        method: 'POST',
        path: `/api/v1/safety-reports/${encodeURIComponent(reportId)}/acknowledge`,
        token,
        json: { pvCaseId },
      }).then((answer) => answer.record),
    blobStatus: (token: string, sha256: string, signal?: AbortSignal): Promise<BlobStatus> =>
      json(blobStatusSchema, {
        method: 'GET',
        path: `/api/v1/blobs/${sha256}/status`,
        token,
        signal,
      }),
    putBlobChunk: (
      token: string,
      chunk: { sha256: string; offset: number; size: number; bytes: Uint8Array },
      signal?: AbortSignal,
    ): Promise<BlobStatus> =>
      json(blobStatusSchema, {
        method: 'PUT',
        path: `/api/v1/blobs/${chunk.sha256}?offset=${chunk.offset}&size=${chunk.size}`,
        token,
        bytes: chunk.bytes,
        signal,
      }),
    getBlobRange: async (
      token: string,
      range: { sha256: string; from: number; to: number },
      signal?: AbortSignal,
    ): Promise<Uint8Array> =>
      (
        await send({
          method: 'GET',
          path: `/api/v1/blobs/${range.sha256}`,
          token,
          headers: { range: `bytes=${range.from}-${range.to}` },
          signal,
        })
      ).body,
  };
}

const serverRecordEnvelope = z.object({ record: serverRecordSchema });

function decodeJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    throw new ProtocolError('The server answered something that is not JSON.');
  }
}

function parseJson<T>(schema: z.ZodType<T>, body: Uint8Array): T {
  const parsed = schema.safeParse(decodeJson(body));
  if (!parsed.success) {
    throw new ProtocolError(
      `The server's answer does not fit the protocol: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

function parseErrorBody(body: Uint8Array, status: number): ErrorBody {
  try {
    const parsed = errorBodySchema.safeParse(decodeJson(body));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: a proxy's HTML page or an empty body
  }
  return { error: `http-${status}`, message: `The server answered ${status}.` };
}
