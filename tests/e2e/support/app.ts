import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the app and waits until the editor and its first figures are there. */
export async function openApp(page: Page): Promise<{ editor: Locator; figure: (label: string) => Locator }> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const editor = page.getByRole('textbox', { name: 'Document' });
  await expect(editor).toBeVisible();
  const figure = (label: string): Locator => page.getByRole('group', { name: label }).locator('.pv-figure-value');
  await expect(figure('Words')).toHaveText('0');
  expect(errors).toEqual([]);
  return { editor, figure };
}

/** The platform's modifier key for shortcuts. */
export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
