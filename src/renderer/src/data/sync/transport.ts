/**
 * How the sync engine reaches the server. The app uses fetch; tests plug in an in-process
 * transport over the server's `inject` (no sockets) and wrap it to drop, duplicate, delay and
 * reorder requests. A transport throws NetworkError when the request may not have arrived or its
 * answer was lost; any HTTP answer, error statuses included, is a response.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT';

/** One request, relative to the server's URL (`path` starts with `/api/v1/`). */
export type TransportRequest = {
  method: HttpMethod;
  path: string;
  headers: Readonly<Record<string, string>>;
  body?: string | Uint8Array;
  /** Aborts the request (the watchdog ends a request that hangs). */
  signal?: AbortSignal;
};

/** One answer; header names are lower case. */
export type TransportResponse = {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
};

export type Transport = { send(request: TransportRequest): Promise<TransportResponse> };

/** The server could not be reached, or the answer never came: safe to retry (pushes are idempotent). */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

/** How long one request may take before it counts as lost. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * A transport over fetch to `serverOrigin` (e.g. `https://medinfo.example.com`). The renderer's
 * CSP allows connect-src to exactly this origin (src/shared/security/csp.ts).
 * @throws never here; `send` throws NetworkError
 */
export function createFetchTransport(
  serverOrigin: string,
  fetchFunction: typeof fetch = (input, init) => fetch(input, init),
): Transport {
  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
      const signal =
        request.signal === undefined ? timeout : AbortSignal.any([timeout, request.signal]);
      let response: Response;
      try {
        response = await fetchFunction(`${serverOrigin}${request.path}`, {
          method: request.method,
          headers: request.headers,
          // A copy: fetch wants its own ArrayBuffer-backed view.
          body: typeof request.body === 'string' ? request.body : request.body?.slice(),
          signal,
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (error) {
        throw new NetworkError(
          error instanceof Error ? error.message : 'The server could not be reached',
          { cause: error },
        );
      }
      try {
        const body = new Uint8Array(await response.arrayBuffer());
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
        return { status: response.status, headers, body };
      } catch (error) {
        throw new NetworkError('The answer was cut off', { cause: error });
      }
    },
  };
}
