import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { AppInfo, PublishRequest } from '../../src/core/host';
import { markedTexts, MOD, openApp } from './support/app';
import {
  forgetAllAccounts,
  hostCall,
  openDocument,
  openPublishDialog,
  readDocument,
  standInWordPressAccount,
} from './support/publish';

/** A text the bundled Ethics pack flags at the error level (a confidential code name). */
const CODE_NAME_TEXT = 'Project Falcon ships next week, and our customers will love it.';

async function waitForError(page: Page, text: string): Promise<void> {
  await expect.poll(() => markedTexts(page, 'pv-mark-error')).toContain(text);
}

/** The bundled packs, as the override names them: `name@version` (their version is the app's). */
async function bundledPackLabels(page: Page): Promise<string[]> {
  const { version } = await hostCall<AppInfo>(page, 'getAppInfo');
  return ['AcmeBrand', 'Ethics', 'Social'].map((name) => `${name}@${version}`);
}

test('copying a document with an error asks for a reason: Cancel copies nothing, a reason is recorded with the packs', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  const { editor } = await openApp(page);
  await editor.click();
  await page.keyboard.type(CODE_NAME_TEXT);
  await waitForError(page, 'Project Falcon');
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  const clipboard = (): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

  const exportButton = page.getByRole('button', { name: 'Export' });
  const menu = page.getByRole('menu', { name: 'Export' });
  const gate = page.getByRole('dialog', { name: 'Copy despite errors?' });

  // Cancel: nothing copied, nothing recorded.
  await exportButton.click();
  await menu.getByRole('menuitem', { name: 'Copy as Markdown' }).click();
  await expect(gate).toBeVisible();
  await expect(gate).toContainText('The document has 1 error.');
  await expect(gate.getByRole('listitem')).toHaveText([
    /Ethics\.CodeNames 'Project Falcon' is a confidential code name/,
  ]);
  for (const pack of await bundledPackLabels(page)) await expect(gate).toContainText(pack);
  await expect(gate.getByRole('textbox', { name: 'Why go on anyway?' })).toBeFocused();
  await gate.getByRole('button', { name: 'Cancel' }).click();
  await expect(gate).toBeHidden();
  await expect(exportButton).toBeFocused();
  expect(await clipboard()).toBe('untouched');

  // Escape cancels too, for Copy for LinkedIn.
  await exportButton.click();
  await menu.getByRole('menuitem', { name: 'Copy for LinkedIn' }).click();
  await expect(gate).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(gate).toBeHidden();
  expect(await clipboard()).toBe('untouched');

  // A reason is required; Ctrl+Enter confirms; the copied Markdown carries the override.
  await exportButton.click();
  await menu.getByRole('menuitem', { name: 'Copy as Markdown' }).click();
  await gate.getByRole('button', { name: 'Copy anyway' }).click();
  await expect(gate.getByRole('alert')).toHaveText('Write the reason first: it is recorded with the document.');
  await expect(gate.getByRole('textbox', { name: 'Why go on anyway?' })).toHaveAttribute('aria-invalid', 'true');
  expect(await clipboard()).toBe('untouched');
  await gate.getByRole('textbox', { name: 'Why go on anyway?' }).fill('Legal cleared the name for the launch  demo');
  await page.keyboard.press(`${MOD}+Enter`);
  await expect(gate).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Copied as Markdown' })).toBeVisible();
  const copied = await clipboard();
  const packs = await bundledPackLabels(page);
  expect(copied).toMatch(
    new RegExp(
      '^---\\nporte-voix:\\n  overrides:\\n' +
        '    - date: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\n' +
        '      action: copy\\n' +
        '      reason: Legal cleared the name for the launch demo\\n' +
        '      errors: 1\\n' +
        '      packs:\\n' +
        `${packs.map((pack) => `        - ${pack.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`).join('')}` +
        '(?:        - .*\\n)*' +
        '---\\n\\n' +
        `${CODE_NAME_TEXT}\\n$`,
    ),
  );

  // The override is in the document: unsaved, and written by Save.
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
  page.once('dialog', (prompt) => void prompt.accept('gate-copy.md'));
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page).toHaveTitle('gate-copy.md — Porte-voix');
  const saved = readDocument('gate-copy.md');
  expect(saved).toContain('action: copy');
  expect(saved).toContain('reason: Legal cleared the name for the launch demo');
  expect(saved).toContain(`packs:\n${packs.map((pack) => `        - ${pack}\n`).join('')}`);
});

