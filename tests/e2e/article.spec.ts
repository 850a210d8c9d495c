import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MOD, openApp } from './support/app';

const documents = join(process.env['PORTE_VOIX_E2E_DATA'] ?? '', 'documents');

test('article mode: title and excerpt with their checks, the heading outline, saved in the front matter', async ({
  page,
}) => {
  const { editor } = await openApp(page);
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('blog');
  await editor.click();
  await page.keyboard.type('# Cloud costs\nWhy bills grow.\n## Why it happens\nIdle machines.\n#### A detail\nMore.');
  await page.getByRole('tab', { name: 'Article' }).click();
  const article = page.getByRole('region', { name: 'Article' });

  const title = article.getByLabel('Title');
  await title.fill('How a team of four halved its cloud bill');
  await title.press('Enter');
  const excerpt = article.getByLabel('Excerpt (meta description)');
  await excerpt.fill('Too short.');
  await excerpt.press('Enter');
  await expect(article).toContainText('10 characters · 50–160 recommended');

  // The outline, with the skipped level flagged next to its heading; a heading jumps to the text.
  await expect(article.getByRole('button', { name: /Why it happens/ })).toBeVisible();
  await expect(article).toContainText(/A detail/);
  await expect(article).toContainText(/level 3/);
  await article.getByRole('button', { name: /Why it happens/ }).click();
  await expect(editor).toBeFocused();

  page.once('dialog', (dialog) => void dialog.accept('cloud-costs.md'));
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page).toHaveTitle('cloud-costs.md — Porte-voix');
  const saved = readFileSync(join(documents, 'cloud-costs.md'), 'utf8');
  expect(saved).toBe(
    '---\ntitle: How a team of four halved its cloud bill\ndescription: Too short.\n---\n\n' +
      '# Cloud costs\n\nWhy bills grow.\n\n## Why it happens\n\nIdle machines.\n\n#### A detail\n\nMore.\n',
  );

  // Opened again, the front matter fills the fields and stays out of the text.
  await page.reload();
  page.once('dialog', (dialog) => void dialog.accept('cloud-costs.md'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('textbox', { name: 'Document' }).locator('h1')).toHaveText('Cloud costs');
  await expect(page.getByRole('textbox', { name: 'Document' })).not.toContainText('title:');
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('blog');
  await page.getByRole('tab', { name: 'Article' }).click();
  await expect(page.getByRole('region', { name: 'Article' }).getByLabel('Title')).toHaveValue(
    'How a team of four halved its cloud bill',
  );
});
