/**
 * Helpers for the publishing specs: the web host's API, documents written and opened, the Publish dialog, and a
 * search of the data folder for secrets.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostMethod, PublishAccount } from '../../../src/core/host';
import { MOD } from './app';

/** The data folder the tests share (the web host's PORTE_VOIX_DATA). */
export const DATA_DIR = process.env['PORTE_VOIX_E2E_DATA'] ?? '';

/** Where the web host reads and writes documents. */
export const DOCUMENTS_DIR = join(DATA_DIR, 'documents');

/** Calls a host method through the web host's API, as the page does; resolves with its value, rejects with its error. */
export async function hostCall<T>(page: Page, method: HostMethod, args: unknown[] = []): Promise<T> {
  const response = await page.request.post(`/__porte-voix/api/${method}`, {
    data: { args },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.ok(), `${method} answered ${response.status()}`).toBe(true);
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The publishing accounts the host keeps. */
export function publishAccounts(page: Page): Promise<PublishAccount[]> {
  return hostCall<PublishAccount[]>(page, 'listPublishAccounts');
}

/** Forgets every publishing account (the tests share one data folder). */
export async function forgetAllAccounts(page: Page): Promise<void> {
  for (const target of ['wordpress', 'ghost', 'devto']) await hostCall(page, 'forgetPublishAccount', [target]);
}

/** Writes a document in the web host's documents folder and opens it in the app (Open…, then its name). */
export async function openDocument(page: Page, name: string, content: string): Promise<void> {
  mkdirSync(DOCUMENTS_DIR, { recursive: true });
  writeFileSync(join(DOCUMENTS_DIR, name), content);
  page.once('dialog', (dialog) => void dialog.accept(name));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle(`${name} — Porte-voix`);
}

/** A document of the web host's documents folder, as it is on disk. */
export function readDocument(name: string): string {
  return readFileSync(join(DOCUMENTS_DIR, name), 'utf8');
}

/** Opens the Publish dialog with its shortcut and waits until it has read the accounts. */
export async function openPublishDialog(page: Page): Promise<Locator> {
  await page.keyboard.press(`${MOD}+Shift+KeyP`);
  const dialog = page.getByRole('dialog', { name: 'Publish' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Reading your publishing accounts…')).toBeHidden();
  return dialog;
}

/** Sets up an account in the Publish dialog's form and waits until it is saved. */
export async function setUpAccount(
  dialog: Locator,
  account: { url: string; user?: string; secret: string; secretLabel: string },
): Promise<void> {
  await dialog.getByLabel('Site address').fill(account.url);
  if (account.user !== undefined) await dialog.getByLabel('User name').fill(account.user);
  await dialog.getByLabel(account.secretLabel, { exact: true }).fill(account.secret);
  await dialog.getByRole('button', { name: 'Save account' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'account saved' })).toBeVisible();
}

/** Every file under `folder` (recursively) whose bytes hold one of `needles`, with the needle found. */
export function filesHolding(folder: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
      return;
    }
    if (!stat.isFile()) return;
    const bytes = readFileSync(path);
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'))) {
        found.push(`${path}: ${needle}`);
      }
    }
  };
  visit(folder);
  return found;
}

/**
 * A secret, and the forms it could be written in by mistake: as is, in base64 (standard and URL-safe), in hex, and
 * as the Basic authorization WordPress takes (`user:secret` in base64).
 */
export function secretForms(secret: string, user?: string): string[] {
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  const forms = [
    secret,
    base64,
    base64.replace(/=+$/u, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
    Buffer.from(secret, 'utf8').toString('hex'),
  ];
  if (user !== undefined) forms.push(Buffer.from(`${user}:${secret}`, 'utf8').toString('base64'));
  return forms;
}

/** The host answers that one WordPress account is set up (on https://blog.example.org, as `user`): no real account. */
export async function standInWordPressAccount(page: Page, user = 'writer'): Promise<void> {
  await page.route('**/__porte-voix/api/listPublishAccounts', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: [{ target: 'wordpress', url: 'https://blog.example.org', user }] }),
    }),
  );
}
