/**
 * The blog accounts the user set up for publishing, in `<dataDir>/accounts.json`: the site, the user name and the
 * secret (application password, Admin API key, API key), which is only ever written encrypted by a
 * {@link SecretCipher} — Electron's safeStorage on the desktop. A secret never leaves the host once saved: the UI
 * lists accounts without secrets, and publishing reads the secret here.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as v from 'valibot';
import { HostError, type CredentialStorageInfo, type PublishAccount, type PublishTarget } from '../../core/host';
import { publishAccountSchema } from '../../core/host-schema';
import type { PublishAccountSecret } from '../../core/publish/publish-document';
import { PUBLISH_TARGET_INFO } from '../../core/publish/targets';
import { writeFileAtomically } from './documents';
import { queued } from './file-queue';
import { reason } from './fs-errors';

/** The accounts file's name in the app's data folder. */
export const ACCOUNTS_FILE_NAME = 'accounts.json';

/** Encrypts secrets for storage on this machine (Electron's safeStorage, or the web test host's stand-in). */
export interface SecretCipher {
  /** Whether encryption works here, and whether it is weak (Linux without a keyring: `basic_text`). */
  info(): Promise<CredentialStorageInfo>;
  encrypt(plainText: string): Promise<Uint8Array>;
  decrypt(encrypted: Uint8Array): Promise<string>;
}

const storedAccountSchema = v.object({
  ...publishAccountSchema.entries,
  /** The encrypted secret, in base64. */
  secret: v.pipe(v.string(), v.base64()),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
});

const accountsFileSchema = v.object({ version: v.literal(1), accounts: v.array(v.unknown()) });

type StoredAccount = v.InferOutput<typeof storedAccountSchema>;

export interface CredentialStore {
  storage(): Promise<CredentialStorageInfo>;
  list(): Promise<PublishAccount[]>;
  save(account: PublishAccount, secret: string, acceptWeakStorage: boolean): Promise<void>;
  forget(target: PublishTarget): Promise<void>;
  /** The account of `target` with its secret decrypted, for publishing. @throws HostError when there is none. */
  secretFor(target: PublishTarget): Promise<PublishAccountSecret>;
}

export interface CredentialStoreOptions {
  now?: () => Date;
}

/** The credential store over `file`, encrypting with `cipher`. Operations run one after the other. */
export function createCredentialStore(
  file: string,
  cipher: SecretCipher,
  options: CredentialStoreOptions = {},
): CredentialStore {
  const now = options.now ?? (() => new Date());

  /** Every valid stored account; an unreadable file reads as none (the user sets the account up again). */
  async function read(): Promise<StoredAccount[]> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new HostError(`Porte-voix could not read its blog accounts (${file}): ${reason(error)}.`, 'EACCOUNTS');
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      console.warn(`[accounts] ${file} is not JSON: its accounts are ignored; set them up again.`);
      return [];
    }
    const parsed = v.safeParse(accountsFileSchema, data);
    if (!parsed.success) return [];
    return parsed.output.accounts.flatMap((entry) => {
      const account = v.safeParse(storedAccountSchema, entry);
      return account.success ? [account.output] : [];
    });
  }

  async function write(accounts: StoredAccount[]): Promise<void> {
    try {
      await mkdir(dirname(file), { recursive: true });
      const text = `${JSON.stringify({ version: 1, accounts }, null, 2)}\n`;
      await writeFileAtomically(file, new TextEncoder().encode(text), { mode: 0o600 });
    } catch (error) {
      throw new HostError(`Porte-voix could not save the blog account in ${file}: ${reason(error)}.`, 'EACCOUNTS');
    }
  }

  const publicPart = ({ target, url, user }: StoredAccount): PublishAccount => ({ target, url, user });

  return {
    storage: () => cipher.info(),
    list: async () => (await queued(file, read)).map(publicPart),
    save: (account, secret, acceptWeakStorage) =>
      queued(file, async () => {
        const info = await cipher.info();
        if (!info.available) {
          throw new HostError(
            'This system offers no way to encrypt secrets (no keyring), so Porte-voix cannot keep the account: install or unlock a keyring (GNOME Keyring or KWallet), then try again. Publishing from the command line with an environment variable still works.',
            'ENOENCRYPTION',
          );
        }
        if (info.weak && !acceptWeakStorage) {
          throw new HostError(
            'This system has no keyring, so the secret would be encrypted with a key any program of yours can read (basic_text). Confirm that you accept this, or install a keyring (GNOME Keyring or KWallet) and try again.',
            'EWEAKSTORAGE',
          );
        }
        let encrypted: Uint8Array;
        try {
          encrypted = await cipher.encrypt(secret.trim());
        } catch (error) {
          throw new HostError(
            `The ${PUBLISH_TARGET_INFO[account.target].secretName} could not be encrypted (${(error as Error).message}): unlock your keyring, then try again.`,
            'ENOENCRYPTION',
          );
        }
        const accounts = (await read()).filter((stored) => stored.target !== account.target);
        accounts.push({
          target: account.target,
          url: account.url.trim(),
          user: account.user.trim(),
          secret: Buffer.from(encrypted).toString('base64'),
          savedAt: now().toISOString(),
        });
        await write(accounts);
      }),
    forget: (target) =>
      queued(file, async () => {
        const accounts = await read();
        const kept = accounts.filter((stored) => stored.target !== target);
        if (kept.length !== accounts.length) await write(kept);
      }),
    secretFor: (target) =>
      queued(file, async () => {
        const info = PUBLISH_TARGET_INFO[target];
        const account = (await read()).find((stored) => stored.target === target);
        if (account === undefined) {
          throw new HostError(
            `No ${info.label} account is set up: enter the site address and the ${info.secretName} in the Publish dialog.`,
            'ENOACCOUNT',
          );
        }
        let secret: string;
        try {
          secret = await cipher.decrypt(Buffer.from(account.secret, 'base64'));
        } catch {
          throw new HostError(
            `The ${info.label} ${info.secretName} could not be decrypted (the keyring changed or is locked): unlock your keyring, or enter the ${info.secretName} again.`,
            'EDECRYPT',
          );
        }
        return { target, url: account.url, user: account.user, secret };
      }),
  };
}
