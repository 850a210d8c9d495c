import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  countPosts,
  readMedia,
  readPost,
  realWordPress,
  WORDPRESS_REQUIRED,
  WORDPRESS_SKIP_REASON,
  type RealWordPress,
} from '../support/real-wordpress';
import { dropFile, MOD, openApp } from './support/app';
import {
  DATA_DIR,
  DOCUMENTS_DIR,
  filesHolding,
  forgetAllAccounts,
  openDocument,
  openPublishDialog,
  standInWordPressAccount,
  publishAccounts,
  readDocument,
  secretForms,
  setUpAccount,
} from './support/publish';

/** The WordPress the tests publish to: skipped without one, unless it is required (then it fails). */
function needWordPress(): RealWordPress {
  const wp = realWordPress();
  if (wp === undefined) {
    if (WORDPRESS_REQUIRED) throw new Error(WORDPRESS_SKIP_REASON.replace(/^SKIPPED/u, 'REQUIRED'));
    test.skip(true, WORDPRESS_SKIP_REASON);
    throw new Error('unreachable');
  }
  return wp;
}

/** Each real-WordPress test: its WordPress, the app open, and no account left behind by another test. */
async function openWithWordPress(page: Page): Promise<RealWordPress> {
  test.setTimeout(90_000);
  const wp = needWordPress();
  await openApp(page);
  await forgetAllAccounts(page);
  return wp;
}

/** An article with headings, a list, a link and tags with an accent, under a title no other run has used. */
function article(title: string): string {
  return [
    '---',
    `title: ${title}`,
    'description: How Porte-voix publishes a real article to WordPress and reads it back, in its end-to-end tests.',
    'tags: [Éthique, porte-voix e2e]',
    'channel: blog',
    '---',
    '',
    '## Why we publish',
    '',
    'The editor checks the text, then sends it to the [company blog](https://example.org/blog).',
    '',
    '- Drafts by default',
    '- Updates the same post',
    '',
    '## What comes next',
    '',
    'Nothing leaves the machine without you.',
    '',
  ].join('\n');
}

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The HTML the article's body is sent as. */
const ARTICLE_HTML = [
  '<h2>Why we publish</h2>',
  '<p>The editor checks the text, then sends it to the <a href="https://example.org/blog">company blog</a>.</p>',
  '<ul>',
  '<li>Drafts by default</li>',
  '<li>Updates the same post</li>',
  '</ul>',
  '<h2>What comes next</h2>',
  '<p>Nothing leaves the machine without you.</p>',
  '',
].join('\n');

