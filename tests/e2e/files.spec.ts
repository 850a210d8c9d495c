import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MOD, openApp } from './support/app';

const documents = join(process.env['PORTE_VOIX_E2E_DATA'] ?? '', 'documents');

test('save with Ctrl+S, then open again: the Markdown round-trips', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('# Launch notes\nWe ship **today**.');
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept('launch-notes.md'));
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toHaveCount(0);
  await expect(page).toHaveTitle('launch-notes.md — Porte-voix');
  expect(readFileSync(join(documents, 'launch-notes.md'), 'utf8')).toBe('# Launch notes\n\nWe ship **today**.\n');

  await page.reload();
  const reopened = page.getByRole('textbox', { name: 'Document' });
  page.once('dialog', (dialog) => void dialog.accept('launch-notes.md'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(reopened.locator('h1')).toHaveText('Launch notes');
  await expect(reopened.locator('.pv-bold')).toHaveText('today');
  await expect(page).toHaveTitle('launch-notes.md — Porte-voix');
});

test('a file that cannot be opened gives a clear message and keeps the text', async ({ page }) => {
  mkdirSync(documents, { recursive: true });
  writeFileSync(join(documents, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Nothing here may be lost.');
  page.once('dialog', (dialog) => void dialog.accept('picture.png'));
  await page.keyboard.press(`${MOD}+KeyO`);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    'Cannot open “picture.png”: it is a binary file, not text. Open a Markdown, text or HTML file.',
  );
  await expect(editor).toHaveText('Nothing here may be lost.');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
