import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliOutput } from '../../../src/server/cli/output';
import { runCli } from '../../../src/server/cli/run';
import { loginResponseSchema } from '../../../src/shared/sync';
import type { Harness } from './helpers/harness';
import { TEST_HASHING, VERSION_HEADERS, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

/** Output captured in memory. */
function captureOutput(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    line: (text) => lines.push(text),
    error: (text) => errors.push(text),
    table(rows) {
      for (const row of rows) lines.push(Object.values(row).join(' | '));
    },
  };
}

describe.each(DATABASE_KINDS)('admin CLI on %s', (kind) => {
  let harness: Harness;
  let closes = 0;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness.close();
  });

  const run = async (
    argv: string[],
    secret = '',
  ): Promise<{ code: number; output: ReturnType<typeof captureOutput> }> => {
    const output = captureOutput();
    const code = await runCli(argv, output, () =>
      Promise.resolve({
        context: {
          database: harness.database,
          hashing: TEST_HASHING,
          readSecret: () => Promise.resolve(secret),
        },
        close: () => {
          closes += 1;
          return Promise.resolve();
        },
      }),
    );
    return { code, output };
  };

  it('prints help listing every command, without opening the database', async () => {
    const before = closes;
    const { code, output } = await run(['--help']);
    expect(code).toBe(0);
    expect(output.lines.join('\n')).toMatch(
      /create-user[\s\S]*reset-password[\s\S]*list-devices[\s\S]*revoke-device/u,
    );
    expect((await run(['create-user', '--help'])).output.lines.join('\n')).toContain('--role');
    expect(closes).toBe(before);
  });

  it('creates a user who can log in, and refuses bad input with exit code 2', async () => {
    const created = await run(
      ['create-user', '--username', 'dr.mueller', '--role', 'mi-specialist', '--password-stdin'],
      'a long enough password\n',
    );
    expect(created.code).toBe(0);
    const login = await harness.login('dr.mueller', 'a long enough password');
    expect(login.statusCode).toBe(200);
    expect((await run(['create-user', '--username', 'x', '--role', 'sales'])).code).toBe(2);
    expect(
      (
        await run(
          ['create-user', '--username', 'short', '--role', 'admin', '--password-stdin'],
          'short',
        )
      ).code,
    ).toBe(1);
    expect(
      (
        await run(['create-user', '--username', 'DR.MUELLER', '--role', 'admin'])
      ).output.errors.join(),
    ).toContain('username-taken');
    expect((await run(['no-such-command'])).code).toBe(2);
  });

  it('generates a password once when none is given, and resets it', async () => {
    const created = await run(['create-user', '--username', 'booth1', '--role', 'field-officer']);
    const generated =
      /Password \(shown once\): (\S+)/u.exec(created.output.lines.join('\n'))?.[1] ?? '';
    expect((await harness.login('booth1', generated)).statusCode).toBe(200);
    expect(
      (
        await run(
          ['reset-password', '--username', 'booth1', '--password-stdin'],
          'the new password 42',
        )
      ).code,
    ).toBe(0);
    expect((await harness.login('booth1', generated)).statusCode).toBe(401);
    expect((await harness.login('booth1', 'the new password 42')).statusCode).toBe(200);
    expect((await run(['reset-password', '--username', 'nobody'])).code).toBe(1);
  });

  it('lists and revokes devices; a revoked token gets 401', async () => {
    await run(
      ['create-user', '--username', 'lost.laptop', '--role', 'field-officer', '--password-stdin'],
      'the password of the lost laptop',
    );
    const session = loginResponseSchema.parse(
      (await harness.login('lost.laptop', 'the password of the lost laptop')).json(),
    );
    const listed = await run(['list-devices', '--username', 'lost.laptop']);
    expect(listed.output.lines.join('\n')).toContain(session.deviceId);
    expect((await run(['revoke-device', '--device', session.deviceId])).code).toBe(0);
    const response = await harness.app.inject({
      url: '/api/v1/sync/pull?since=0',
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${session.token}` },
    });
    expect(response.json()).toMatchObject({ error: 'token-revoked' });
    expect((await run(['revoke-device', '--device', 'not-a-uuid'])).code).toBe(2);
    expect((await run(['revoke-device', '--username', 'lost.laptop', '--all'])).code).toBe(0);
  });
});
