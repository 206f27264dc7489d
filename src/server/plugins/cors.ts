import cors from '@fastify/cors';
import { SYNC_HEADERS } from '../../shared/sync';
import { isAllowedOrigin } from '../config';
import { shareWithParent } from './share-with-parent';

/**
 * CORS for the renderer: `app://medinfo` always, plus the configured browser-mode origins.
 * Requests without an Origin (curl, other servers) are not browsers and pass untouched.
 */
export const corsPlugin = shareWithParent<{ origins: readonly string[] }>(async (app, options) => {
  await app.register(cors, {
    origin: (origin, callback) => {
      callback(null, origin === undefined || isAllowedOrigin(origin, options.origins));
    },
    methods: ['GET', 'POST', 'PUT'],
    allowedHeaders: ['authorization', 'content-type', 'range', ...Object.values(SYNC_HEADERS)],
    exposedHeaders: [
      'content-range',
      'retry-after',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
    ],
    maxAge: 600,
  });
});
