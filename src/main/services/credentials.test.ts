import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CredentialStorageInfo } from '../../core/host';
import { memoryKeyCipher } from '../../web/server/memory-key-cipher';
import { ACCOUNTS_FILE_NAME, createCredentialStore, type SecretCipher } from './credentials';

const SECRET = 'abcd EFGH ijkl MNOP qrst UVWX';

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'porte-voix-accounts-')), ACCOUNTS_FILE_NAME);
}

/** Every file under `dir`, read as bytes. */
function allBytes(dir: string): Buffer {
  return Buffer.concat(
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isFile() ? [readFileSync(path)] : [];
    }),
  );
}

function cipherWith(info: CredentialStorageInfo, base: SecretCipher = memoryKeyCipher()): SecretCipher {
  return { ...base, info: async () => info };
}

const wordpress = { target: 'wordpress', url: 'https://blog.example.com', user: 'ana' } as const;

describe('the credential store', () => {
  it('keeps accounts with their secret encrypted, never in plain text, and lists them without it', async () => {
    const file = tempFile();
    const store = createCredentialStore(file, memoryKeyCipher(), { now: () => new Date('2026-11-27T10:00:00Z') });
    await store.save(wordpress, SECRET, false);
    await store.save({ target: 'devto', url: 'https://dev.to', user: '' }, 'devto-key-123', false);
    expect(await store.list()).toEqual([wordpress, { target: 'devto', url: 'https://dev.to', user: '' }]);
    const bytes = allBytes(join(file, '..'));
    for (const secret of [SECRET, 'devto-key-123']) {
      expect(bytes.includes(secret)).toBe(false);
      expect(bytes.includes(Buffer.from(secret).toString('base64'))).toBe(false);
    }
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await store.secretFor('wordpress')).toEqual({ ...wordpress, secret: SECRET });
  });

  it('replaces the account of the same blog, and forgets one', async () => {
    const store = createCredentialStore(tempFile(), memoryKeyCipher());
    await store.save(wordpress, SECRET, false);
    await store.save({ ...wordpress, user: 'bo' }, 'other secret', false);
    expect(await store.list()).toEqual([{ ...wordpress, user: 'bo' }]);
    expect((await store.secretFor('wordpress')).secret).toBe('other secret');
    await store.forget('wordpress');
    await store.forget('ghost');
    expect(await store.list()).toEqual([]);
    await expect(store.secretFor('wordpress')).rejects.toMatchObject({
      code: 'ENOACCOUNT',
      message: expect.stringContaining('No WordPress account is set up'),
    });
  });

  it('asks before keeping a secret with the weak basic_text backend', async () => {
    const file = tempFile();
    const store = createCredentialStore(file, cipherWith({ available: true, weak: true, backend: 'basic_text' }));
    await expect(store.save(wordpress, SECRET, false)).rejects.toMatchObject({
      code: 'EWEAKSTORAGE',
      message: expect.stringContaining('basic_text'),
    });
    expect(await store.list()).toEqual([]);
    await store.save(wordpress, SECRET, true);
    expect(await store.list()).toEqual([wordpress]);
  });

  it('refuses to keep a secret where nothing can encrypt it, and writes nothing', async () => {
    const file = tempFile();
    const store = createCredentialStore(file, cipherWith({ available: false, weak: false, backend: 'unknown' }));
    await expect(store.save(wordpress, SECRET, true)).rejects.toMatchObject({ code: 'ENOENCRYPTION' });
    expect(readdirSync(join(file, '..'))).toEqual([]);
  });

  it('says what to do when a secret cannot be decrypted any more (another key, a locked keyring)', async () => {
    const file = tempFile();
    await createCredentialStore(file, memoryKeyCipher()).save(wordpress, SECRET, false);
    const later = createCredentialStore(file, memoryKeyCipher());
    await expect(later.secretFor('wordpress')).rejects.toMatchObject({
      code: 'EDECRYPT',
      message: expect.stringContaining('enter the application password again'),
    });
  });

  it('reads a damaged file as no accounts, and a new account replaces it', async () => {
    const file = tempFile();
    writeFileSync(file, '{ not json');
    const store = createCredentialStore(file, memoryKeyCipher());
    expect(await store.list()).toEqual([]);
    writeFileSync(file, JSON.stringify({ version: 1, accounts: [{ target: 'ghost', url: 'ftp://x' }, 3] }));
    expect(await store.list()).toEqual([]);
    await store.save(wordpress, SECRET, false);
    expect(await store.list()).toEqual([wordpress]);
  });

  it('names the file and the cause when it cannot write', async () => {
    // The data folder's place is taken by a file: no folder can be made there.
    const notAFolder = tempFile();
    writeFileSync(notAFolder, 'x');
    const file = join(notAFolder, ACCOUNTS_FILE_NAME);
    const store = createCredentialStore(file, memoryKeyCipher());
    await expect(store.save(wordpress, SECRET, false)).rejects.toMatchObject({
      code: 'EACCOUNTS',
      message: expect.stringContaining(file),
    });
  });
});
