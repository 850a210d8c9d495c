import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test('the interface switches to French, findings included, and the choice is kept', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We ate a apple at noon.');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('fr');

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Mise en forme' })).toBeVisible();
  const issues = page.getByRole('region', { name: 'Remarques' });
  await expect(issues).toBeVisible();
  // The built-in checks speak French too.
  await expect(issues.getByRole('listitem').filter({ hasText: 'PorteVoix.IndefiniteArticle' })).toContainText(
    '«\u00a0an\u00a0»',
  );
  await expect(page.getByRole('group', { name: 'Mots' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Langue de l’interface' })).toHaveValue('fr');
  await page.getByRole('combobox', { name: 'Langue de l’interface' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
});
