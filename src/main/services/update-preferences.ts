import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { updateChannelSchema } from '../../shared/updates/status';
import type { UpdateChannel } from '../../shared/updates/status';
import { createLogger } from '../logger';

const log = createLogger('updates');

const preferencesSchema = z.object({ channel: updateChannelSchema });

/** Where the update channel is kept: main needs it before any window exists. */
export type UpdatePreferencesStore = {
  readChannel: () => Promise<UpdateChannel>;
  writeChannel: (channel: UpdateChannel) => Promise<void>;
};

/**
 * The channel in a small JSON file in the user-data folder. A missing file means stable; a file
 * that is not valid (hand-edited, truncated) also means stable, with a warning: a broken
 * preference must never stop the app or move anyone to pre-releases.
 */
export function createUpdatePreferencesStore(filePath: string): UpdatePreferencesStore {
  return {
    readChannel: async () => {
      let text: string;
      try {
        text = await readFile(filePath, 'utf8');
      } catch {
        return 'stable';
      }
      try {
        return preferencesSchema.parse(JSON.parse(text)).channel;
      } catch (error) {
        log.warn(`Ignoring ${filePath}: not a valid update preference`, error);
        return 'stable';
      }
    },
    writeChannel: async (channel) => {
      await mkdir(dirname(filePath), { recursive: true });
      await writeFile(filePath, `${JSON.stringify({ channel })}\n`, 'utf8');
    },
  };
}
