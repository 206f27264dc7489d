import type { ErrorBody } from '../../shared/sync';
import { checkClientVersions } from '../../shared/sync';
import { shareWithParent } from './share-with-parent';

/**
 * Refuses requests whose protocol, schema or app version this server does not accept (426 for a
 * client too old, 400 for one newer than the server), before anything else runs. Registered in
 * the API scope only: health and info stay open so an old client can learn what to install.
 */
export const clientVersionsPlugin = shareWithParent<{ minimumAppVersion: string }>(
  (app, options) => {
    app.addHook('onRequest', async (request, reply) => {
      const check = checkClientVersions(request.headers, {
        minimumAppVersion: options.minimumAppVersion,
      });
      if (check.isAccepted) return;
      const body: ErrorBody = {
        error: check.error,
        message: check.message,
        minimumAppVersion: options.minimumAppVersion,
      };
      await reply.code(check.statusCode).send(body);
    });
  },
);
