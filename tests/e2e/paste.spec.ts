import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

/** Sends a paste event with the given clipboard contents to the editor, as the browser does. */
async function paste(page: import('@playwright/test').Page, data: Record<string, string>): Promise<void> {
  await page.getByRole('textbox', { name: 'Document' }).evaluate((element, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

test('pasted HTML keeps its text and formatting but nothing in it runs', async ({ page }) => {
  const { editor, figure } = await openApp(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await editor.click();
  await paste(page, {
    'text/html':
      '<p>Safe <b>bold</b> text<img src="x" onerror="window.__pwned = 1; alert(1)"></p>' +
      '<script>window.__pwned = 2; alert(2)</script>' +
      '<p><a href="javascript:window.__pwned=3">click</a> here <svg onload="window.__pwned=4"></svg> to end</p>',
    'text/plain': 'Safe bold text click here to end',
  });
  await expect(editor).toContainText('Safe bold text');
  await expect(editor.locator('.pv-bold')).toHaveText('bold');
  await expect(editor.locator('p').nth(1)).toHaveText('click here to end');
  await expect(figure('Words')).toHaveText('7');
  // Give any handler a chance to fire before checking it did not.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await editor.locator('script, img, svg, [onerror], [onload]').count()).toBe(0);
  expect(await editor.locator('a[href^="javascript:"]').count()).toBe(0);
  // (Chromium reports CSP script-src-attr violations while parsing the pasted HTML in an inert
  // DOMParser document; those are reports, not executions, so they are not checked here.)
});

test('plain text pastes as paragraphs', async ({ page }) => {
  const { editor, figure } = await openApp(page);
  await editor.click();
  await paste(page, { 'text/plain': 'First paragraph here.\n\nSecond one, a bit longer.' });
  await expect(editor.locator('p')).toHaveCount(3);
  await expect(figure('Words')).toHaveText('8');
});
