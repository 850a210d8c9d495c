import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp } from './support/app';

const paragraph = readFileSync(new URL('../../../shared/corpus/en-paragraph-90w.txt', import.meta.url), 'utf8').trim();

test('typing a paragraph updates the figures computed in the worker', async ({ page }) => {
  const { editor, figure } = await openApp(page);
  await editor.click();
  await page.keyboard.type('The cat sat on the mat.');
  await expect(figure('Words')).toHaveText('6');
  await expect(figure('Characters')).toHaveText('23');
  await expect(figure('Reading time')).toHaveText('1 min');
  // Short text: the document's language (English) applies.
  await expect(figure('Language')).toHaveText('English');
  // 6 words, 1 sentence, 6 syllables: 206.835 − 1.015 × 6 − 84.6 × 1 = 116.1.
  await expect(figure('Flesch reading ease')).toHaveText('116.1');
  // 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45, which is −1.4499… in binary floating point.
  await expect(figure('Flesch–Kincaid grade')).toHaveText('-1.4');

  await page.keyboard.press('Enter');
  await page.keyboard.insertText(paragraph);
  // The engine counts words as its checks do: “itertools::Itertools” is two words.
  await expect(figure('Words')).toHaveText('98');
  // 98 words, 5 sentences, 168 syllables: 206.835 − 1.015 × 98/5 − 84.6 × 168/98 = 41.9.
  await expect(figure('Flesch reading ease')).toHaveText('41.9');
  await expect(page.getByRole('group', { name: 'Flesch reading ease' })).toContainText('difficult');
});

test('French text is recognised and gets no English score', async ({ page }) => {
  const { editor, figure } = await openApp(page);
  await editor.click();
  await page.keyboard.insertText(
    'React 18 a pris des années, mais il était porteur de précieuses leçons pour l’équipe React. Sa sortie était l’aboutissement de nombreuses années de recherche.',
  );
  await expect(figure('Language')).toHaveText('French');
  await expect(figure('Words')).toHaveText('25');
  await expect(page.getByRole('group', { name: 'Flesch reading ease' })).toHaveCount(0);
  // 25 words, 2 sentences, 40 syllables, 6 words of more than six letters:
  // Kandel–Moles 207 − 1.015 × 12.5 − 73.6 × 40/25 = 76.6; LIX 12.5 + 100 × 6/25 = 36.5.
  await expect(figure('Kandel–Moles')).toHaveText('76.6');
  await expect(figure('LIX')).toHaveText('36.5');
});

test('spelling mistakes are counted once the dictionary has loaded in the worker', async ({ page }) => {
  const { editor, figure } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Thsi sentence has a mistkae in it, but the rest of it reads well.');
  await expect(page.getByRole('group', { name: 'Findings' })).toContainText('2 errors');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(
    'Sa sortie était l’aboutissement de nombreuses années de recherche, en explorant de nouvelles voies.',
  );
  // Long enough to be recognised as French: checked with the French dictionary, which knows every word.
  await expect(figure('Words')).toHaveText('28');
  await expect(page.getByRole('group', { name: 'Findings' })).toContainText('2 errors');
});
