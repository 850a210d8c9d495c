import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUPS_DIR, clearBackups, MOD, openApp } from './support/app';

const documents = join(process.env['PORTE_VOIX_E2E_DATA'] ?? '', 'documents');

interface StoredBackup {
  id: string;
  name?: string;
  path?: string;
  content: string;
}

/** The backups the web host keeps now (a file deleted while it is read is left out). */
function storedBackups(): StoredBackup[] {
  if (!existsSync(BACKUPS_DIR)) return [];
  const out: StoredBackup[] = [];
  for (const file of readdirSync(BACKUPS_DIR).filter((f) => f.endsWith('.json'))) {
    try {
      out.push(JSON.parse(readFileSync(join(BACKUPS_DIR, file), 'utf8')) as StoredBackup);
    } catch {
      // Discarded meanwhile.
    }
  }
  return out;
}

/** Closes the page as a crash would (no beforeunload, nothing saved) and starts the app again in a new one. */
async function crashAndRestart(page: Page, context: BrowserContext): Promise<Page> {
  await page.close({ runBeforeUnload: false });
  const next = await context.newPage();
  await next.goto('/');
  await expect(next.getByRole('textbox', { name: 'Document' })).toBeVisible();
  return next;
}

function restoreBanner(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'Porte-voix closed before you saved' });
}

// The pages first (those started again after a crash too), so that none writes a backup any more, then what they left.
test.afterEach(async ({ context }) => {
  for (const open of context.pages()) await open.close({ runBeforeUnload: false });
  clearBackups();
});

test('unsaved text comes back after a crash; saving it removes its backup', async ({ page, context }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Hot exit keeps this sentence.');
  await expect.poll(() => storedBackups().map((b) => b.content)).toEqual(['Hot exit keeps this sentence.\n']);
  const crashed = storedBackups()[0]?.id;

  const next = await crashAndRestart(page, context);
  const banner = restoreBanner(next);
  await expect(banner).toHaveText(/Porte-voix closed before you saved 1 document\./);
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toHaveCount(0);
  const restored = next.getByRole('textbox', { name: 'Document' });
  await expect(restored).toHaveText('Hot exit keeps this sentence.');
  await expect(next.getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
  await expect(next).toHaveTitle('● Untitled — Porte-voix');
  // The old backup is handed over to the new window, not lost.
  await expect
    .poll(() => storedBackups().map((b) => [b.id === crashed, b.content]))
    .toEqual([[false, 'Hot exit keeps this sentence.\n']]);

  await restored.click();
  await next.keyboard.press(`${MOD}+End`);
  await next.keyboard.type(' And this one.');
  next.once('dialog', (dialog) => void dialog.accept('hot-exit.md'));
  await next.keyboard.press(`${MOD}+KeyS`);
  await expect(next.getByRole('img', { name: 'Unsaved changes' })).toHaveCount(0);
  expect(readFileSync(join(documents, 'hot-exit.md'), 'utf8')).toBe('Hot exit keeps this sentence. And this one.\n');
  await expect.poll(() => storedBackups()).toEqual([]);
  // And stays removed: no late backup of the saved text.
  await next.waitForTimeout(1200);
  expect(storedBackups()).toEqual([]);
});

test('everything typed more than a second before the crash is restored', async ({ page, context }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Typed first, then a pause.');
  await page.waitForTimeout(1200);
  await page.keyboard.type(' Typed just before the crash.');

  const next = await crashAndRestart(page, context);
  await restoreBanner(next).getByRole('button', { name: 'Restore' }).click();
  const restored = next.getByRole('textbox', { name: 'Document' });
  await expect(restored).toContainText('Typed first, then a pause.');
  await expect(next.getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
});

test('a restored file keeps its name, its path and its front matter', async ({ page, context }) => {
  mkdirSync(documents, { recursive: true });
  writeFileSync(join(documents, 'hot-exit-meta.md'), '---\ntitle: Kept\n---\n\nThe body.\n');
  const { editor } = await openApp(page);
  page.once('dialog', (dialog) => void dialog.accept('hot-exit-meta.md'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(editor).toHaveText('The body.');
  await editor.click();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type(' More.');
  await expect
    .poll(() => storedBackups().map((b) => [b.name, b.content]))
    .toEqual([['hot-exit-meta.md', '---\ntitle: Kept\n---\n\nThe body. More.\n']]);

  const next = await crashAndRestart(page, context);
  await restoreBanner(next).getByRole('button', { name: 'Restore' }).click();
  await expect(next).toHaveTitle('● hot-exit-meta.md — Porte-voix');
  await expect(next.getByRole('textbox', { name: 'Document' })).toHaveText('The body. More.');
  // The path came back too: Save writes the file without asking where.
  await next.keyboard.press(`${MOD}+KeyS`);
  await expect(next).toHaveTitle('hot-exit-meta.md — Porte-voix');
  expect(readFileSync(join(documents, 'hot-exit-meta.md'), 'utf8')).toBe('---\ntitle: Kept\n---\n\nThe body. More.\n');
  await expect.poll(() => storedBackups()).toEqual([]);
});

test('Discard deletes the backups and leaves the editor empty; the banner passes axe', async ({ page, context }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Not worth keeping.');
  await expect.poll(() => storedBackups().length).toBe(1);

  const next = await crashAndRestart(page, context);
  const banner = restoreBanner(next);
  await expect(banner).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await next.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    const results = await new AxeBuilder({ page: next }).include('.pv-restore-banner').analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      theme,
    ).toEqual([]);
  }
  await banner.getByRole('button', { name: 'Discard' }).click();
  await expect(banner).toHaveCount(0);
  await expect(next.getByRole('textbox', { name: 'Document' })).toHaveText('');
  await expect.poll(() => storedBackups()).toEqual([]);
});

test('a browser killed with SIGKILL loses nothing typed more than a second before', async ({ page, baseURL }) => {
  // A browser of its own, so that killing it leaves the other tests' browser alone.
  const server = await chromium.launchServer({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const own = await chromium.connect(server.wsEndpoint());
  const victim = await own.newPage();
  await victim.goto(baseURL ?? '/');
  await victim.getByRole('textbox', { name: 'Document' }).click();
  await victim.keyboard.type('Typed well before the kill.');
  // More than one second of pause, then more typing, and the kill at once.
  await victim.waitForTimeout(1200);
  await victim.keyboard.type(' And this just before.');
  const pid = server.process().pid;
  expect(pid).toBeDefined();
  process.kill(pid ?? 0, 'SIGKILL');
  await own.close().catch(() => undefined);
  await server.close().catch(() => undefined);

  await page.goto('/');
  const banner = restoreBanner(page);
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('textbox', { name: 'Document' })).toContainText('Typed well before the kill.');
});
