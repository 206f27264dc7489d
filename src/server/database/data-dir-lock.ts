import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite is a single-process database: two processes opening one folder corrupt it. A lock file
 * beside the data keeps the server and the admin CLI from doing that; a lock left by a dead
 * process is taken over.
 */

/** Releases the lock (idempotent). */
export type DataDirLock = { release(): Promise<void> };

// Folders locked by this process. The pid in the file cannot tell: in a container the server is
// pid 1 after every restart, so a stale file often carries our own pid.
const lockedHere = new Set<string>();

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Takes the lock of a data folder (creating the folder).
 * @throws Error naming the holder when another live process has the folder
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'medinfo-server.lock');
  if (lockedHere.has(path)) {
    throw new Error(`The data folder ${dataDir} is already open in this process.`);
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      lockedHere.add(path);
      let isReleased = false;
      return {
        async release(): Promise<void> {
          if (isReleased) return;
          isReleased = true;
          lockedHere.delete(path);
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if (!(
        typeof error === 'object' &&
        error !== null &&
        'code' in error &&
        error.code === 'EEXIST'
      ))
        throw error;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isProcessAlive(holder)) {
        throw new Error(
          `The data folder ${dataDir} is in use by process ${holder}. Stop it first (PGlite allows one process per folder), or use DATABASE_URL.`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}.`);
}
