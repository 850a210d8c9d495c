import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MOD, openApp } from './support/app';

const dataDir = process.env['PORTE_VOIX_E2E_DATA'] ?? '';
const documents = join(dataDir, 'documents');
const libraryFile = join(dataDir, 'library.json');
const CREATED = ['drafts-ete.md', 'drafts-beta.md', 'drafts-watched.md'];

interface StoredEntry {
  path: string;
  name: string;
  title: string;
  caret?: { block: number; offset: number };
}

/** The library as the web host keeps it now. */
function storedEntries(): StoredEntry[] {
  if (!existsSync(libraryFile)) return [];
  try {
    return (JSON.parse(readFileSync(libraryFile, 'utf8')) as { entries: StoredEntry[] }).entries;
  } catch {
    return []; // Being replaced meanwhile.
  }
}

const entryOf = (name: string): StoredEntry | undefined => storedEntries().find((e) => e.name === name);

/** Tests share one data folder: no library, and none of this file's documents, before and after each test. */
function cleanUp(): void {
  if (!dataDir) return;
  rmSync(libraryFile, { force: true });
  for (const name of CREATED) rmSync(join(documents, name), { force: true });
}

test.beforeEach(cleanUp);
test.afterEach(cleanUp);

/** Saves the document under `name` (the web host asks for the file name). */
async function saveAs(page: Page, name: string): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept(name));
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page).toHaveTitle(`${name} — Porte-voix`);
}

/** What the window does when the user comes back to it. */
async function focusWindow(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
}

test('the Drafts dialog finds a saved document and opens it where the caret was', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('# Été launch\nThe first paragraph talks about the launch.\nThe second paragraph is short.');
  // The caret after "The first", in the second block.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  for (let i = 0; i < 'The first'.length; i++) await page.keyboard.press('ArrowRight');
  await saveAs(page, 'drafts-ete.md');
  await expect
    .poll(() => entryOf('drafts-ete.md'))
    .toMatchObject({ title: 'Été launch', caret: { block: 1, offset: 9 } });

  // A second document, in a fresh window.
  await page.reload();
  await expect(page).toHaveTitle('Untitled — Porte-voix');
  await editor.click();
  await page.keyboard.type('# Beta notes\nAnother text for LinkedIn.');
  await saveAs(page, 'drafts-beta.md');
  await expect.poll(() => entryOf('drafts-beta.md')?.title).toBe('Beta notes');

  await page.keyboard.press(`${MOD}+Shift+KeyO`);
  const dialog = page.getByRole('dialog', { name: 'Drafts' });
  await expect(dialog).toBeVisible();
  const rows = dialog.locator('tbody tr:not(.pv-library-group)');
  await expect(rows).toHaveCount(2);
  await expect(dialog.getByRole('rowheader', { name: 'Recent' })).toBeVisible();
  // The most recent first, with its channel, language and score.
  await expect(rows.first()).toContainText('Beta notes');
  await expect(rows.first()).toContainText('LinkedIn post');
  await expect(rows.first()).toContainText('English');
  await expect(rows.first()).toContainText(/Reading ease [\d.]+ · \d+ errors?, \d+ warnings?/);

  // Search ignores case and accents.
  const search = dialog.getByRole('searchbox', { name: 'Search the drafts' });
  await search.fill('ETE');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Été launch');
  await search.fill('nothing like this');
  await expect(rows).toHaveCount(0);
  await expect(dialog).toContainText('No draft matches “nothing like this”.');
  await search.fill('ete');
  await search.press('Enter');

  await expect(dialog).toHaveCount(0);
  await expect(editor.locator('h1')).toHaveText('Été launch');
  await expect(page).toHaveTitle('drafts-ete.md — Porte-voix');
  // Typing goes where the caret was when the document was saved.
  await page.keyboard.type('X');
  await expect(editor.locator('p').first()).toHaveText('The firstX paragraph talks about the launch.');
});

test('Forget removes a document from the drafts, not its file', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('# Beta notes\nTo be forgotten.');
  await saveAs(page, 'drafts-beta.md');
  await expect.poll(() => entryOf('drafts-beta.md')?.title).toBe('Beta notes');

  await page.getByRole('button', { name: 'Drafts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Drafts' });
  await dialog.getByRole('button', { name: 'Forget Beta notes' }).click();
  await expect(dialog).toContainText('No drafts yet');
  expect(storedEntries()).toEqual([]);
  expect(existsSync(join(documents, 'drafts-beta.md'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a file changed on disk shows a banner when the window gets focus; Reload brings the new text', async ({
  page,
}) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Written here first.');
  await saveAs(page, 'drafts-watched.md');
  const banner = page.getByRole('alert').filter({ hasText: 'on disk' });
  await focusWindow(page);
  await expect(banner).toHaveCount(0);

  writeFileSync(join(documents, 'drafts-watched.md'), 'Written elsewhere since.\n');
  await focusWindow(page);
  await expect(banner).toContainText('“drafts-watched.md” changed on disk.');
  await banner.getByRole('button', { name: 'Reload it' }).click();
  await expect(editor).toHaveText('Written elsewhere since.');
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toHaveCount(0);
  await focusWindow(page);
  await expect(banner).toHaveCount(0);
});

test('a focus during a slow check is not lost: the file is checked again once that check answers', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Written here first.');
  await saveAs(page, 'drafts-watched.md');
  const banner = page.getByRole('alert').filter({ hasText: 'on disk' });

  // The first check reads the file before it changes, and its answer is held back until after the second focus.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let checks = 0;
  let firstAnswered = false;
  await page.route('**/__porte-voix/api/checkTextDocument', async (route) => {
    checks += 1;
    if (checks === 1) {
      const response = await route.fetch();
      firstAnswered = true;
      await held;
      await route.fulfill({ response });
    } else {
      await route.continue();
    }
  });
  await focusWindow(page);
  await expect.poll(() => firstAnswered).toBe(true);
  writeFileSync(join(documents, 'drafts-watched.md'), 'Written elsewhere since.\n');
  await focusWindow(page);
  release();
  await expect(banner).toContainText('“drafts-watched.md” changed on disk.');
  expect(checks).toBe(2);
});

test('Keep mine keeps the editor’s text for the next save; a deleted file asks to be saved again', async ({ page }) => {
  const file = join(documents, 'drafts-watched.md');
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Mine to keep.');
  await saveAs(page, 'drafts-watched.md');

  writeFileSync(file, 'Theirs.\n');
  await focusWindow(page);
  const changed = page.getByRole('alert').filter({ hasText: 'changed on disk' });
  await changed.getByRole('button', { name: 'Keep mine' }).click();
  await expect(changed).toHaveCount(0);
  await expect(editor).toHaveText('Mine to keep.');
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
  // Answered: not asked again for the same change.
  await focusWindow(page);
  await expect(changed).toHaveCount(0);
  await editor.click();
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toHaveCount(0);
  expect(readFileSync(file, 'utf8')).toBe('Mine to keep.\n');

  rmSync(file);
  await focusWindow(page);
  const missing = page.getByRole('alert').filter({ hasText: 'was moved or deleted' });
  await expect(missing).toHaveText(/“drafts-watched.md” was moved or deleted\. Save it again to keep it\./);
  await missing.getByRole('button', { name: 'Save' }).click();
  await expect(missing).toHaveCount(0);
  await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8')).toBe('Mine to keep.\n');
});
