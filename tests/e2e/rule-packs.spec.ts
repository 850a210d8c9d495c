import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { markedTexts, openApp, storedSettings } from './support/app';

const packs = join(process.env['PORTE_VOIX_E2E_DATA'] ?? '', 'packs');
/** The web host's documents folder: its name prompt picks the packs to import there. */
const documents = join(process.env['PORTE_VOIX_E2E_DATA'] ?? '', 'documents');
const zips = ['team.zip', 'unsafe.zip'].map((name) => join(documents, name));

/** The texts marked as errors, in alphabetical order. */
const errorMarks = async (page: Page): Promise<string[]> => (await markedTexts(page, 'pv-mark-error')).sort();

test.beforeEach(() => {
  mkdirSync(join(packs, 'Team'), { recursive: true });
  writeFileSync(join(packs, 'Team', 'meta.json'), '{ "version": "2.1.0" }');
  writeFileSync(
    join(packs, 'Team', 'Buzzwords.yml'),
    'extends: existence\nmessage: "Say what you mean instead of \'%s\'."\nlevel: error\ntokens:\n  - synergy\n',
  );
  writeFileSync(join(packs, 'Team', 'Broken.yml'), 'extends: existence\nmessage: x\ntokenz:\n  - a\n');
});

test.afterEach(() => {
  rmSync(packs, { recursive: true, force: true });
  for (const zip of zips) rmSync(zip, { force: true });
});

test("the user's rule packs run with the bundled ones, and a broken rule is shown with its file and line", async ({
  page,
}) => {
  const { editor } = await openApp(page);
  const button = page.getByRole('button', { name: '4 rule packs, 2 problems' });
  await expect(button).toBeVisible();

  await editor.click();
  await page.keyboard.type('Our teams found real synergy this year.');
  const findings = page.getByRole('group', { name: 'Findings' });
  await expect(findings).toContainText('1 error');

  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Rule packs' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Team 2\.1\.0 yours 1 / })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Ethics / })).toContainText('bundled');
  await expect(dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText([
    'Team/Broken.yml:1:1: an existence rule needs "tokens" or "raw": add a "tokens:" list of the words or patterns to flag.',
    'Team/Broken.yml:3:1: unknown key "tokenz" in an existence rule: did you mean "tokens"? Remove or rename it.',
  ]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('a rule with `channels` runs only for its channels', async ({ page }) => {
  mkdirSync(join(packs, 'Threads'), { recursive: true });
  writeFileSync(
    join(packs, 'Threads', 'Numbering.yml'),
    'extends: existence\nmessage: "On X, number the posts of a thread (1/3) instead of \'%s\'."\nlevel: warning\nchannels: [x]\ntokens:\n  - thread below\n',
  );
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We ate a apple. Our launch story, in the thread below.');
  const issues = page.getByRole('region', { name: 'Issues' });
  const rule = issues.getByRole('listitem').filter({ hasText: 'Threads.Numbering' });
  await expect(issues.getByRole('listitem').first()).toBeVisible();
  await expect(rule).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('x');
  await expect(rule).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('linkedin');
  await expect(rule).toHaveCount(0);
});

test('a pack imported from a .zip runs at once, a pack turned off goes quiet, a removed pack is gone', async ({
  page,
}) => {
  mkdirSync(documents, { recursive: true });
  writeFileSync(
    join(documents, 'team.zip'),
    zipSync({
      Comms: {
        'meta.json': strToU8('{ "version": "1.4.0" }'),
        'Jargon.yml': strToU8(
          'extends: existence\nmessage: "Plain words beat \'%s\'."\nlevel: error\ntokens:\n  - leverage\n',
        ),
      },
    }),
  );
  writeFileSync(join(documents, 'unsafe.zip'), zipSync({ '../Evil.yml': strToU8('extends: existence\n') }));
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We leverage real synergy this year.');
  await expect.poll(() => errorMarks(page)).toEqual(['synergy']);

  await page.getByRole('button', { name: '4 rule packs, 2 problems' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rule packs' });
  const importButton = dialog.getByRole('button', { name: 'Import a pack…' });

  // An unsafe archive is refused, with its name and the cause.
  page.once('dialog', (prompt) => void prompt.accept('unsafe.zip'));
  await importButton.click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Cannot import “unsafe.zip”: its entry “../Evil.yml” points outside the archive (a “..” or an absolute path): the archive is unsafe. Nothing was imported.',
  );

  page.once('dialog', (prompt) => void prompt.accept('team.zip'));
  await importButton.click();
  await expect(dialog.getByRole('status')).toHaveText('Comms imported: 1 rule file.');
  await expect(dialog.getByRole('row', { name: /^Comms 1\.4\.0 yours 1 / })).toBeVisible();
  await expect.poll(() => errorMarks(page)).toEqual(['leverage', 'synergy']);
  const axe = await new AxeBuilder({ page }).include('.pv-dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Off: its findings go, and the setting keeps it off.
  const team = dialog.getByRole('checkbox', { name: 'Enable Team' });
  await expect(team).toBeChecked();
  // The box shows the saved setting: it changes once the host has saved it.
  await team.click();
  await expect(team).not.toBeChecked();
  await expect.poll(() => errorMarks(page)).toEqual(['leverage']);
  expect((await storedSettings(page)).disabledPacks).toEqual(['Team']);
  await expect(dialog.getByRole('checkbox', { name: 'Enable Ethics' })).toBeChecked();

  // Removed: after a confirmation, its folder and its findings go; bundled packs have no Remove button.
  await expect(dialog.getByRole('button', { name: 'Remove Ethics' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Remove Comms' }).click();
  await expect(dialog.getByText('Remove Comms and its rule files?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Comms removed.');
  await expect(dialog.getByRole('row', { name: /^Comms / })).toHaveCount(0);
  await expect(importButton).toBeFocused();
  expect(existsSync(join(packs, 'Comms'))).toBe(false);
  await expect.poll(() => errorMarks(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '4 rule packs, 2 problems' })).toBeVisible();
});
