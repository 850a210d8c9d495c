#!/usr/bin/env node
// `npm run screenshots`: pictures of the main states for the README, taken in
// Chromium from the built app behind the web test host: light and dark, English
// and French, with findings marked, a card open and a side panel. Run
// `npm run build` and `npm run build:web-host` first.
// Functions given to page.evaluate run in the page, where these are defined.
/* global window */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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

const posts = {
  en: {
    heading: 'How a team of four halved its cloud bill',
    body: [
      'We cut our cloud bill by half this year. Here is how a team of four did it, with the tools we already had.',
      'First, we listed every service we paid for and who used it. The report was written by the team in a afternoon, and it was very revealing: a lot of machines were running for nobody.',
      'Acme Cloud is the best platform we ever used, and you should try it. #CloudCosts #finops #devops #startups',
    ],
    panel: 'Issues',
  },
  fr: {
    heading: 'Comment une équipe de quatre a divisé sa facture cloud par deux',
    body: [
      'Nous avons divisé notre facture cloud par deux cette année. Voici comment une équipe de quatre y est arrivée, avec les outils que nous avions déjà.',
      "D'abord, nous avons listé chaque service payé et qui l'utilisait. Le rapport a été rédigé par l'équipe en un après-midi, et il était très révélateur.",
      'Acme Cloud est le meilleur outil que nous ayons utilisé, essayez-le !',
    ],
    panel: 'Remarques',
  },
};

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const written = [];
try {
  for (const ui of ['en', 'fr']) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({
        viewport: { width: 1360, height: 860 },
        colorScheme: scheme,
        locale: ui === 'fr' ? 'fr-FR' : 'en-US',
      });
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.evaluate((lang) => window.porteVoix.setSetting('uiLanguage', lang), ui);
      await page.evaluate(() => window.porteVoix.setSetting('theme', 'system'));
      await page.reload();
      const post = posts[ui];
      await page.getByRole('textbox').first().click();
      await page.keyboard.type(`# ${post.heading}\n`);
      for (const paragraph of post.body) {
        await page.keyboard.insertText(paragraph);
        await page.keyboard.press('Enter');
      }
      const issues = page.getByRole('region', { name: post.panel });
      await issues.getByRole('listitem').first().waitFor();
      await page.waitForTimeout(400);
      // A card open on the first finding of the second paragraph.
      await issues.getByRole('listitem').nth(1).click();
      await page.waitForTimeout(400);
      const file = join(root, 'docs', `editor-${scheme}-${ui}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid, 'SIGTERM');
}
console.log(`${written.map((f) => f.slice(root.length)).join(', ')} written`);
