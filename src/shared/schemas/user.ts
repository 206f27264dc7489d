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
 * The actor of writes no person made: demo data now, migrations later. A fixed, valid UUID v7
 * so audit events always name an actor.
 */
export const systemUserId = '00000000-0000-7000-8000-000000000000';

/**
 * A person using this device. Local accounts live on the device (`serverUserId: null`) until the
 * identity issue links them to a server account, which then fills `serverUserId`.
 */
export const userSchema = z.object({
  id: idSchema,
  displayName: z.string().trim().min(1).max(120),
  /** Shown with the printed name in signature blocks (21 CFR 11.50). */
  jobTitle: z.string().trim().max(120),
  email: z.email().nullable(),
  role: roleSchema,
  serverUserId: z.string().min(1).max(200).nullable(),
  isActive: z.boolean(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type User = z.infer<typeof userSchema>;