test('a copy made before the check of the last edit has finished waits for it, and asks', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  const { figure } = await openApp(page);
  await expect(figure('Words')).toHaveText('0');
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  // A long real article with the code name first: its check takes a while, and the copy is asked for at once.
  const article = readFileSync(new URL('../../../shared/corpus/en-long-10016w.txt', import.meta.url), 'utf8');
  await openDocument(page, 'gate-fresh.md', `${CODE_NAME_TEXT}\n\n${article}`);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Copy as Markdown' }).click();

  const gate = page.getByRole('dialog', { name: 'Copy despite errors?' });
  await expect(gate).toBeVisible();
  await expect(gate.getByRole('listitem').first()).toHaveText(
    /Ethics\.CodeNames 'Project Falcon' is a confidential code name/,
  );
  await gate.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
});

/** Every answer of the engine's worker comes `ms` late: a check that takes its time, on any machine. */
async function slowEngine(page: Page, ms: number): Promise<void> {
  await page.route('**/assets/engine.worker-*.js', async (route) => {
    const response = await route.fetch();
    const late = `{ const post = self.postMessage.bind(self); self.postMessage = (m, t) => setTimeout(() => post(m, t), ${ms}); }\n`;
    await route.fulfill({ response, body: late + (await response.text()) });
  });
}

test('while the gate waits for a slow check it says so, in the Export menu and in the Publish dialog', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await slowEngine(page, 2500);
  const { editor } = await openApp(page);
  await forgetAllAccounts(page);
  await standInWordPressAccount(page, 'w');
  await editor.click();
  await page.keyboard.type('# Notes\n');
  await page.keyboard.type(CODE_NAME_TEXT);

  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Copy as Markdown' }).click();
  const waiting = page.getByRole('status').filter({ hasText: 'Checking your last edits before copying…' });
  await expect(waiting).toBeVisible();
  const gate = page.getByRole('dialog', { name: 'Copy despite errors?' });
  await expect(gate).toBeVisible();
  await expect(waiting).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(gate).toBeHidden();

  await editor.click();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type(' And Project Falcon again.');
  const dialog = await openPublishDialog(page);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'Checking your last edits before publishing…' }),
  ).toBeVisible();
  const publishGate = page.getByRole('dialog', { name: 'Publish despite errors?' });
  await expect(publishGate).toContainText('The document has 2 errors.');
  await expect(dialog.getByText('Checking your last edits before publishing…')).toBeHidden();
  await publishGate.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('button', { name: 'Publish', exact: true })).toBeEnabled();
});

test('a copy made while the dictionary still loads waits for the check with spelling, and asks', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  // The English dictionary is held back until the copy has been asked for.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/en-*.pvdict', async (route) => {
    await held;
    await route.continue();
  });
  const { editor, figure } = await openApp(page);
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  await editor.click();
  await page.keyboard.type('We shipp the new release today.');
  await expect(figure('Words')).toHaveText('6');

  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Checking your last edits before copying…' })).toBeVisible();
  release();
  const gate = page.getByRole('dialog', { name: 'Copy despite errors?' });
  await expect(gate.getByRole('listitem')).toHaveText([/shipp/u]);
  await gate.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
});

test('a double click on Publish while the gate waits for a slow check publishes once', async ({ page }) => {
  await slowEngine(page, 2500);
  const { editor } = await openApp(page);
  await forgetAllAccounts(page);
  await standInWordPressAccount(page, 'w');
  let sent = 0;
  await page.route('**/__porte-voix/api/publishDocument', (route) => {
    sent += 1;
    const value = { site: 'https://blog.example.org', id: String(sent), url: 'https://blog.example.org/?p=1' };
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { ...value, status: 'draft', warnings: [] } }),
    });
  });
  await editor.click();
  await page.keyboard.type('# Notes\nWe ship today.');
  const dialog = await openPublishDialog(page);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).dblclick();
  await expect(dialog.getByRole('status').filter({ hasText: 'Published on WordPress as a draft.' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(sent).toBe(1);
});

test('Copy without errors does not ask', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  const { editor, figure } = await openApp(page);
  await editor.click();
  await page.keyboard.type('We ship today.');
  await expect(figure('Words')).toHaveText('3');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied as Markdown' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('We ship today.\n');
});