/** The id of the post the dialog just published ("Post #12 is recorded…"). */
async function publishedId(dialog: Locator): Promise<string> {
  const text = await dialog.getByText(/^Post #\d+ is recorded/).textContent();
  const id = /#(\d+)/u.exec(text ?? '')?.[1];
  if (id === undefined) throw new Error(`no post id in “${text}”`);
  return id;
}

/** The editor's text and the unsaved marker, to tell that a failure changed nothing. */
async function documentState(page: Page): Promise<{ text: string; unsaved: boolean }> {
  return {
    text: (await page.getByRole('textbox', { name: 'Document' }).innerText()).trim(),
    unsaved: await page.getByRole('img', { name: 'Unsaved changes' }).isVisible(),
  };
}

test.afterEach(async ({ page }) => {
  // Tests share one data folder: no account stays behind.
  if (page.url().startsWith('http')) await forgetAllAccounts(page);
});

test('publishes a real article to WordPress as a draft, reads it back, and updates the same post after a save and reopen', async ({
  page,
}) => {
  const wp = await openWithWordPress(page);
  const title = `Porte-voix publishes ${Date.now()}`;
  await openDocument(page, 'publish-wordpress.md', article(title));

  const dialog = await openPublishDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'Publish to' })).toHaveValue('wordpress');
  await expect(dialog.getByRole('heading', { name: 'Set up your WordPress account' })).toBeVisible();
  await expect(dialog).toContainText('Users → Profile → Application passwords');
  await setUpAccount(dialog, {
    url: wp.url,
    user: wp.user,
    secret: wp.appPassword,
    secretLabel: 'Application password',
  });
  await expect(dialog.getByText(`${wp.user} on ${wp.url}`)).toBeVisible();
  // The secret field is gone, and the secret is nowhere in the page.
  await expect(dialog.getByLabel('Application password')).toHaveCount(0);
  expect(await page.content()).not.toContain(wp.appPassword);

  // The preview: exactly what will be sent.
  const preview = dialog.getByRole('region', { name: 'What will be sent' });
  await expect(preview).toContainText(title);
  await expect(preview).toContainText('A new post on WordPress');
  await expect(preview.getByRole('listitem')).toHaveText([
    'Éthique',
    'porte-voix e2e',
    'Drafts by default',
    'Updates the same post',
  ]);
  await expect(dialog.getByRole('radio', { name: 'Draft' })).toBeChecked();
  await expect(
    preview.getByRole('region', { name: 'Body' }).getByRole('link', { name: 'company blog' }),
  ).toHaveAttribute('target', '_blank');

  const before = await countPosts(wp);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Published on WordPress as a draft.' })).toBeVisible({
    timeout: 30_000,
  });
  const id = await publishedId(dialog);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const link = dialog.getByRole('link', { name: 'Open the post' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  expect(await countPosts(wp)).toBe(before + 1);

  const post = await readPost(wp, id);
  expect(post.title).toBe(title);
  expect(post.content).toBe(ARTICLE_HTML);
  expect(post.tags).toEqual(['Éthique', 'porte-voix e2e'].sort());
  expect(post.status).toBe('draft');
  expect(post.excerpt).toBe(
    'How Porte-voix publishes a real article to WordPress and reads it back, in its end-to-end tests.',
  );
  await expect(preview).toContainText(`Updates post #${id}`);

  // Recorded in the front matter: the document is unsaved, and Save writes the record with it.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeHidden();
  const saved = readDocument('publish-wordpress.md');
  expect(saved).toContain('porte-voix:\n  publications:\n    wordpress:');
  expect(saved).toContain(`id: "${id}"`);
  expect(saved).toContain(`site: ${wp.url}`);
  expect(saved).toContain('status: draft');

  // Reopened, with a new title: publishing again as public updates the same post.
  await page.reload();
  page.once('dialog', (prompt) => void prompt.accept('publish-wordpress.md'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('publish-wordpress.md — Porte-voix');
  await page.getByRole('tab', { name: 'Article' }).click();
  const titleField = page.getByRole('region', { name: 'Article' }).getByLabel('Title');
  await titleField.fill(`${title} (updated)`);
  await titleField.press('Enter');

  const again = await openPublishDialog(page);
  await expect(again.getByText(`${wp.user} on ${wp.url}`)).toBeVisible();
  const previewAgain = again.getByRole('region', { name: 'What will be sent' });
  await expect(previewAgain).toContainText(`Updates post #${id}`);
  await expect(previewAgain).toContainText(`${title} (updated)`);
  await again.getByRole('radio', { name: 'Public' }).check();
  await again.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(again.getByRole('status').filter({ hasText: 'Published on WordPress as a public post.' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await publishedId(again)).toBe(id);
  expect(await countPosts(wp)).toBe(before + 1);
  const updated = await readPost(wp, id);
  expect(updated.title).toBe(`${title} (updated)`);
  expect(updated.status).toBe('publish');
  expect(updated.content).toBe(ARTICLE_HTML);

  // Forget this account, from the dialog.
  await again.getByRole('button', { name: 'Forget this account' }).click();
  await again.getByRole('button', { name: 'Forget', exact: true }).click();
  await expect(again.getByRole('heading', { name: 'Set up your WordPress account' })).toBeVisible();
  expect(await publishAccounts(page)).toEqual([]);
});

test('the featured image next to the document goes to WordPress; a missing one is named, and nothing is published', async ({
  page,
}) => {
  const wp = await openWithWordPress(page);
  mkdirSync(join(DOCUMENTS_DIR, 'images'), { recursive: true });
  writeFileSync(join(DOCUMENTS_DIR, 'images', 'e2e-cover.png'), PNG);
  const title = `Porte-voix sends a cover ${Date.now()}`;
  const withImage = (path: string): string =>
    article(title).replace('channel: blog\n', `channel: blog\nimage: ${path}\n`);

  // A missing image: named with the fix, nothing published, nothing changed.
  await openDocument(page, 'publish-no-image.md', withImage('images/e2e-missing.png'));
  let dialog = await openPublishDialog(page);
  await setUpAccount(dialog, {
    url: wp.url,
    user: wp.user,
    secret: wp.appPassword,
    secretLabel: 'Application password',
  });
  const posts = await countPosts(wp);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(
    'The featured image “images/e2e-missing.png” cannot be read: there is no file at ',
    { timeout: 30_000 },
  );
  await expect(alert).toContainText(
    'Check the front matter’s “image:”: its path is relative to the document’s folder.',
  );
  await expect(alert).toContainText('Nothing was published and the document is unchanged.');
  expect(await countPosts(wp)).toBe(posts);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeHidden();

  // The image is there: the preview names it, WordPress gets it as the featured image, the record its digest.
  await openDocument(page, 'publish-image.md', withImage('images/e2e-cover.png'));
  dialog = await openPublishDialog(page);
  const preview = dialog.getByRole('region', { name: 'What will be sent' });
  await expect(preview.getByRole('definition').filter({ hasText: 'images/e2e-cover.png' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Published on WordPress as a draft.' })).toBeVisible({
    timeout: 30_000,
  });
  const post = await readPost(wp, await publishedId(dialog));
  expect(post.featuredMedia).toBeGreaterThan(0);
  const media = await readMedia(wp, post.featuredMedia);
  expect(media.mimeType).toBe('image/png');
  expect(media.bytes.equals(PNG)).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press(`${MOD}+KeyS`);
  await expect(page.getByRole('img', { name: 'Unsaved changes' })).toBeHidden();
  expect(readDocument('publish-image.md')).toContain(`image_sha256: ${createHash('sha256').update(PNG).digest('hex')}`);

  // DEV is not sent it, and the preview says so.
  await page.getByRole('button', { name: 'Publish…' }).click();
  await dialog.getByRole('combobox', { name: 'Publish to' }).selectOption('devto');
  await expect(preview).toContainText('images/e2e-cover.png: not sent: DEV takes a featured image by address only');
});

test('an unsaved document or an unusable image: WordPress publishing stops with the fix, nothing is sent', async ({
  page,
}) => {
  await openApp(page);
  await standInWordPressAccount(page, 'w');
  let sent = 0;
  await page.route('**/__porte-voix/api/publishDocument', (route) => {
    sent += 1;
    return route.abort();
  });
  const body = '\n# Notes\n\nWe ship today.\n';

  // Dropped on the window, the document has no folder yet.
  await dropFile(page, {
    name: 'dropped-cover.md',
    content: `---\ntitle: Notes\nimage: images/cover.png\n---\n${body}`,
  });
  let dialog = await openPublishDialog(page);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Save the document first: its featured image (images/cover.png) is found from the document’s folder, and it has none yet.',
  );
  await page.keyboard.press('Escape');

  await openDocument(
    page,
    'publish-image-address.md',
    `---\ntitle: Notes\nimage: https://cdn.example.org/c.png\n---\n${body}`,
  );
  dialog = await openPublishDialog(page);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'The front matter’s “image” (https://cdn.example.org/c.png) is an address: the featured image is uploaded from a file.',
  );
  expect(sent).toBe(0);
});

test('a wrong application password: the error names it and the fix, nothing changes, and Retry works once it is fixed', async ({
  page,
}) => {
  const wp = await openWithWordPress(page);
  const title = `Porte-voix retries ${Date.now()}`;
  await openDocument(page, 'publish-wrong-password.md', article(title));
  const before = await documentState(page);
  expect(before.unsaved).toBe(false);

  const dialog = await openPublishDialog(page);
  await setUpAccount(dialog, {
    url: wp.url,
    user: wp.user,
    secret: 'abcd efgh ijkl mnop qrst uvwx',
    secretLabel: 'Application password',
  });
  const posts = await countPosts(wp);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('application password', { timeout: 30_000 });
  await expect(alert).toContainText('401');
  await expect(alert).toContainText('Users → Profile');
  await expect(alert).toContainText('Nothing was published and the document is unchanged.');
  expect(await countPosts(wp)).toBe(posts);

  // Nothing changed: the text, the front matter (the document is not even unsaved), the preview's "new post".
  await expect(dialog.getByRole('region', { name: 'What will be sent' })).toContainText('A new post on WordPress');
  const retry = dialog.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeFocused();

  // Fix the secret, then Retry.
  await dialog.getByRole('button', { name: 'Change…' }).click();
  await expect(dialog.getByLabel('Site address')).toHaveValue(wp.url);
  await expect(dialog.getByLabel('Application password', { exact: true })).toHaveValue('');
  await dialog.getByLabel('Application password', { exact: true }).fill(wp.appPassword);
  await dialog.getByRole('button', { name: 'Save account' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'WordPress account saved.' })).toBeVisible();
  await retry.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Published on WordPress as a draft.' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  expect(await countPosts(wp)).toBe(posts + 1);
  const post = await readPost(wp, await publishedId(dialog));
  expect(post.title).toBe(title);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await documentState(page)).text).toBe(before.text);
});

