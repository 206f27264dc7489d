import { useCallback, useEffect, useState } from 'react';
import { getPlatform } from '../../platform';
import type { InstallUpdateResult, UpdateChannel, UpdateStatus } from '../../platform';

export type UpdateStatusControls = {
  /** Null until main first answers (or when it cannot). */
  status: UpdateStatus | null;
  checkNow: () => Promise<void>;
  setChannel: (channel: UpdateChannel) => Promise<void>;
  installNow: () => Promise<InstallUpdateResult>;
};

/**
 * The updater's status, asked again every `pollMs` while the component is shown (a download's
 * progress changes by the second; main does not push).
 */
export function useUpdateStatus(pollMs: number): UpdateStatusControls {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const refresh = (): void => {
      getPlatform()
        .getUpdateStatus()
        .then((next) => {
          if (isCurrent) setStatus(next);
        })
        .catch(() => undefined);
    };
    refresh();
    const timer = setInterval(refresh, pollMs);
    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, [pollMs]);

  const checkNow = useCallback(async () => {
    setStatus(await getPlatform().checkForUpdates());
  }, []);
  const setChannel = useCallback(async (channel: UpdateChannel) => {
    setStatus(await getPlatform().setUpdateChannel({ channel }));
  }, []);
  const installNow = useCallback(async () => {
    const result = await getPlatform().installUpdateNow();
    setStatus(await getPlatform().getUpdateStatus());
    return result;
  }, []);
  return { status, checkNow, setChannel, installNow };
}