test('publishing a document with an error asks for a reason, recorded with the publication only once it succeeded', async ({
  page,
}) => {
  await openApp(page);
  await forgetAllAccounts(page);
  // A WordPress account and a blog that fails once (a timeout), then publishes: the host's answers, mocked.
  await standInWordPressAccount(page);
  const sent: PublishRequest[] = [];
  await page.route('**/__porte-voix/api/publishDocument', (route: Route) => {
    const { args } = route.request().postDataJSON() as { args: [PublishRequest] };
    sent.push(args[0]);
    const value =
      sent.length === 1
        ? {
            ok: false,
            error: {
              message: 'WordPress did not answer within 30 seconds (timeout): check your connection, then try again.',
              code: 'EPUBLISH_TIMEOUT',
            },
          }
        : {
            ok: true,
            value: {
              site: 'https://blog.example.org',
              id: '314',
              url: 'https://blog.example.org/?p=314',
              status: 'draft',
              warnings: ['WordPress dropped the tag “x”.'],
            },
          };
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(value) });
  });
  const source = `---\ntitle: Falcon notes\ntags: [launch]\n---\n\n${CODE_NAME_TEXT}\n`;
  await openDocument(page, 'gate-publish.md', source);
  await waitForError(page, 'Project Falcon');

  const dialog = await openPublishDialog(page);
  await expect(dialog.getByText('writer on https://blog.example.org')).toBeVisible();
  const publish = dialog.getByRole('button', { name: 'Publish', exact: true });
  const gate = page.getByRole('dialog', { name: 'Publish despite errors?' });

  // Cancel: nothing sent.
  await publish.click();
  await expect(gate).toBeVisible();
  await expect(gate).toContainText('The document has 1 error.');
  await gate.getByRole('button', { name: 'Cancel' }).click();
  await expect(gate).toBeHidden();
  await expect(publish).toBeFocused();
  expect(sent).toEqual([]);

  // With a reason: sent; the blog fails; nothing is recorded and the document stays saved.
  await publish.click();
  await gate.getByRole('textbox', { name: 'Why go on anyway?' }).fill('Approved by Legal, ticket LEG-42');
  await gate.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(gate).toBeHidden();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('WordPress did not answer within 30 seconds (timeout): check your connection');
  await expect(alert).toContainText('Nothing was published and the document is unchanged.');
  expect(sent).toHaveLength(1);
  expect(sent[0]).toEqual({
    target: 'wordpress',
    title: 'Falcon notes',
    html: `<p>${CODE_NAME_TEXT}</p>\n`,
    markdown: CODE_NAME_TEXT,
    tags: ['launch'],
    status: 'draft',
  });
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeHidden();

  // Retry: not asked again; published, and recorded with the reason.
  await dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Published on WordPress as a draft.' })).toBeVisible();
  await expect(gate).toBeHidden();
  await expect(dialog).toContainText('WordPress dropped the tag “x”.');
  await expect(dialog.getByRole('link', { name: 'Open the post' })).toHaveAttribute(
    'href',
    'https://blog.example.org/?p=314',
  );
  expect(sent).toHaveLength(2);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeHidden();
  const saved = readDocument('gate-publish.md');
  expect(saved).toMatch(
    /^---\ntitle: Falcon notes\ntags: \[launch\]\nporte-voix:\n {2}overrides:\n {4}- date: \S+\n {6}action: publish\n {6}reason: Approved by Legal, ticket LEG-42\n {6}errors: 1\n {6}packs:\n(?: {8}- \S+\n)+ {2}publications:\n {4}wordpress:\n {6}site: https:\/\/blog\.example\.org\n {6}id: "314"\n {6}url: https:\/\/blog\.example\.org\/\?p=314\n {6}status: draft\n---\n\n/u,
  );
  expect(saved.endsWith(`\n${CODE_NAME_TEXT}\n`)).toBe(true);
});
