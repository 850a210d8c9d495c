import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dropFile, MOD, openApp } from './support/app';

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

test('New asks first when there are unsaved changes: Cancel keeps the text, Save saves it first', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Draft worth keeping.');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const question = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('Do you want to save this document?');
  await expect(question.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(editor).toHaveText('Draft worth keeping.');
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeVisible();

  // Escape cancels too.
  await editor.click();
  await page.keyboard.press(`${MOD}+KeyN`);
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(editor).toHaveText('Draft worth keeping.');

  // Save: asks where, saves, then starts the new document.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  page.once('dialog', (dialog) => void dialog.accept('draft-kept.md'));
  await question.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toHaveText('');
  await expect(page).toHaveTitle('Untitled — Porte-voix');
  expect(readFileSync(join(documents, 'draft-kept.md'), 'utf8')).toBe('Draft worth keeping.\n');

  // Nothing unsaved: New asks nothing. Don't save drops the changes.
  await editor.click();
  await page.keyboard.type('Throwaway.');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await question.getByRole('button', { name: 'Don’t save' }).click();
  await expect(editor).toHaveText('');
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toHaveCount(0);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(question).toHaveCount(0);
});

test('a .txt file opens as plain text and saves as plain text', async ({ page }) => {
  mkdirSync(documents, { recursive: true });
  writeFileSync(join(documents, 'plain.txt'), '# not a heading\n- not a list\n\nSecond *paragraph*.\n');
  const { editor } = await openApp(page);
  page.once('dialog', (dialog) => void dialog.accept('plain.txt'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('plain.txt — Porte-voix');
  await expect(editor.locator('p')).toHaveCount(2);
  await expect(editor.locator('p').first()).toHaveText('# not a heading- not a list');
  await expect(editor.locator('h1, ul, em, .pv-italic')).toHaveCount(0);
  await expect(editor.locator('p').nth(1)).toHaveText('Second *paragraph*.');

  await editor.locator('p').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More.');
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toHaveCount(0);
  expect(readFileSync(join(documents, 'plain.txt'), 'utf8')).toBe(
    '# not a heading\n- not a list\n\nSecond *paragraph*. More.\n',
  );

  // Open with unsaved changes asks once the file is chosen; Cancel keeps the text.
  await page.keyboard.type(' Unsaved.');
  page.once('dialog', (dialog) => void dialog.accept('plain.txt'));
  await page.keyboard.press(`${MOD}+KeyO`);
  const question = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(question).toContainText('Do you want to save the changes to “plain.txt”?');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.locator('p').nth(1)).toHaveText('Second *paragraph*. More. Unsaved.');
});

test('an HTML file is imported: headings, lists and links stay, scripts go; it saves as Markdown', async ({ page }) => {
  mkdirSync(documents, { recursive: true });
  writeFileSync(
    join(documents, 'page.html'),
    '<!doctype html><html><head><title>Page</title><script>window.__pwned = 1</script></head><body>' +
      '<h1>Release notes</h1><p>Read <a href="https://example.org/notes" onclick="window.__pwned = 2">the notes</a>' +
      ' and <a href="javascript:window.__pwned = 3">this</a>.</p>' +
      '<ul><li>Faster</li><li>Smaller</li></ul><script>window.__pwned = 4; document.write("injected")</script>' +
      '<img src="x" onerror="window.__pwned = 5"><h2>Thanks</h2></body></html>',
  );
  const { editor } = await openApp(page);
  page.once('dialog', (dialog) => void dialog.accept('page.html'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(editor.locator('h1')).toHaveText('Release notes');
  await expect(editor.locator('h2')).toHaveText('Thanks');
  await expect(editor.locator('li')).toHaveText(['Faster', 'Smaller']);
  await expect(editor.locator('a')).toHaveCount(1);
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://example.org/notes');
  await expect(editor).not.toContainText('__pwned');
  await expect(editor).not.toContainText('injected');
  expect(await editor.locator('script, img, [onclick], [onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // Imported: an untitled Markdown document, saved where the user says, under a .md name.
  await expect(page).toHaveTitle('page.md — Porte-voix');
  let suggested = '';
  page.once('dialog', (dialog) => {
    suggested = dialog.defaultValue();
    void dialog.accept('page-imported.md');
  });
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page).toHaveTitle('page-imported.md — Porte-voix');
  expect(suggested).toBe('page.md');
  const saved = readFileSync(join(documents, 'page-imported.md'), 'utf8');
  expect(saved).toContain('# Release notes\n');
  expect(saved).toContain('[the notes](https://example.org/notes)');
  expect(saved).toMatch(/^- Faster$/m);
  expect(saved).toContain('## Thanks');
  expect(saved).not.toContain('pwned');
});

test('a Markdown file dropped on the window opens; with unsaved changes it asks first', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Unsaved words.');
  await dropFile(page, { name: 'dropped.md', content: '# Dropped\n\nHello **world**.\n' }, { checkOverlay: true });
  const question = page.getByRole('dialog', { name: 'Unsaved changes' });
  await question.getByRole('button', { name: 'Don’t save' }).click();
  await expect(editor.locator('h1')).toHaveText('Dropped');
  await expect(editor.locator('.pv-bold')).toHaveText('world');
  await expect(page).toHaveTitle('dropped.md — Porte-voix');

  // No path: Save asks where, suggesting the file's name.
  await editor.locator('h1').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' notes');
  let suggested = '';
  page.once('dialog', (dialog) => {
    suggested = dialog.defaultValue();
    void dialog.accept('dropped-saved.md');
  });
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page).toHaveTitle('dropped-saved.md — Porte-voix');
  expect(suggested).toBe('dropped.md');
  expect(readFileSync(join(documents, 'dropped-saved.md'), 'utf8')).toBe('# Dropped notes\n\nHello **world**.\n');

  // A binary file is refused with the host's message, and the text stays.
  await dropFile(page, { name: 'photo.png', content: [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13] });
  await expect(page.getByRole('alert')).toContainText(
    'Cannot open “photo.png”: it is a binary file, not text. Open a Markdown, text or HTML file.',
  );
  await expect(editor.locator('h1')).toHaveText('Dropped notes');
});

test('leaving the page with unsaved changes asks first (beforeunload)', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Not saved yet.');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(editor).toHaveText('Not saved yet.');

  // Saved: nothing to ask, the page closes.
  page.once('dialog', (prompt) => void prompt.accept('before-unload.md'));
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toHaveCount(0);
  const types: string[] = [];
  page.on('dialog', (other) => {
    types.push(other.type());
    void other.dismiss();
  });
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(types).toEqual([]);
});
