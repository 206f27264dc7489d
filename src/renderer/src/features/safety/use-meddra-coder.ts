import { useEffect, useState } from 'react';
import { createMeddraCoder } from '../../../../shared/safety/meddra-coder';
import type { MeddraCoder } from '../../../../shared/safety/meddra-coder';
import type { MeddraReleaseInfo } from '../../../../shared/schemas';
import { getDatabase, loadMeddraRelease, useMeddraReleaseInfo } from '../../data';

/** One coder per imported release, built once: a full release's index takes a moment. */
let cached: { importedAt: string; coder: Promise<MeddraCoder | null> } | null = null;

function coderFor(info: MeddraReleaseInfo): Promise<MeddraCoder | null> {
  if (cached?.importedAt !== info.importedAt) {
    const coder = loadMeddraRelease(getDatabase()).then((release) =>
      release === null ? null : createMeddraCoder(release),
    );
    cached = { importedAt: info.importedAt, coder };
  }
  return cached.coder;
}

export type MeddraCoderState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; coder: MeddraCoder; info: MeddraReleaseInfo };

/** The coder over this device's MedDRA release: `none` when no release was imported. */
export function useMeddraCoder(): MeddraCoderState {
  const info = useMeddraReleaseInfo();
  const [ready, setReady] = useState<{ importedAt: string; coder: MeddraCoder } | null>(null);
  useEffect(() => {
    if (!info) return;
    let isCurrent = true;
    coderFor(info)
      .then((coder) => {
        if (isCurrent && coder) setReady({ importedAt: info.importedAt, coder });
      })
      // A release that no longer parses leaves the terms verbatim, as with no release.
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [info]);
  if (info === undefined) return { status: 'loading' };
  if (info === null) return { status: 'none' };
  if (ready?.importedAt !== info.importedAt) return { status: 'loading' };
  return { status: 'ready', coder: ready.coder, info };
}
