import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp } from './support/app';

const paragraph = readFileSync(new URL('../../../shared/corpus/en-paragraph-90w.txt', import.meta.url), 'utf8').trim();

test('the scorecard gives the scores in words against the channel target, the counts and a sentence chart', async ({
  page,
}) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.insertText(paragraph);
  await page.getByRole('tab', { name: 'Score' }).click();
  const card = page.getByRole('region', { name: 'Scorecard' });
  await expect(card).toContainText('Flesch reading ease');
  // 92 words, 4 sentences: 206.835 − 1.015 × 92/4 − 84.6 × syllables/words = 34.5.
  await expect(card).toContainText('34.5');
  await expect(card).toContainText(/difficult/i);
  await expect(card).toContainText('Target for LinkedIn: 60 or more');
  await expect(card).toContainText('Target not met');
  await expect(card.getByRole('img', { name: '4 sentences; 1 longer than 25 words; longest 27 words' })).toBeVisible();
  await expect(card).toContainText('Words92');
});
