import { expect, test } from '@playwright/test';
import { MOD, markedTexts, openApp } from './support/app';

test('a finding is marked in the text and listed in Issues; its fix is applied from the keyboard and undone', async ({
  page,
}) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We ate a apple at noon.');

  // The mark: an error underline over “a”, and the same finding in the Issues region.
  await expect.poll(() => markedTexts(page, 'pv-mark-error')).toContain('a');
  const issues = page.getByRole('region', { name: 'Issues' });
  await expect(issues.getByRole('listitem').filter({ hasText: 'Use “an” before “apple”, not “a”.' })).toHaveCount(1);

  // The caret enters the finding: its card opens; Alt+Enter moves into it; the fix is a button named “an”.
  await page.keyboard.press('Home');
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
  const card = page.getByRole('dialog', { name: 'Issue' });
  await expect(card).toContainText('Use “an” before “apple”, not “a”.');
  await expect(card).toContainText('PorteVoix.IndefiniteArticle');
  await page.keyboard.press('Alt+Enter');
  const fix = card.getByRole('button', { name: 'an', exact: true });
  await expect(fix).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveText('We ate an apple at noon.');
  await expect(card).toBeHidden();
  await expect(issues.getByRole('listitem').filter({ hasText: 'before “apple”' })).toHaveCount(0);

  // Undo restores the text, and the finding comes back.
  await page.keyboard.press(`${MOD}+z`);
  await expect(editor).toHaveText('We ate a apple at noon.');
  await expect(issues.getByRole('listitem').filter({ hasText: 'Use “an” before “apple”, not “a”.' })).toHaveCount(1);
});

test('marks follow typing before the next check, and hard sentences get the Hemingway highlight (a toggle)', async ({
  page,
}) => {
  const { editor } = await openApp(page);
  await editor.click();
  const hard =
    'The implementation of the aforementioned organisational restructuring initiatives necessitated comprehensive consultation with numerous stakeholders across multiple geographically dispersed operational divisions.';
  await page.keyboard.insertText(`A apple. ${hard}`);
  await expect.poll(() => markedTexts(page, 'pv-mark-very-hard')).toContain(hard);
  await expect.poll(() => markedTexts(page, 'pv-mark-error')).toContain('A');

  const toggle = page.getByRole('button', { name: 'Hard sentences' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => markedTexts(page, 'pv-mark-very-hard')).toEqual([]);
  // Without the highlight, the sentence is underlined like any other finding.
  await expect.poll(() => markedTexts(page, 'pv-mark-warning')).toContain(hard);
});
