import type { FastifyInstance } from 'fastify';
import type {
  Transport,
  TransportRequest,
  TransportResponse,
} from '../../../src/renderer/src/data/sync/transport';
import { NetworkError } from '../../../src/renderer/src/data/sync/transport';

/**
 * The engine's transport straight into a server built with buildApp(): requests go through
 * Fastify's `inject`, so tests need no sockets. `pickApp` chooses the instance per request (a
 * load balancer over several instances); null means no instance is up (connection refused).
 */
export function createInjectTransport(pickApp: () => FastifyInstance | null): Transport {
  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      const app = pickApp();
      if (app === null) throw new NetworkError('connection refused: no server instance is up');
      const response = await app.inject({
        method: request.method,
        url: request.path,
        headers: { ...request.headers },
        ...(request.body === undefined
          ? {}
          : {
              payload: typeof request.body === 'string' ? request.body : Buffer.from(request.body),
            }),
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = String(value);
      }
      return {
        status: response.statusCode,
        headers,
        body: new Uint8Array(response.rawPayload),
      };
    },
  };
}
