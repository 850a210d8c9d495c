import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretCipher } from '../../main/services/credentials';

/**
 * The web test host's stand-in for safeStorage: AES-256-GCM with a key made when the server starts and kept only in
 * its memory. Secrets on disk are encrypted as on the desktop, and unreadable once the server stops (set the
 * accounts up again). Not a keyring: the web host exists for tests.
 */
export function memoryKeyCipher(): SecretCipher {
  const key = randomBytes(32);
  return {
    info: async () => ({ available: true, weak: false, backend: 'web-host-memory-key' }),
    encrypt: async (plainText) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt: async (encrypted) => {
      const bytes = Buffer.from(encrypted);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
