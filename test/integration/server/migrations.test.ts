import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import { migrate, readMigrations } from '../../../src/server/database/migrate';
import { listAppliedMigrations } from '../../../src/server/repositories/migrations-repository';
import { serverInfoSchema } from '../../../src/shared/sync';
import { TEST_SETTINGS } from './helpers/harness';
import type { TestDatabase } from './helpers/test-database';
import { DATABASE_KINDS, createTestDatabase } from './helpers/test-database';

describe.each(DATABASE_KINDS)('migrations on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('apply every numbered migration to an empty database, in order', async () => {
    const files = await readMigrations();
    expect(files.map((file) => file.version)).toEqual(files.map((_, index) => index + 1));
    expect(await migrate(db.database)).toEqual(files.map((file) => file.version));
    const applied = await listAppliedMigrations(db.database);
    expect(applied.map((migration) => `${migration.version}-${migration.name}`)).toEqual(
      files.map((file) => `${file.version}-${file.name}`),
    );
  });

  it('are idempotent: a second run applies nothing and keeps the data', async () => {
    const before = await db.database.query<{ value: unknown }>(
      "SELECT value FROM server_settings WHERE key = 'serverId'",
    );
    expect(await migrate(db.database)).toEqual([]);
    const after = await db.database.query<{ value: unknown }>(
      "SELECT value FROM server_settings WHERE key = 'serverId'",
    );
    expect(after.rows).toEqual(before.rows);
  });

  it('roll back completely when one migration fails', async () => {
    const broken = [
      {
        version: 999,
        name: 'broken',
        sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
      },
    ];
    await expect(migrate(db.database, broken)).rejects.toThrow(/999-broken/);
    const table = await db.database.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'",
    );
    expect(table.rows).toHaveLength(0);
    expect((await listAppliedMigrations(db.database)).some((m) => m.version === 999)).toBe(false);
  });

  it('let two instances start at once on one database: one key, one server id', async () => {
    const other = await db.openAnother();
    const [first, second] = await Promise.all([
      buildApp({ database: db.database, settings: TEST_SETTINGS }),
      buildApp({ database: other, settings: TEST_SETTINGS }),
    ]);
    const infos = await Promise.all(
      [first, second].map(async (app) =>
        serverInfoSchema.parse((await app.inject({ url: '/api/v1/info' })).json()),
      ),
    );
    expect(infos[0]?.serverId).toBe(infos[1]?.serverId);
    expect(infos[0]?.sealingKey).toEqual(infos[1]?.sealingKey);
    const keys = await db.database.query('SELECT kid FROM server_keys');
    expect(keys.rows).toHaveLength(1);
    await Promise.all([first.close(), second.close()]);
  });
});
