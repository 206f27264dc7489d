import { safeStorage } from 'electron';
import type {
  ProtectSecretResult,
  SecureStorageStatus,
  UnprotectSecretResult,
} from '../../shared/ipc/contract';

/**
 * The OS key store for secrets (fast unlock: decision 0013), through Electron safeStorage: DPAPI
 * on Windows, the Keychain on macOS, libsecret or KWallet on Linux. On Linux without any of
 * them safeStorage "works" with `basic_text`, a key hard-coded in Chromium — encryption in name
 * only. That backend, and an OS without encryption, are refused (ARCHITECTURE.md, security).
 */
export function getSecureStorageStatus(): SecureStorageStatus {
  if (!safeStorage.isEncryptionAvailable()) {
    return { isAvailable: false, backend: null, reason: 'no-encryption' };
  }
  if (process.platform !== 'linux') return { isAvailable: true, backend: null, reason: null };
  const backend = safeStorage.getSelectedStorageBackend();
  // `unknown` means the backend could not be determined: refuse it like plaintext.
  const isPlaintext = backend === 'basic_text' || backend === 'unknown';
  return { isAvailable: !isPlaintext, backend, reason: isPlaintext ? 'plaintext-backend' : null };
}

function requireProtection(): void {
  const status = getSecureStorageStatus();
  if (!status.isAvailable) {
    throw new Error(
      status.reason === 'plaintext-backend'
        ? 'secure-storage: refused, the OS stores secrets in plain text on this computer'
        : 'secure-storage: refused, the OS offers no encryption for this user',
    );
  }
}

/**
 * Encrypts a secret with the OS key store; the result is base64, opaque to the renderer.
 * @throws when the OS offers no real protection (see getSecureStorageStatus)
 */
export function protectSecret(secret: string): ProtectSecretResult {
  requireProtection();
  return { protectedSecret: safeStorage.encryptString(secret).toString('base64') };
}

/**
 * Decrypts what `protectSecret` returned, for the same OS user on the same computer.
 * @throws when the OS offers no real protection, or the data was not protected here
 */
export function unprotectSecret(protectedSecret: string): UnprotectSecretResult {
  requireProtection();
  return { secret: safeStorage.decryptString(Buffer.from(protectedSecret, 'base64')) };
}
