import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

/** The roles of PRODUCT.md, one table for the whole product. Sales and marketing have none. */
export const roleSchema = z.enum([
  'field-officer',
  'mi-specialist',
  'content-approver',
  'pv-liaison',
  'admin',
]);
export type Role = z.infer<typeof roleSchema>;

export const permissionsSchema = z.object({
  canCaptureInquiries: z.boolean(),
  /** A field officer sees their own inquiries (GDPR minimisation, PRODUCT.md). */
  seesOwnInquiriesOnly: z.boolean(),
  seesTeamInquiries: z.boolean(),
  canReviewCustomResponses: z.boolean(),
  canReadLibrary: z.boolean(),
  canApproveContent: z.boolean(),
  canCaptureSafetyReports: z.boolean(),
  canSeeSafetyReports: z.boolean(),
  canAcknowledgeSafetyReports: z.boolean(),
  /** PV does not need the reporter's contact details unless permitted (PRODUCT.md). */
  seesReporterContact: z.boolean(),
  canManageUsers: z.boolean(),
  canManageSettings: z.boolean(),
  canExport: z.boolean(),
});
export type Permissions = z.infer<typeof permissionsSchema>;

const none: Permissions = {
  canCaptureInquiries: false,
  seesOwnInquiriesOnly: false,
  seesTeamInquiries: false,
  canReviewCustomResponses: false,
  canReadLibrary: false,
  canApproveContent: false,
  canCaptureSafetyReports: false,
  canSeeSafetyReports: false,
  canAcknowledgeSafetyReports: false,
  seesReporterContact: false,
  canManageUsers: false,
  canManageSettings: false,
  canExport: false,
};

const fieldOfficer: Permissions = {
  ...none,
  canCaptureInquiries: true,
  seesOwnInquiriesOnly: true,
  canReadLibrary: true,
  canCaptureSafetyReports: true,
  seesReporterContact: true,
};

/**
 * The roles table of PRODUCT.md as data. The client uses it only to shape the UI; the server
 * checks every mutation and pulled row itself (ARCHITECTURE.md, Sync → Access).
 * Exports are limited to headquarters roles: a laptop lost at a congress must not hold bulk files.
 */
export const rolePermissions = {
  'field-officer': fieldOfficer,
  'mi-specialist': {
    ...fieldOfficer,
    seesOwnInquiriesOnly: false,
    seesTeamInquiries: true,
    canReviewCustomResponses: true,
    canExport: true,
  },
  'content-approver': { ...none, canReadLibrary: true, canApproveContent: true },
  'pv-liaison': {
    ...none,
    canSeeSafetyReports: true,
    canAcknowledgeSafetyReports: true,
    canExport: true,
  },
  // "No access to content it does not need": users, devices and settings only.
  admin: { ...none, canManageUsers: true, canManageSettings: true },
} as const satisfies Record<Role, Permissions>;

/** The permissions of a role; a pure lookup so UI, server and tests share one table. */
export function permissionsOf(role: Role): Permissions {
  return rolePermissions[role];
}

/**
 * The permissions of one account on this device: its role's, plus managing the device's local
 * accounts when it holds that duty (the first account of a device always does: on a laptop
 * owned by one officer nobody else could create accounts; docs/decisions/0010).
 */
export function permissionsOfUser(user: Pick<User, 'role' | 'managesDeviceAccounts'>): Permissions {
  const permissions = permissionsOf(user.role);
  return user.managesDeviceAccounts ? { ...permissions, canManageUsers: true } : permissions;
}

/**
 * The actor of writes no person made: demo data now, migrations later. A fixed, valid UUID v7
 * so audit events always name an actor.
 */
export const systemUserId = '00000000-0000-7000-8000-000000000000';

/**
 * The user ID typed at sign-in and as the first component of an e-signature (21 CFR 11.200):
 * lower case, so "Maja.L" and "maja.l" are one person.
 */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,39}$/u,
    'A user ID of 2 to 40 letters, digits, dots, hyphens or underscores',
  );
export type Username = z.infer<typeof usernameSchema>;

const base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/u, 'base64url without padding');

/**
 * A public key the account signs with (ECDSA P-256). Kept on the account so anyone can verify
 * its signatures; a key replaced after a password reset stays listed, so older signatures still
 * verify (21 CFR 11.70: a signature stays linked to its record).
 */
export const signingPublicKeySchema = z.strictObject({
  keyId: z.string().min(8).max(100),
  publicKeyJwk: z.strictObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: base64Url,
    y: base64Url,
  }),
  createdAt: timestampSchema,
});
export type SigningPublicKey = z.infer<typeof signingPublicKeySchema>;

/**
 * A person using this device. Local accounts live on the device (`serverUserId: null`) until the
 * sync issue links them to a server account, which then fills `serverUserId` (the username is
 * meant to match the server's). Passwords and keys are not here: see credentials.ts.
 */
export const userSchema = z.object({
  id: idSchema,
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(120),
  /** Shown with the printed name in signature blocks (21 CFR 11.50). */
  jobTitle: z.string().trim().max(120),
  email: z.email().nullable(),
  role: roleSchema,
  serverUserId: z.string().min(1).max(200).nullable(),
  isActive: z.boolean(),
  /** Manages the local accounts of this device beside the role's own work. */
  managesDeviceAccounts: z.boolean(),
  signingKeys: z.array(signingPublicKeySchema),
  /** Set on every password change or reset, so the change is audited without the secret. */
  passwordChangedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type User = z.infer<typeof userSchema>;
