import { v7 } from 'uuid';
import { idSchema } from '../schemas/common';
import type { Id } from '../schemas/common';

export type CreateIdOptions = {
  /** Milliseconds since the epoch for the time-ordered prefix; the current time when omitted. */
  msecs?: number;
  /** 16 random bytes; from the platform's secure generator when omitted. */
  random?: Uint8Array;
};

/**
 * A new UUID v7: time-ordered, so ids sort roughly by creation and index well, and unique
 * without a server (ARCHITECTURE.md: ids are client-generated, never auto-increment).
 * Pass `msecs` and `random` for reproducible ids in tests and demo data.
 */
export function createId(options: CreateIdOptions = {}): Id {
  return v7(options);
}

/** Whether a value is a UUID v7 string. */
export function isId(value: unknown): value is Id {
  return idSchema.safeParse(value).success;
}

/** The creation time encoded in a UUID v7 (its first 48 bits), in milliseconds since the epoch. */
export function idTime(id: Id): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
