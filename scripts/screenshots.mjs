#!/usr/bin/env node
// `npm run screenshots`: pictures of the main states for the README, taken in
// Chromium from the built app behind the web test host. Run `npm run build`
// and `npm run build:web-host` first.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const port = 5399;
const server = spawn('npx', ['tsx', 'src/web/server/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), PORTE_VOIX_DATA: mkdtempSync(join(tmpdir(), 'pv-shots-')) },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const article = readFileSync(join(root, '../shared/corpus/en-article-1585w.txt'), 'utf8').split('\n\n').slice(0, 3);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('textbox', { name: 'Document' }).click();
    await page.keyboard.type('# Aspirations for the Rust standard library\n');
    for (const paragraph of article) {
      await page.keyboard.insertText(paragraph.trim());
      await page.keyboard.press('Enter');
    }
    await page.getByRole('group', { name: 'Flesch reading ease' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(root, 'docs', `editor-${scheme}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  process.kill(-server.pid, 'SIGTERM');
}
console.log('docs/editor-light.png and docs/editor-dark.png written');
