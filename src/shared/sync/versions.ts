import { z } from 'zod';

/**
 * Protocol and schema versions, and the check every request goes through. The client sends its
 * versions in headers (so GET requests carry them too); the server answers 426 when the client is
 * too old and 400 when the client is newer than the server understands.
 */

/** The wire protocol this code speaks. Bump on any incompatible change to endpoints or shapes. */
export const PROTOCOL_VERSION = 1;

/** Oldest protocol version the server still accepts. */
export const MINIMUM_PROTOCOL_VERSION = 1;

/** The version of the synced record shapes (tables and fields) this code reads and writes. */
export const SCHEMA_VERSION = 1;

/** Oldest record schema version the server still accepts in pushes. */
export const MINIMUM_SCHEMA_VERSION = 1;

/** Header names, lower case as Node presents them. */
export const SYNC_HEADERS = {
  protocolVersion: 'x-medinfo-protocol-version',
  schemaVersion: 'x-medinfo-schema-version',
  appVersion: 'x-medinfo-app-version',
} as const;

/** A release version `major.minor.patch`; a pre-release suffix is allowed and ignored. */
export const appVersionSchema = z
  .string()
  .max(64)
  .regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}(?:[-+][0-9A-Za-z.-]*)?$/, 'A version such as 1.4.2');
/** A release version `major.minor.patch`. */
export type AppVersion = z.infer<typeof appVersionSchema>;

/**
 * Compares two app versions by major, minor and patch. Pre-release suffixes are ignored on
 * purpose: a 1.2.0-beta build must be allowed wherever 1.2.0 is.
 * @returns a negative number, 0 or a positive number, like a sort comparator
 * @throws never; a malformed version compares as 0.0.0
 */
export function compareAppVersions(left: string, right: string): number {
  const parse = (version: string): number[] =>
    (version.split(/[-+]/)[0] ?? '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [a, b] = [parse(left), parse(right)];
  for (let index = 0; index < 3; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const versionNumber = z.coerce.number().int().min(1).max(1_000_000);

/** The three version headers, parsed from the raw header values. */
export const clientVersionsSchema = z.object({
  protocolVersion: versionNumber,
  schemaVersion: versionNumber,
  appVersion: appVersionSchema,
});
/** The versions a client declares on every request. */
export type ClientVersions = z.infer<typeof clientVersionsSchema>;

/** What the server accepts; minimumAppVersion comes from its configuration. */
export type VersionPolicy = {
  minimumAppVersion: string;
};

/** The outcome of a version check: accepted, or the status and error body to answer with. */
export type VersionCheck =
  | { isAccepted: true; versions: ClientVersions }
  | {
      isAccepted: false;
      statusCode: 400 | 426;
      error:
        | 'missing-version-headers'
        | 'upgrade-required'
        | 'unsupported-protocol-version'
        | 'unsupported-schema-version';
      message: string;
    };

/**
 * Checks the version headers of a request against what this server supports.
 * @param headers raw header values by lower-case name (arrays are taken as absent)
 * @throws never
 */
export function checkClientVersions(
  headers: Readonly<Record<string, unknown>>,
  policy: VersionPolicy,
): VersionCheck {
  const parsed = clientVersionsSchema.safeParse({
    protocolVersion: headers[SYNC_HEADERS.protocolVersion],
    schemaVersion: headers[SYNC_HEADERS.schemaVersion],
    appVersion: headers[SYNC_HEADERS.appVersion],
  });
  if (!parsed.success) {
    return {
      isAccepted: false,
      statusCode: 400,
      error: 'missing-version-headers',
      message: `Send ${Object.values(SYNC_HEADERS).join(', ')} with every request (integers and a x.y.z app version).`,
    };
  }
  const versions = parsed.data;
  if (versions.protocolVersion > PROTOCOL_VERSION) {
    return rejection(
      400,
      'unsupported-protocol-version',
      'This server must be upgraded to speak the protocol of this app.',
    );
  }
  if (versions.schemaVersion > SCHEMA_VERSION) {
    return rejection(
      400,
      'unsupported-schema-version',
      'This server must be upgraded to store records of this app version.',
    );
  }
  const isTooOld =
    versions.protocolVersion < MINIMUM_PROTOCOL_VERSION ||
    versions.schemaVersion < MINIMUM_SCHEMA_VERSION ||
    compareAppVersions(versions.appVersion, policy.minimumAppVersion) < 0;
  if (isTooOld) {
    return rejection(
      426,
      'upgrade-required',
      `Update the app to ${policy.minimumAppVersion} or later to sync.`,
    );
  }
  return { isAccepted: true, versions };
}

function rejection(
  statusCode: 400 | 426,
  error: 'upgrade-required' | 'unsupported-protocol-version' | 'unsupported-schema-version',
  message: string,
): VersionCheck {
  return { isAccepted: false, statusCode, error, message };
}
