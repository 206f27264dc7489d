/**
 * What a local password must be. Length is what makes a password hard to guess (NIST SP 800-63B
 * §5.1.1.2); composition rules are not required. 12 characters, as on the sync server, so one
 * password can serve both once accounts are linked.
 */

export const minimumPasswordLength = 12;
export const maximumPasswordLength = 1024;

export type PasswordProblem = 'too-short' | 'too-long' | 'contains-user-id';

/** The problems of a proposed password; empty when it is acceptable. */
export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Length in characters as people count them, not UTF-16 units.
  const length = [...password].length;
  if (length < minimumPasswordLength) problems.push('too-short');
  if (length > maximumPasswordLength) problems.push('too-long');
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('contains-user-id');
  }
  return problems;
}
