import { expect, test } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp } from './support/app';

const packs = join(process.env['PORTE_VOIX_E2E_DATA'] ?? '', 'packs');

test.beforeEach(() => {
  mkdirSync(join(packs, 'Team'), { recursive: true });
  writeFileSync(join(packs, 'Team', 'meta.json'), '{ "version": "2.1.0" }');
  writeFileSync(
    join(packs, 'Team', 'Buzzwords.yml'),
    'extends: existence\nmessage: "Say what you mean instead of \'%s\'."\nlevel: error\ntokens:\n  - synergy\n',
  );
  writeFileSync(join(packs, 'Team', 'Broken.yml'), 'extends: existence\nmessage: x\ntokenz:\n  - a\n');
});

test.afterEach(() => rmSync(packs, { recursive: true, force: true }));

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
  await expect(dialog.getByRole('row', { name: /^Team 2\.1\.0 yours 1$/ })).toBeVisible();
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
