import { expect, test } from '@playwright/test';
import { MOD, openApp } from './support/app';

test('Markdown shortcuts make headings, lists and quotes', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('# A title\n');
  await page.keyboard.type('- first item\nsecond item\n\n');
  await page.keyboard.type('> a quote');
  await expect(editor.locator('h1')).toHaveText('A title');
  await expect(editor.locator('ul > li')).toHaveText(['first item', 'second item']);
  await expect(editor.locator('blockquote')).toHaveText('a quote');
});

test('bold, italic, block types and links from the keyboard', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.press(`${MOD}+KeyB`);
  await page.keyboard.type('strong');
  await page.keyboard.press(`${MOD}+KeyB`);
  await page.keyboard.press(`${MOD}+KeyI`);
  await page.keyboard.type(' soft');
  await page.keyboard.press(`${MOD}+KeyI`);
  await expect(editor.locator('.pv-bold')).toHaveText('strong');
  await expect(editor.locator('.pv-italic')).toHaveText(' soft');
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press(`${MOD}+Alt+Digit2`);
  await expect(editor.locator('h2')).toHaveText('strong soft');
  await expect(page.getByRole('combobox', { name: 'Block type' })).toHaveValue('h2');
  await page.keyboard.press(`${MOD}+Alt+Digit0`);
  await expect(editor.locator('h2')).toHaveCount(0);

  // Select the last word and link it.
  await editor.locator('.pv-italic').dblclick();
  await page.keyboard.press(`${MOD}+KeyK`);
  const address = page.getByRole('textbox', { name: 'Link address' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Enter a web address (https://…) or an e-mail address.');
  await address.fill('example.org/soft');
  await page.keyboard.press('Enter');
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://example.org/soft');
  await expect(editor.locator('a')).toHaveText('soft');
  await expect(editor).toBeFocused();
});
