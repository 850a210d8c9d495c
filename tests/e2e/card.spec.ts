import { expect, test } from '@playwright/test';
import { markCentre, markedTexts, openApp, storedSettings } from './support/app';

test('hovering a finding opens its card: message, rule, guideline link and fixes', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We ate a apple at noon.');
  await expect.poll(() => markedTexts(page, 'pv-mark-error')).toContain('a');
  const { x, y } = await markCentre(page, 'pv-mark-error', 'a');
  await page.mouse.move(x, y);
  const card = page.getByRole('dialog', { name: 'Issue' });
  await expect(card).toContainText('Use “an” before “apple”, not “a”.');
  await expect(card).toContainText('PorteVoix.IndefiniteArticle');
  await expect(card.getByRole('link', { name: 'Read the guideline' })).toHaveAttribute('href', /^https:\/\//);
  await card.getByRole('button', { name: 'an', exact: true }).click();
  await expect(editor).toHaveText('We ate an apple at noon.');
});

test('Ignore here hides one finding; Turn this rule off hides the rule everywhere and is kept', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('It was very good. It was very long.');
  const issues = page.getByRole('region', { name: 'Issues' });
  const weasels = issues.getByRole('listitem').filter({ hasText: 'PorteVoix.WeaselWords' });
  await expect(weasels).toHaveCount(2);

  await weasels.first().click();
  const card = page.getByRole('dialog', { name: 'Issue' });
  await card.getByRole('button', { name: 'Ignore here' }).click();
  // "Here" is this rule on this text in this paragraph: both “very” of the paragraph go.
  await expect(weasels).toHaveCount(0);
  await expect(issues.getByRole('listitem').filter({ hasText: 'PorteVoix.SimplerWords' })).toHaveCount(2);

  await issues.getByRole('listitem').filter({ hasText: 'PorteVoix.SimplerWords' }).first().click();
  await card.getByRole('button', { name: 'Turn this rule off' }).click();
  await expect(issues.getByRole('listitem').filter({ hasText: 'PorteVoix.SimplerWords' })).toHaveCount(0);
  expect((await storedSettings(page)).disabledRules).toEqual(['PorteVoix.SimplerWords']);
});

test('Add to vocabulary accepts a word for spelling, and keeps it', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Our Zorblax platform ships today.');
  const issues = page.getByRole('region', { name: 'Issues' });
  const spelling = issues.getByRole('listitem').filter({ hasText: '“Zorblax” is not in the English dictionary' });
  await expect(spelling).toHaveCount(1);
  await spelling.click();
  const card = page.getByRole('dialog', { name: 'Issue' });
  await expect(card.getByText(/Looking for suggestions|No suggestion|^Z/).first()).toBeVisible();
  await card.getByRole('button', { name: 'Add to vocabulary' }).click();
  await expect(spelling).toHaveCount(0);
  expect((await storedSettings(page)).vocabulary).toEqual(['Zorblax']);
});

test('spelling suggestions come as fix buttons, and Escape goes back to the text', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We recieve feedback.');
  const issues = page.getByRole('region', { name: 'Issues' });
  await issues.getByRole('listitem').filter({ hasText: '“recieve”' }).click();
  const card = page.getByRole('dialog', { name: 'Issue' });
  await expect(card.getByRole('button', { name: 'receive', exact: true })).toBeVisible();
  await page.keyboard.press('Alt+Enter');
  await expect(card.getByRole('button', { name: 'receive', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(editor).toBeFocused();
});
