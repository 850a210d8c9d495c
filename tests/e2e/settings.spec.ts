import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test('the theme setting applies at once and is kept by the host', async ({ page }) => {
  await openApp(page);
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(background).toBe('rgb(21, 20, 19)');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});
