import type { SafeStorage } from 'electron';
import type { SecretCipher } from './services/credentials';

/**
 * Secrets encrypted with Electron's safeStorage, through its asynchronous API (the synchronous one is deprecated):
 * the macOS Keychain, Windows DPAPI, or a Linux keyring. On Linux without a keyring Electron falls back to
 * `basic_text`, a key built into Chromium: {@link SecretCipher.info} reports it as weak so the UI asks first.
 */
export function safeStorageCipher(safeStorage: SafeStorage, platform: NodeJS.Platform): SecretCipher {
  return {
    info: async () => {
      const available = await safeStorage.isAsyncEncryptionAvailable();
      if (platform !== 'linux') {
        return { available, weak: false, backend: platform === 'darwin' ? 'Keychain' : 'DPAPI' };
      }
      const backend = safeStorage.getSelectedStorageBackend();
      return { available, weak: backend === 'basic_text' || backend === 'unknown', backend };
    },
    encrypt: async (plainText) => safeStorage.encryptStringAsync(plainText),
    decrypt: async (encrypted) => (await safeStorage.decryptStringAsync(Buffer.from(encrypted))).result,
  };
}
