import type { FastifyPluginCallback } from 'fastify';
import type { ServerInfo } from '../../shared/sync';
import {
  MINIMUM_PROTOCOL_VERSION,
  MINIMUM_SCHEMA_VERSION,
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
} from '../../shared/sync';
import type { ServerIdentity } from '../crypto/server-identity';

/**
 * GET /api/v1/info: versions, the server id and the public sealing key. Open to all (no
 * secrets), so a client can check compatibility before it logs in.
 */
export const infoRoutes: FastifyPluginCallback<{
  identity: ServerIdentity;
  minimumAppVersion: string;
}> = (app, options, done) => {
  app.get('/api/v1/info', (): ServerInfo => {
    const info: ServerInfo = {
      serverId: options.identity.serverId,
      protocolVersion: PROTOCOL_VERSION,
      minimumProtocolVersion: MINIMUM_PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      minimumSchemaVersion: MINIMUM_SCHEMA_VERSION,
      minimumAppVersion: options.minimumAppVersion,
      serverTime: new Date().toISOString(),
      sealingKey: options.identity.sealingKey,
    };
    return info;
  });
  done();
};
