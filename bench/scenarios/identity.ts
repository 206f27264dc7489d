import {
  createFirstAccount,
  enableFastUnlock,
  lockStore,
  signIn,
  signInFast,
} from '../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../src/renderer/src/data';
import { openDatabase } from '../../src/renderer/src/data/store';
import type { BenchResult, BenchScenario } from './scenario';
import { timeIt } from './scenario';

const password = 'correct horse battery staple';
const runs = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** PBKDF2-SHA-256 at OWASP's 600,000 iterations: the WebCrypto alternative to Argon2id. */
async function pbkdf2(): Promise<void> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const salt = crypto.getRandomValues(new Uint8Array(16));
  await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 },
    key,
    512,
  );
}

async function timeRuns(step: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await timeIt(step));
  return median(times);
}

/** A device with one account at the real cost, and fast unlock through a stand-in OS key store. */
async function deviceWithAccount(): Promise<{ db: MedinfoDatabase; userId: string }> {
  const db = await openDatabase({ name: `bench-unlock-${process.pid}` });
  const user = await createFirstAccount(db, {
    username: 'bench.user',
    displayName: 'Bench User',
    jobTitle: '',
    email: null,
    role: 'field-officer',
    password,
  });
  return { db, userId: user.id };
}

const keyStore = {
  protect: (secret: string): Promise<string> =>
    Promise.resolve(Buffer.from(secret).toString('base64')),
  unprotect: (value: string): Promise<string> =>
    Promise.resolve(Buffer.from(value, 'base64').toString()),
};

export const unlockTime: BenchScenario = {
  name: 'unlock',
  description: `sign-in with the password (Argon2id 64 MiB, 3 passes, then unwrap the device key and derive the working keys), median of ${runs}, vs PBKDF2-SHA-256 at 600,000 iterations; and fast unlock (OS key store) vs the password`,
  run: async () => {
    const { db, userId } = await deviceWithAccount();
    await enableFastUnlock(db, { userId, password, now: new Date() }, keyStore);
    const unlock = async (): Promise<void> => {
      lockStore(db);
      await signIn(db, { userId, password });
    };
    const oursMs = await timeRuns(unlock);
    const baselineMs = await timeRuns(pbkdf2);
    const fastMs = await timeRuns(async () => {
      lockStore(db);
      await signInFast(db, { userId, password, now: new Date() }, keyStore);
    });
    await db.delete();
    const result = (metric: string, ours: number, baseline: number): BenchResult => ({
      scenario: 'unlock',
      metric,
      ours,
      baseline,
      unit: 'ms',
      isLowerBetter: true,
    });
    return [
      result('password unlock vs PBKDF2 600k', oursMs, baselineMs),
      result('fast unlock vs password unlock', fastMs, oursMs),
    ];
  },
};
