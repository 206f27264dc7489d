import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginCallback } from 'fastify';

/**
 * GET /api/v1/updates/:file — the sync server as the company's update location: serves the
 * installers and update metadata (latest.yml …) that `npm run publish:update` copied into
 * MEDINFO_UPDATES_DIR. Open to all and outside the version check on purpose: an app too old to
 * sync must still be able to fetch the version that may. The files are public and signed; the
 * app verifies them (docs/release.md).
 *
 * Range requests are not served: electron-updater then skips its differential download and
 * fetches the whole installer, which is correct, only larger. A web server or object store in
 * front serves ranges when the fleet is large.
 */

// A plain file name: no folders, no leading dot, and only the kinds of file a release carries.
const fileNamePattern =
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.(yml|exe|dmg|zip|AppImage|deb|blockmap)$/;

const contentTypes: Record<string, string> = {
  yml: 'text/yaml; charset=utf-8',
  exe: 'application/vnd.microsoft.portable-executable',
  dmg: 'application/x-apple-diskimage',
  zip: 'application/zip',
  AppImage: 'application/vnd.appimage',
  deb: 'application/vnd.debian.binary-package',
  blockmap: 'application/octet-stream',
};

export const updatesRoutes: FastifyPluginCallback<{ folder: string }> = (app, options, done) => {
  app.get<{ Params: { file: string } }>('/api/v1/updates/:file', async (request, reply) => {
    const { file } = request.params;
    const extension = fileNamePattern.exec(file)?.[1];
    const path = join(options.folder, file);
    const stats = extension === undefined ? null : await stat(path).catch(() => null);
    if (extension === undefined || stats === null || !stats.isFile()) {
      return reply.code(404).send({ error: 'not-found', message: 'No such update file.' });
    }
    // Metadata changes with every release; installers never change under their versioned name.
    const cacheControl = extension === 'yml' ? 'no-cache' : 'public, max-age=31536000, immutable';
    return reply
      .header('content-type', contentTypes[extension] ?? 'application/octet-stream')
      .header('content-length', stats.size)
      .header('cache-control', cacheControl)
      .header('accept-ranges', 'none')
      .send(createReadStream(path));
  });
  done();
};
