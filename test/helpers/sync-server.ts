import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/**
 * The sync server as a real process for end-to-end tests: `npx tsx src/server/index.ts` on a free
 * port with its own PGlite data folder, and the admin CLI against the same folder (run it before
 * the server starts or after it stops: PGlite is one process per folder).
 */

const tsx = resolve('node_modules/.bin/tsx');

/** The environment of a child server: PGlite in `dataDir`, whatever DATABASE_URL the tests have. */
function serverEnvironment(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _postgres, ...rest } = process.env;
  return { ...rest, MEDINFO_DATA_DIR: dataDir, ...extra };
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? done(address.port)
          : fail(new Error('no port')),
      );
    });
  });
}

/** Runs the admin CLI; resolves with its output, rejects when it exits with an error. */
export function runAdminCli(dataDir: string, args: readonly string[], stdin = ''): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(tsx, ['src/server/cli.ts', ...args], {
      env: serverEnvironment(dataDir),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(output) : fail(new Error(`CLI exited ${String(code)}: ${output}`)),
    );
    child.stdin.end(stdin);
  });
}

/** A running server process. */
export type ServerProcess = { origin: string; stop(): Promise<void> };

/**
 * Starts the server and waits until its health check answers.
 * @throws when it does not become healthy within 30 s (its output is in the message)
 */
export async function startServerProcess(dataDir: string): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(tsx, ['src/server/index.ts'], {
    env: serverEnvironment(dataDir, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const isHealthy = await fetch(`${origin}/api/v1/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (isHealthy) {
      return {
        origin,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The sync server did not start: ${output}`);
}