test('secrets never reach the data folder in plain text, nor in base64', async ({ page }) => {
  await openApp(page);
  await forgetAllAccounts(page);
  const dialog = await openPublishDialog(page);
  const secret = `pv-e2e-secret-${Date.now()}-ÉtéKey`;
  await dialog.getByRole('combobox', { name: 'Publish to' }).selectOption('devto');
  await expect(dialog.getByRole('heading', { name: 'Set up your DEV account' })).toBeVisible();
  await expect(dialog).toContainText('Settings → Extensions');
  await expect(dialog.getByLabel('Site address')).toHaveValue('https://dev.to');
  await expect(dialog.getByLabel('User name')).toHaveCount(0);
  const secretField = dialog.getByLabel('API key', { exact: true });
  await expect(secretField).toHaveAttribute('type', 'password');
  await setUpAccount(dialog, { url: 'https://dev.to', secret, secretLabel: 'API key' });
  expect(await publishAccounts(page)).toEqual([{ target: 'devto', url: 'https://dev.to', user: '' }]);

  const wp = realWordPress();
  if (wp !== undefined) {
    await dialog.getByRole('combobox', { name: 'Publish to' }).selectOption('wordpress');
    await setUpAccount(dialog, {
      url: wp.url,
      user: wp.user,
      secret: wp.appPassword,
      secretLabel: 'Application password',
    });
  }
  const needles = [...secretForms(secret), ...(wp === undefined ? [] : secretForms(wp.appPassword, wp.user))];
  expect(filesHolding(DATA_DIR, needles)).toEqual([]);
  expect(await page.content()).not.toContain(secret);
});

