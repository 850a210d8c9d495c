import { expect, test } from '@playwright/test';
import { MOD, openApp } from './support/app';

test('undo and redo, from the keyboard and the toolbar', async ({ page }) => {
  const { editor, figure } = await openApp(page);
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await editor.click();
  // One input, so one undo step whatever the machine's speed (typing pauses split undo steps).
  await page.keyboard.insertText('Hello world.');
  await expect(figure('Words')).toHaveText('2');
  await page.keyboard.press(`${MOD}+KeyZ`);
  await expect(editor).toHaveText('');
  await expect(figure('Words')).toHaveText('0');
  await expect(redo).toBeEnabled();
  await page.keyboard.press(`${MOD}+Shift+KeyZ`);
  await expect(editor).toHaveText('Hello world.');
  await undo.click();
  await expect(editor).toHaveText('');
  await redo.click();
  await expect(editor).toHaveText('Hello world.');
  await expect(figure('Words')).toHaveText('2');
});
