import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MOD, openApp, resetSettings, storedSettings } from './support/app';

async function setSetting(page: Page, key: string, value: unknown): Promise<void> {
  const response = await page.request.post('/__porte-voix/api/setSetting', {
    data: { args: [key, value] },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.ok()).toBe(true);
}

// Tests share the web host's data folder: put every setting back afterwards.
test.afterEach(async ({ page }) => {
  if (page.url().startsWith('http')) await resetSettings(page);
});

test('the settings screen saves each change at once, the app follows, and a reload keeps them', async ({ page }) => {
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('Acme Cloud is the best platform. Zorblax');
  const issues = page.getByRole('region', { name: 'Issues' });
  const ethics = issues.getByRole('listitem').filter({ hasText: 'Ethics.' });
  const zorblax = issues.getByRole('listitem').filter({ hasText: '“Zorblax”' });
  await expect(ethics.first()).toBeVisible();
  await expect(zorblax).toHaveCount(1);

  await page.keyboard.press(`${MOD}+,`);
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();

  // A pack turned off: its findings go.
  const ethicsPack = dialog.getByRole('checkbox', { name: /^Ethics \(\d+ rules\)$/ });
  await expect(ethicsPack).toBeChecked();
  await ethicsPack.uncheck();

  // A readability target: empty shows the default, a number replaces it.
  const linkedInEase = dialog.getByRole('spinbutton', { name: 'LinkedIn: Minimum Flesch reading ease' });
  await expect(linkedInEase).toHaveValue('');
  await expect(linkedInEase).toHaveAttribute('placeholder', '60');
  await expect(dialog.getByRole('spinbutton', { name: 'Blog: Maximum LIX' })).toHaveAttribute('placeholder', '50');
  await linkedInEase.fill('70');

  // A word of one's own: spelling accepts it.
  await dialog.getByRole('textbox', { name: 'New word' }).fill('Zorblax');
  await dialog.getByRole('textbox', { name: 'New word' }).press('Enter');
  await expect(dialog.getByRole('button', { name: 'Remove Zorblax' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'New word' })).toHaveValue('');

  // The theme applies at once.
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ethics).toHaveCount(0);
  await expect(zorblax).toHaveCount(0);
  await page.getByRole('tab', { name: 'Score' }).click();
  await expect(page.getByRole('region', { name: 'Scorecard' })).toContainText('Target for LinkedIn: 70 or more');

  // The header button opens it too; the default channel is the header's channel.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Default channel' }).selectOption('x');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Channel' })).toHaveValue('x');

  await expect
    .poll(async () => {
      const { channel, vocabulary, disabledPacks, readabilityTargets, theme } = await storedSettings(page);
      return { channel, vocabulary, disabledPacks, readabilityTargets, theme };
    })
    .toEqual({
      channel: 'x',
      vocabulary: ['Zorblax'],
      disabledPacks: ['Ethics'],
      readabilityTargets: { linkedin: { en: { minFleschReadingEase: 70 } } },
      theme: 'dark',
    });

  // A rule turned off (from a card, here through the host) is listed with a button to turn it back on.
  await setSetting(page, 'disabledRules', ['PorteVoix.Passive']);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Document' })).toBeVisible();
  await page.keyboard.press(`${MOD}+,`);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Default channel' })).toHaveValue('x');
  await expect(dialog.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect(dialog.getByRole('checkbox', { name: /^Ethics / })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^Social / })).toBeChecked();
  await expect(dialog.getByRole('spinbutton', { name: 'LinkedIn: Minimum Flesch reading ease' })).toHaveValue('70');
  await expect(dialog.getByRole('button', { name: 'Remove Zorblax' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Turn back on PorteVoix.Passive' }).click();
  await expect(dialog).toContainText('No rule is turned off.');
  await dialog.getByRole('button', { name: 'Remove Zorblax' }).click();
  await expect(dialog).toContainText('No word yet.');
  await expect.poll(async () => (await storedSettings(page)).disabledRules).toEqual([]);
  expect((await storedSettings(page)).vocabulary).toEqual([]);

  // In French, the screen is « Réglages ».
  await dialog.getByRole('combobox', { name: 'Interface language' }).selectOption('fr');
  await expect(page.getByRole('dialog', { name: 'Réglages' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Réglages' })).toBeVisible();
});

test('what the host says about the settings file shows once the app starts', async ({ page }) => {
  // A corrupt file is kept aside when the host opens its store (see settings.test.ts and server.test.ts); the web
  // host of these tests opened its store long ago, so its answer is stood in for here.
  const notice =
    'Porte-voix could not use its settings file (it is not valid JSON), so the settings were reset to their ' +
    'defaults. The old file is kept as /data/settings.corrupt-2025-01-31T09-15-00-000Z.json.';
  await page.route('**/__porte-voix/api/getSettingsNotice', (route) =>
    route.fulfill({ json: { ok: true, value: notice } }),
  );
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText(notice);
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('without a notice from the host, nothing shows', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the settings screen (${theme} theme)`, async ({ page }) => {
    await openApp(page);
    await setSetting(page, 'theme', theme);
    await setSetting(page, 'disabledRules', ['PorteVoix.Passive', 'Ethics.Superlatives']);
    await setSetting(page, 'vocabulary', ['Porte-voix', 'Zorblax']);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const field = dialog.getByRole('spinbutton', { name: 'X: Maximum Flesch–Kincaid grade' });
    await field.fill('500');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Enter a number from −100 to 200/);
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
    // Not saved: the host keeps the default.
    expect((await storedSettings(page)).readabilityTargets).toEqual({});
  });
}
