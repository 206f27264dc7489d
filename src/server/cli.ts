import { text } from 'node:stream/consumers';
import { loadConfig } from './config';
import { migrate } from './database/migrate';
import { openDatabase } from './database/open';
import { consoleOutput } from './cli/output';
import { runCli } from './cli/run';

/**
 * The admin CLI: `npx tsx src/server/cli.ts <command>` (see --help). It opens the server's
 * database with the server's configuration and brings it up to date first.
 */

const config = loadConfig(process.env);
const exitCode = await runCli(process.argv.slice(2), consoleOutput(), async () => {
  const database = await openDatabase(config);
  await migrate(database);
  return {
    context: { database, hashing: config.passwordHashing, readSecret: () => text(process.stdin) },
    close: () => database.close(),
  };
});
process.exitCode = exitCode;
