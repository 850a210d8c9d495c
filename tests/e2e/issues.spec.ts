import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test('Issues groups findings by severity or category, with counts, and filters by style', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We ate a apple. It was very good. We recieve a lot of feedback.');
  const issues = page.getByRole('region', { name: 'Issues' });
  await expect(issues.getByRole('heading', { name: /^Errors/ })).toContainText('2');
  await expect(issues.getByRole('heading', { name: /^Suggestions/ })).toBeVisible();

  await issues.getByRole('button', { name: 'Category' }).click();
  await expect(issues.getByRole('heading', { name: /^Correctness/ })).toContainText('2');
  await expect(issues.getByRole('heading', { name: /^Clarity/ })).toBeVisible();

  await issues.getByRole('combobox', { name: 'Style' }).selectOption({ label: 'PorteVoix (5)' });
  await expect(issues.getByRole('listitem')).toHaveCount(5);
});

test('click or Enter jumps to the text; F8 and Shift+F8 go to the next and previous finding', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We ate a apple. We recieve feedback. It was very good.');
  const issues = page.getByRole('region', { name: 'Issues' });
  const card = page.getByRole('dialog', { name: 'Issue' });
  await expect(issues.getByRole('listitem').filter({ hasText: '“recieve”' })).toHaveCount(1);

  await issues.getByRole('listitem').filter({ hasText: '“recieve”' }).click();
  await expect(card).toContainText('“recieve”');
  await expect(editor).toBeFocused();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('recieve');

  await page.keyboard.press('F8');
  await expect(card).toContainText('very');
  await page.keyboard.press('Shift+F8');
  await expect(card).toContainText('“recieve”');
  await page.keyboard.press('Shift+F8');
  await expect(card).toContainText('Use “an” before “apple”');

  // From the panel with the keyboard: focus an item, Enter.
  await issues.getByRole('listitem').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(card).toBeVisible();
  await expect(editor).toBeFocused();
});
