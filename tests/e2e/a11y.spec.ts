import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation (${theme} theme, with findings, a card and each panel)`, async ({
    page,
  }) => {
    const { editor } = await openApp(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    await editor.click();
    await page.keyboard.type('# Launch\nWe ate a apple. It was very good and we recieve feedback.');
    await page.getByRole('region', { name: 'Issues' }).getByRole('listitem').first().click();
    await expect(page.getByRole('dialog', { name: 'Issue' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    for (const tab of ['Score', 'Post']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
    await page.getByRole('combobox', { name: 'Channel' }).selectOption('blog');
    await page.getByRole('tab', { name: 'Article' }).click();
    expect(await seriousViolations(page), 'Article').toEqual([]);
  });
}

test('everything is reachable with the keyboard: Tab reaches the header, the editor and the side bar', async ({
  page,
}) => {
  await openApp(page);
  const seen = new Set<string>();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      return el
        ? `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20) ?? ''}`
        : '';
    });
    seen.add(name);
  }
  expect([...seen]).toEqual(expect.arrayContaining(['textbox:Document', 'button:Save', 'tab:Issues 0']));
});
