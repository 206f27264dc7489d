import type { WindowsConfiguration } from 'electron-builder';

type AzureSignOptions = NonNullable<WindowsConfiguration['azureSignOptions']>;

/**
 * Signing and notarisation come from the environment only — never from a file in the
 * repository (docs/release.md lists what an IT department provides). electron-builder reads the
 * certificate variables (CSC_LINK, CSC_KEY_PASSWORD, WIN_CSC_LINK, …) and Apple's notarisation
 * variables itself; this module decides what the configuration must say about them, and refuses
 * a release build that would come out unsigned.
 */

export type BuildEnvironment = Readonly<Record<string, string | undefined>>;

function isSet(env: BuildEnvironment, name: string): boolean {
  return (env[name] ?? '').trim() !== '';
}

/** The variables of one Azure Trusted Signing account (plus the app registration's secret). */
export const azureSigningVariables = [
  'MEDINFO_AZURE_SIGNING_ENDPOINT',
  'MEDINFO_AZURE_SIGNING_ACCOUNT',
  'MEDINFO_AZURE_CERTIFICATE_PROFILE',
  'MEDINFO_WIN_PUBLISHER_NAME',
  'AZURE_TENANT_ID',
  'AZURE_CLIENT_ID',
  'AZURE_CLIENT_SECRET',
] as const;

/** Apple accepts any one of these sets for notarisation; the API key is Apple's recommendation. */
export const notarizationCredentialSets = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE'],
] as const;

/**
 * Azure Trusted Signing options when its variables are set; null when none is.
 * @throws Error naming the missing variables when only some are set
 */
export function azureSignOptions(env: BuildEnvironment): AzureSignOptions | null {
  const present = azureSigningVariables.filter((name) => isSet(env, name));
  if (present.length === 0) return null;
  const missing = azureSigningVariables.filter((name) => !isSet(env, name));
  if (missing.length > 0) {
    throw new Error(`Azure Trusted Signing is half configured: set ${missing.join(', ')}`);
  }
  return {
    endpoint: env.MEDINFO_AZURE_SIGNING_ENDPOINT ?? '',
    codeSigningAccountName: env.MEDINFO_AZURE_SIGNING_ACCOUNT ?? '',
    certificateProfileName: env.MEDINFO_AZURE_CERTIFICATE_PROFILE ?? '',
    publisherName: env.MEDINFO_WIN_PUBLISHER_NAME ?? '',
  };
}

/** True when a Windows code-signing certificate is provided. */
export function hasWindowsCertificate(env: BuildEnvironment): boolean {
  return isSet(env, 'WIN_CSC_LINK') || isSet(env, 'CSC_LINK');
}

/**
 * Whether notarisation credentials are complete.
 * @throws Error when a set is only partly given (a typo would otherwise ship un-notarised)
 */
export function hasNotarizationCredentials(env: BuildEnvironment): boolean {
  let isComplete = false;
  for (const set of notarizationCredentialSets) {
    const present = set.filter((name) => isSet(env, name));
    if (present.length === set.length) isComplete = true;
    else if (present.length > 0) {
      const missing = set.filter((name) => !isSet(env, name));
      throw new Error(`Notarisation credentials are incomplete: set ${missing.join(', ')}`);
    }
  }
  return isComplete;
}

/**
 * Refuses a release build (MEDINFO_RELEASE=true) that would be unsigned or could not verify its
 * updates. Each runner builds its own operating system, so the host platform decides what is
 * checked.
 * @throws Error listing what is missing
 */
export function assertReleaseSigning(env: BuildEnvironment, hostPlatform: NodeJS.Platform): void {
  const problems: string[] = [];
  if (hostPlatform === 'win32') {
    const hasAzure = azureSignOptions(env) !== null;
    if (hasAzure && hasWindowsCertificate(env)) {
      problems.push('both a certificate (CSC_LINK) and Azure Trusted Signing are set: pick one');
    }
    if (!hasAzure && !hasWindowsCertificate(env)) {
      problems.push('no Windows signing: set WIN_CSC_LINK (or CSC_LINK) or Azure Trusted Signing');
    }
  }
  if (hostPlatform === 'darwin') {
    if (!isSet(env, 'CSC_LINK') && !isSet(env, 'CSC_NAME')) {
      problems.push('no Developer ID Application certificate: set CSC_LINK (or CSC_NAME)');
    }
    if (!hasNotarizationCredentials(env)) {
      problems.push(
        'no notarisation credentials: set APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER',
      );
    }
  }
  if (problems.length > 0) {
    throw new Error(`Release build refused:\n- ${problems.join('\n- ')}`);
  }
}
