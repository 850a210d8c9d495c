#!/usr/bin/env node
// `npm run bench:marks`: keystroke-to-marks-updated latency in Chromium, on the
// 10,016-word article of ../shared/corpus, through the built app behind the
// web test host. For each keystroke typed in a middle paragraph: the time from
// the keydown event to the moment the marks of the check that includes that
// keystroke are painted (performance marks `pv-check-requested` and
// `pv-marks-painted`, see App.tsx). Prints the median and the 95th percentile;
// the last line is JSON. Build first: `npm run build && npm run build:web-host`
// (the npm script does it).
// Functions given to page.evaluate run in the page, where these are defined.
/* global window, document, CSS */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const KEYSTROKES = Number(process.env['KEYSTROKES'] ?? 60);
const WARM_UP = 5;
const port = 5499;
const data = mkdtempSync(join(tmpdir(), 'pv-bench-marks-'));
mkdirSync(join(data, 'documents'));
const article = readFileSync(join(root, '../shared/corpus/en-long-10016w.txt'), 'utf8');
writeFileSync(join(data, 'documents', 'en-long.md'), article);

const server = spawn('npx', ['tsx', 'src/web/server/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), PORTE_VOIX_DATA: data },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: install Debian’s chromium or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** Waits until the marks of the latest check requested are painted; returns when they were (page clock). */
const painted = (page) =>
  page
    .waitForFunction(
      () => {
        const requested = performance.getEntriesByName('pv-check-requested')[0];
        const done = performance.getEntriesByName('pv-marks-painted')[0];
        return requested && done && done.detail >= requested.detail ? done.startTime : false;
      },
      undefined,
      { timeout: 60_000, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue());

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  const editor = page.getByRole('textbox', { name: 'Document' });
  await editor.waitFor();
  page.once('dialog', (dialog) => void dialog.accept('en-long.md'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.waitForFunction(() => document.title.startsWith('en-long.md'));
  await painted(page);
  // Marks are painted for the blocks on screen or near it; the Issues tab counts them all.
  const findings = await page.evaluate(() =>
    ['pv-mark-error', 'pv-mark-warning', 'pv-mark-suggestion', 'pv-mark-hard', 'pv-mark-very-hard']
      .map((n) => CSS.highlights.get(n)?.size ?? 0)
      .reduce((a, b) => a + b, 0),
  );
  const total = Number((await page.getByRole('tab', { name: /^Issues/ }).textContent())?.replace(/\D/g, '') ?? 0);

  // The caret at the end of a middle paragraph.
  const paragraphs = editor.locator(':scope > p');
  const count = await paragraphs.count();
  await paragraphs.nth(Math.floor(count / 2)).click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__pvKeydowns = [];
    window.addEventListener('keydown', () => window.__pvKeydowns.push(performance.now()), true);
  });

  const latencies = [];
  for (let i = 0; i < WARM_UP + KEYSTROKES; i += 1) {
    await page.keyboard.press(i % 2 === 0 ? 'KeyX' : 'Backspace');
    const end = await painted(page);
    const start = await page.evaluate(() => window.__pvKeydowns.at(-1));
    if (i >= WARM_UP) latencies.push(end - start);
  }
  const figures = {
    marks_keystroke_p95_ms: Math.round(percentile(latencies, 95) * 10) / 10,
    marks_keystroke_median_ms: Math.round(percentile(latencies, 50) * 10) / 10,
    marks_painted: findings,
    findings_total: total,
    keystrokes: KEYSTROKES,
  };
  console.log(
    `keystroke → marks updated on en-long-10016w.txt (${total} findings, ${findings} painted near the screen, ${KEYSTROKES} keystrokes):`,
  );
  console.log(
    `  median ${figures.marks_keystroke_median_ms} ms, p95 ${figures.marks_keystroke_p95_ms} ms (goal ≤ 50 ms)`,
  );
  console.log(JSON.stringify(figures));
} finally {
  await browser.close();
  process.kill(-server.pid, 'SIGTERM');
}
