import type { PasswordProblem } from '../../../../shared/identity';

/*
 * What can go wrong with accounts, passwords and signatures. Messages are for people; the UI
 * translates by error name and shows these only as a fallback.
 */

/**
 * The user ID or password is wrong. Deliberately one error for both (an attacker learns nothing
 * about which accounts exist); `retryNotBefore` is when the next attempt is checked.
 */
export class WrongPasswordError extends Error {
  override name = 'WrongPasswordError';
  constructor(readonly retryNotBefore: Date | null) {
    super('The user ID or password is wrong');
  }
}

/** Too many wrong passwords in a row: the next attempt is not checked before `retryNotBefore`. */
export class SignInDelayedError extends Error {
  override name = 'SignInDelayedError';
  constructor(readonly retryNotBefore: Date) {
    super(`Too many wrong passwords: try again after ${retryNotBefore.toISOString()}`);
  }
}

/** The account is disabled on this device. */
export class AccountDisabledError extends Error {
  override name = 'AccountDisabledError';
  constructor(readonly userId: string) {
    super('This account is disabled');
  }
}

/** The account has no password on this device (an account seeded or synced without one). */
export class NoCredentialsError extends Error {
  override name = 'NoCredentialsError';
  constructor(readonly userId: string) {
    super('This account has no password on this device: ask an administrator to set one');
  }
}

/**
 * The password was right but the key it protects would not decrypt: the stored copy is damaged.
 * Another account (or an administrator's password reset) can still unlock the device.
 */
export class KeyUnwrapError extends Error {
  override name = 'KeyUnwrapError';
  constructor(readonly what: 'device-key' | 'signing-key') {
    super(
      what === 'device-key'
        ? "This account's copy of the device key is damaged: sign in with another account or ask an administrator to reset the password"
        : "This account's signing key is damaged: ask an administrator to reset the password",
    );
  }
}

/** The proposed password does not meet the policy. */
export class PasswordRejectedError extends Error {
  override name = 'PasswordRejectedError';
  constructor(readonly problems: readonly PasswordProblem[]) {
    super(`The password is not acceptable: ${problems.join(', ')}`);
  }
}

/** Another account already has this user ID. */
export class UsernameTakenError extends Error {
  override name = 'UsernameTakenError';
  constructor(readonly username: string) {
    super(`The user ID ${username} is already taken`);
  }
}

/** The acting account may not do this (a UI check that also holds in the store). */
export class PermissionDeniedError extends Error {
  override name = 'PermissionDeniedError';
  constructor(readonly action: string) {
    super(`Not permitted: ${action}`);
  }
}

/** The device already has its first account: further accounts are created by an administrator. */
export class FirstAccountExistsError extends Error {
  override name = 'FirstAccountExistsError';
  constructor() {
    super('This device already has accounts: sign in, and ask an administrator for a new one');
  }
}

/** A signature was asked of someone other than the signed-in person (21 CFR 11.100(a)). */
export class WrongSignerError extends Error {
  override name = 'WrongSignerError';
  constructor() {
    super('You can only sign as yourself: enter your own user ID');
  }
}
