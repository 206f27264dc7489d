import { buildApp } from './app';
import { loadConfig } from './config';
import { describeDatabase, openDatabase } from './database/open';

/**
 * Starts the sync server: `npx tsx src/server/index.ts`. Only listening and shutdown live here;
 * everything else is buildApp (app.ts). Configuration: see docs/sync-protocol.md, "Running".
 */

const config = loadConfig(process.env);
const database = await openDatabase(config);
const app = await buildApp({
  database,
  settings: config,
  logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
});
app.log.info(
  { database: describeDatabase(config), corsOrigins: config.corsOrigins },
  'database ready',
);

let isClosing = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (isClosing) return;
  isClosing = true;
  app.log.info({ signal }, 'shutting down');
  // Fastify stops accepting, lets in-flight requests finish, then the database closes.
  try {
    await app.close();
  } finally {
    await database.close();
  }
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

try {
  await app.listen({ host: config.host, port: config.port });
} catch (error) {
  app.log.error({ err: error }, 'could not listen');
  await database.close();
  process.exit(1);
}
