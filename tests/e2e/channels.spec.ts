import { expect, test } from '@playwright/test';
import { markedTexts, openApp } from './support/app';

test('on X a URL counts 23 characters, and text past 280 is highlighted', async ({ page }) => {
  const { editor } = await openApp(page);
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('x');
  const counter = page.getByRole('contentinfo').getByRole('status', { name: /characters on X/ });
  const url = 'https://example.com/reports/2026/cloud-costs-for-small-teams'; // 61 characters
  await editor.click();
  await page.keyboard.insertText(`Read our report: ${url}`);
  // "Read our report: " is 17 characters, the URL counts 23.
  await expect(counter).toHaveAccessibleName('40 of 280 characters on X.');
  await expect(counter).toContainText('40 / 280');

  await page.keyboard.insertText(' ' + 'Cloud bills grow quietly. '.repeat(10));
  await expect(counter).toContainText('over');
  const overflow = await markedTexts(page, 'pv-mark-overflow');
  expect(overflow.join('').length).toBeGreaterThan(0);
  expect(overflow.join('')).toBe(`Cloud bills grow quietly. `.repeat(10).slice(-overflow.join('').length));
});

test('on LinkedIn the "see more" folds are marked in the text, with a check of the opening', async ({ page }) => {
  const { editor } = await openApp(page);
  await expect(page.getByRole('combobox', { name: 'Channel' })).toHaveValue('linkedin');
  await editor.click();
  await page.keyboard.insertText(
    'We cut our cloud bill by half this year. Here is how a team of four did it, step by step, with the tools we already had. ' +
      'First, we listed every service we paid for and who used it. Then we turned off what nobody used. '.repeat(3),
  );
  await expect(page.locator('.pv-flag-label')).toHaveText(['see more (mobile)', 'see more (desktop)']);
  await page.getByRole('tab', { name: 'Post' }).click();
  const panel = page.getByRole('region', { name: 'Channel' });
  await expect(panel).toContainText('210');
  await expect(panel).toContainText('140');
  await expect(panel.getByRole('button', { name: /fold \(mobile\)/ })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('status', { name: /characters on LinkedIn/ })).toContainText(
    '/ 3,000',
  );
});

test('Mastodon counts a URL as 23 too; a blog article has no limit', async ({ page }) => {
  const { editor } = await openApp(page);
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('mastodon');
  await editor.click();
  await page.keyboard.insertText('Slides: https://example.com/a/very/long/path/to/the/slides/of/the/talk');
  await expect(page.getByRole('contentinfo').getByRole('status', { name: /characters on Mastodon/ })).toContainText(
    '31 / 500',
  );
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('blog');
  await expect(page.getByRole('contentinfo').getByRole('status', { name: /blog article/ })).toContainText('characters');
});