test('without a keyring, the dialog says so and stores a secret only with consent; without encryption, it explains', async ({
  page,
}) => {
  await openApp(page);
  await forgetAllAccounts(page);
  await page.route('**/__porte-voix/api/getCredentialStorage', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { available: true, weak: true, backend: 'basic_text' } }),
    }),
  );
  const dialog = await openPublishDialog(page);
  await dialog.getByRole('combobox', { name: 'Publish to' }).selectOption('ghost');
  const warning = dialog.getByRole('group', { name: 'This system has no keyring' });
  await expect(warning).toContainText('basic_text');
  await expect(warning).toContainText('any program running as you could read it');
  await dialog.getByLabel('Site address').fill('https://ghost.example.org');
  await dialog
    .getByLabel('Admin API key', { exact: true })
    .fill('6489a1b2c3d4e5f6a7b8c9d0:00112233445566778899aabbccddeeff');
  await dialog.getByRole('button', { name: 'Save account' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Tick “Store the secret anyway”');
  const consent = dialog.getByRole('checkbox', { name: 'Store the secret anyway, with this weak protection' });
  await expect(consent).toBeFocused();
  expect(await publishAccounts(page)).toEqual([]);
  await consent.check();
  await dialog.getByRole('button', { name: 'Save account' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Ghost account saved.' })).toBeVisible();
  expect(await publishAccounts(page)).toEqual([{ target: 'ghost', url: 'https://ghost.example.org', user: '' }]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.unroute('**/__porte-voix/api/getCredentialStorage');
  await page.route('**/__porte-voix/api/getCredentialStorage', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { available: false, weak: false, backend: 'unknown' } }),
    }),
  );
  const again = await openPublishDialog(page);
  await again.getByRole('combobox', { name: 'Publish to' }).selectOption('devto');
  await expect(again.getByRole('heading', { name: 'Publishing accounts cannot be saved here' })).toBeVisible();
  await expect(again).toContainText('never stores them in plain text');
  await expect(again.getByLabel('API key', { exact: true })).toHaveCount(0);
});

