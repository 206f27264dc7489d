import { parseArgs } from 'node:util';
import type { CliCommand, CliContext } from './commands';
import { CLI_COMMANDS, UsageError } from './commands';
import type { CliOutput } from './output';

/** How the CLI is invoked, for the help text. */
export const CLI_NAME = 'npx tsx src/server/cli.ts';

function printHelp(output: CliOutput): void {
  output.line(`Usage: ${CLI_NAME} <command> [options]`);
  output.line('');
  output.line('Commands:');
  for (const [name, command] of Object.entries(CLI_COMMANDS))
    output.line(`  ${name.padEnd(16)}${command.summary}`);
  output.line('');
  output.line(`Run ${CLI_NAME} <command> --help for its options.`);
  output.line(
    "The database is the server's: DATABASE_URL, else PGlite in MEDINFO_DATA_DIR (stop the server first).",
  );
}

function printUsage(output: CliOutput, command: CliCommand): void {
  output.line(`${command.summary}.`);
  output.line(`Usage: ${CLI_NAME} ${command.usage}`);
}

/**
 * Runs an admin command. The database is opened only when a command actually runs (so --help
 * works without one).
 * @returns the process exit code: 0 done, 1 failed, 2 usage error
 * @throws never: failures become a message and exit code 1
 */
export async function runCli(
  argv: readonly string[],
  output: CliOutput,
  openContext: () => Promise<{ context: Omit<CliContext, 'output'>; close: () => Promise<void> }>,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    printHelp(output);
    return name === undefined ? 2 : 0;
  }
  const command = CLI_COMMANDS[name];
  if (command === undefined) {
    output.error(`Unknown command ${name}.`);
    printHelp(output);
    return 2;
  }
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean' } },
      strict: true,
    });
    values = parsed.values;
  } catch (error) {
    output.error(error instanceof Error ? error.message : String(error));
    printUsage(output, command);
    return 2;
  }
  if (values.help === true) {
    printUsage(output, command);
    return 0;
  }
  let opened: Awaited<ReturnType<typeof openContext>>;
  try {
    opened = await openContext();
  } catch (error) {
    output.error(
      `Cannot open the database: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const { context, close } = opened;
  try {
    return await command.run(values, { ...context, output });
  } catch (error) {
    if (error instanceof UsageError) {
      output.error(error.message);
      printUsage(output, command);
      return 2;
    }
    output.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await close();
  }
}
