import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countForChannel } from '../../src/core/channels/count';
import { MOD, openApp } from './support/app';

const documents = join(process.env['PORTE_VOIX_E2E_DATA'] ?? '', 'documents');

/** What the page reads back from the clipboard: each type of its first item. */
async function readClipboard(page: import('@playwright/test').Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const out: Record<string, string> = {};
    if (!item) return out;
    for (const type of item.types) out[type] = await (await item.getType(type)).text();
    return out;
  });
}

test('the Export menu copies for X (HTML and counted plain text), as Markdown, and exports HTML', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  const { editor, figure } = await openApp(page);
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('x');
  await editor.click();
  await page.keyboard.type('# Launch day\n');
  await page.keyboard.type('We ship today.\n');
  await page.keyboard.type('- Fast\nOffline\n\n');
  await page.keyboard.type('Read the guide');
  await expect(figure('Words')).toHaveText('10');
  // Once the editor has settled (checked), select "guide" (as a double click would; pressed arrows can race the editor's updates).
  await page.evaluate(() => {
    const root = document.querySelector('[contenteditable="true"]');
    const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('guide') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'guide'.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
  });
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('guide');
  await page.keyboard.press(`${MOD}+KeyK`);
  await page.getByRole('textbox', { name: 'Link address' }).fill('https://example.org/guide');
  await page.keyboard.press('Enter');
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://example.org/guide');
  await expect(editor.locator('a')).toHaveText('guide');
  await expect(editor.locator('ul > li')).toHaveText(['Fast', 'Offline']);

  const exportButton = page.getByRole('button', { name: 'Export' });
  await expect(exportButton).toHaveAttribute('aria-haspopup', 'menu');

  // Keyboard: ArrowDown opens on the first item, Escape closes and gives the focus back.
  await exportButton.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem', { name: 'Copy for X' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Export plain text…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Copy for X' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(exportButton).toBeFocused();

  // Copy for X, with Enter.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied for X' })).toBeVisible();
  const plain = 'Launch day\n\nWe ship today.\n\n• Fast\n• Offline\n\nRead the guide (https://example.org/guide)';
  const html = [
    '<h1>Launch day</h1>',
    '<p>We ship today.</p>',
    '<ul>',
    '<li>Fast</li>',
    '<li>Offline</li>',
    '</ul>',
    '<p>Read the <a href="https://example.org/guide">guide</a></p>',
    '',
  ].join('\n');
  const copied = await readClipboard(page);
  expect(copied['text/plain']).toBe(plain);
  // Chromium puts a charset declaration before the HTML it hands back.
  expect(copied['text/html']?.replace(/^<meta charset=['"]utf-8['"]>/i, '')).toBe(html);
  // The plain text is the very string the counter counted (X weighs "•" 2, and the URL 23).
  const counted = countForChannel(plain, 'x');
  expect(counted.used).toBe(88);
  await expect(page.getByRole('contentinfo').getByRole('status', { name: /characters on X/ })).toHaveAccessibleName(
    `${counted.used} of 280 characters on X.`,
  );

  await exportButton.click();
  await menu.getByRole('menuitem', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied as Markdown' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    '# Launch day\n\nWe ship today.\n\n- Fast\n- Offline\n\nRead the [guide](https://example.org/guide)\n',
  );

  await exportButton.click();
  page.once('dialog', (dialog) => void dialog.accept('post.html'));
  await menu.getByRole('menuitem', { name: 'Export HTML…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported post.html' })).toBeVisible();
  const file = readFileSync(join(documents, 'post.html'), 'utf8');
  expect(file).not.toContain('<script');
  expect(file).toMatch(/^<!doctype html>\n<html lang="en">/);
  expect(file).toContain('<title>Launch day</title>');
  expect(file).toContain('<h1>Launch day</h1>');
  expect(file).toContain(html);
});
