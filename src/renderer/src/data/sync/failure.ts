import { retryAfterMs } from '../../../../shared/sync';
import { ProtocolError, SyncHttpError } from './api';
import type { SyncPhase } from './sync-status';
import { NetworkError } from './transport';

/** What the engine does after a failed cycle. */
export type FailureDecision = {
  phase: SyncPhase;
  isServerReachable: boolean | null;
  /** `backoff`: try again later by itself; `wait`: only a person can unblock it. */
  retry: 'backoff' | 'wait';
  /** The server asked for this pause (429 retry-after). */
  retryAfterMs: number | null;
  /** The device token is no longer valid: forget it, keep everything else. */
  isTokenRefused: boolean;
  code: string;
  message: string;
  minimumAppVersion: string | null;
};

const VERSION_REFUSALS = [
  'upgrade-required',
  'unsupported-protocol-version',
  'unsupported-schema-version',
];

/**
 * Decides how a failed sync cycle ends: retried with backoff (network, server errors, rate
 * limits), waiting for a person (token refused → sign in again; version refused → update), never
 * silently (every decision carries a code and a message for the status bar).
 * @throws never
 */
export function classifySyncFailure(error: unknown, now: Date): FailureDecision {
  const base = {
    isServerReachable: true,
    retry: 'backoff' as const,
    retryAfterMs: null,
    isTokenRefused: false,
    minimumAppVersion: null,
  };
  if (error instanceof NetworkError || isAbort(error)) {
    return {
      ...base,
      phase: 'offline',
      isServerReachable: false,
      code: 'unreachable',
      message: error instanceof Error ? error.message : 'The server could not be reached',
    };
  }
  if (error instanceof SyncHttpError) return classifyHttp(error, now);
  if (error instanceof ProtocolError) {
    return { ...base, phase: 'retrying', code: 'protocol-error', message: error.message };
  }
  return {
    ...base,
    phase: 'retrying',
    isServerReachable: null,
    code: 'internal-error',
    message: error instanceof Error ? error.message : String(error),
  };
}

function classifyHttp(error: SyncHttpError, now: Date): FailureDecision {
  const base = {
    isServerReachable: true,
    retryAfterMs: null,
    isTokenRefused: false,
    minimumAppVersion: null,
    code: error.body.error,
    message: error.body.message,
  };
  if (error.status === 401 || error.body.error === 'client-mismatch') {
    return { ...base, phase: 'needs-sign-in', retry: 'wait', isTokenRefused: true };
  }
  if (error.status === 426 || VERSION_REFUSALS.includes(error.body.error)) {
    return {
      ...base,
      phase: 'upgrade-required',
      retry: 'wait',
      minimumAppVersion: error.body.minimumAppVersion ?? null,
    };
  }
  return {
    ...base,
    phase: 'retrying',
    retry: 'backoff',
    retryAfterMs: error.status === 429 ? retryAfterMs(error.retryAfter, now) : null,
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
