import { z } from 'zod';
import { sealingKeySchema } from './sealing';

/** GET /api/v1/info: what a client needs before it syncs. No token and no version headers needed. */
export const serverInfoSchema = z.object({
  serverId: z.uuid(),
  protocolVersion: z.int(),
  minimumProtocolVersion: z.int(),
  schemaVersion: z.int(),
  minimumSchemaVersion: z.int(),
  minimumAppVersion: z.string(),
  /** The server's clock (ISO 8601, UTC), so a client can flag its own clock skew. */
  serverTime: z.iso.datetime({ offset: true }),
  sealingKey: sealingKeySchema,
});
/** What GET /api/v1/info answers. */
export type ServerInfo = z.infer<typeof serverInfoSchema>;

/** GET /api/v1/health: 200 when the server and its database answer, 503 otherwise. */
export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unreachable']),
});
/** What GET /api/v1/health answers. */
export type Health = z.infer<typeof healthSchema>;