test('the Publish dialog: its button and shortcut, the keyboard, French, and no serious axe violation', async ({
  page,
}) => {
  const { editor } = await openApp(page);
  await forgetAllAccounts(page);
  await editor.click();
  await page.keyboard.type('# Launch day\nWe ship today.');
  const button = page.getByRole('button', { name: 'Publish…' });
  await expect(button).toHaveAttribute('title', 'Publish the document to a blog (Ctrl+Shift+P)');

  // The shortcut from the text; Escape gives the text the focus back.
  const dialog = await openPublishDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'Publish to' })).toBeFocused();
  const preview = dialog.getByRole('region', { name: 'What will be sent' });
  await expect(preview).toContainText('Launch day');
  // The heading that is the title is not repeated in the body.
  await expect(preview.getByRole('region', { name: 'Body' })).toHaveText('We ship today.');
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious, theme).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toBeFocused();

  // The button, in French.
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('fr');
  await page.getByRole('button', { name: 'Publier…' }).click();
  const french = page.getByRole('dialog', { name: 'Publier' });
  await expect(french.getByRole('heading', { name: 'Configurer votre compte WordPress' })).toBeVisible();
  await expect(french.getByRole('region', { name: 'Ce qui sera envoyé' })).toContainText(
    'Un nouvel article sur WordPress',
  );
  await french.getByRole('button', { name: 'Fermer' }).click();
  await expect(french).toBeHidden();
  await expect(page.getByRole('button', { name: 'Publier…' })).toBeFocused();
});

test('File → Publish… in the native menu opens the dialog', async ({ page }) => {
  // The desktop app's preload gives the page `onMenuCommand`; here the page's host gets a stand-in that keeps the
  // listener, so the test can pick the menu item as main would send it.
  await page.addInitScript(() => {
    let api: Record<string, unknown> | undefined;
    const listeners = new Set<(command: string) => void>();
    (window as unknown as { pickMenu: (command: string) => void }).pickMenu = (command) => {
      for (const listener of listeners) listener(command);
    };
    Object.defineProperty(window, 'porteVoix', {
      configurable: true,
      get: () => api,
      set: (value: Record<string, unknown>) => {
        api = {
          ...value,
          onMenuCommand: (listener: (command: string) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        };
      },
    });
  });
  const { editor } = await openApp(page);
  await forgetAllAccounts(page);
  await editor.click();
  await page.keyboard.type('# Launch day\nWe ship today.');
  await page.evaluate(() => (window as unknown as { pickMenu: (command: string) => void }).pickMenu('publish'));
  const dialog = page.getByRole('dialog', { name: 'Publish' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'What will be sent' })).toContainText('Launch day');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
