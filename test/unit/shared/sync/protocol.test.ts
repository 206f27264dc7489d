import { describe, expect, it } from 'vitest';
import {
  SYNC_HEADERS,
  checkClientVersions,
  compareAppVersions,
  findUnstorableJson,
  isSealedPayload,
  jsonDepth,
  pushRequestSchema,
  syncedRecordSchema,
  withoutServerOwnedFields,
} from '../../../../src/shared/sync';

const id = '0196f3c2-7d1e-7abc-8def-0123456789ab';
const headers = (protocol: string, schema: string, app: string): Record<string, string> => ({
  [SYNC_HEADERS.protocolVersion]: protocol,
  [SYNC_HEADERS.schemaVersion]: schema,
  [SYNC_HEADERS.appVersion]: app,
});

describe('versions', () => {
  it('compares app versions by number, ignoring pre-release tags', () => {
    expect(compareAppVersions('0.10.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareAppVersions('1.2.0-beta.1', '1.2.0')).toBe(0);
    expect(compareAppVersions('1.2.3', '1.3.0')).toBeLessThan(0);
  });

  it('accepts current clients, refuses old ones with 426 and newer ones with 400', () => {
    const policy = { minimumAppVersion: '1.2.0' };
    expect(checkClientVersions(headers('1', '1', '1.2.0'), policy).isAccepted).toBe(true);
    expect(checkClientVersions(headers('1', '1', '1.1.9'), policy)).toMatchObject({
      statusCode: 426,
      error: 'upgrade-required',
    });
    expect(checkClientVersions(headers('2', '1', '9.0.0'), policy)).toMatchObject({
      statusCode: 400,
      error: 'unsupported-protocol-version',
    });
    expect(checkClientVersions(headers('1', '2', '9.0.0'), policy)).toMatchObject({
      statusCode: 400,
      error: 'unsupported-schema-version',
    });
    expect(checkClientVersions({}, policy)).toMatchObject({
      statusCode: 400,
      error: 'missing-version-headers',
    });
    expect(checkClientVersions(headers('1', '1', 'latest'), policy)).toMatchObject({
      statusCode: 400,
    });
  });
});

describe('records and mutations', () => {
  it('accepts plain identifiers as field names and refuses the rest', () => {
    expect(
      syncedRecordSchema.safeParse({ id, dueDate: '2026-01-01', personal: { requester: 'enc' } })
        .success,
    ).toBe(true);
    for (const name of ['__proto__', 'a.b', '', 'has space', '1st']) {
      expect(
        syncedRecordSchema.safeParse(JSON.parse(`{"id":"${id}",${JSON.stringify(name)}:1}`))
          .success,
        name,
      ).toBe(false);
    }
    expect(syncedRecordSchema.safeParse({ id: 'not-a-uuid' }).success).toBe(false);
  });

  it('finds text jsonb cannot store and measures depth without recursion', () => {
    expect(findUnstorableJson({ a: ['ok', { b: 'x\u0000' }] })).toMatch(/NUL/u);
    expect(findUnstorableJson({ ['k\ud800']: 1 })).toMatch(/key/u);
    expect(findUnstorableJson(JSON.parse('{"a":{"__proto__":{"x":1}}}'))).toMatch(/__proto__/u);
    expect(findUnstorableJson({ a: 'smile 😀' })).toBeNull();
    expect(jsonDepth(JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`))).toBe(50_000);
    expect(jsonDepth('scalar')).toBe(0);
  });

  it('drops the fields the server owns', () => {
    expect(withoutServerOwnedFields({ id, serverRevision: 5, deleted: true, title: 't' })).toEqual({
      id,
      title: 't',
    });
  });

  it('tells a sealed envelope from a record', () => {
    expect(isSealedPayload({ sealed: 'x', kid: 'k' })).toBe(true);
    expect(isSealedPayload({ id, sealed: 'a field' })).toBe(false);
    expect(isSealedPayload(null)).toBe(false);
  });

  it('refuses a push that repeats a mutation id', () => {
    const mutation = {
      mutationId: 1,
      table: 'inquiries',
      recordId: id,
      operation: 'delete',
      baseRevision: null,
      payload: null,
      priority: 0,
    };
    expect(pushRequestSchema.safeParse({ clientId: id, mutations: [mutation] }).success).toBe(true);
    expect(
      pushRequestSchema.safeParse({ clientId: id, mutations: [mutation, mutation] }).success,
    ).toBe(false);
  });
});
