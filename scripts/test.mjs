#!/usr/bin/env node
// `npm test`: lint, type-check, build, unit tests (vitest) and end-to-end
// tests (Playwright in Chromium), then one line with the totals of all suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(title, command, args) {
  if (!run(title, command, args)) {
    failed += 1;
    failures.push(title);
    return false;
  }
  return true;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} unit test(s)`);
  const skipped = report.numPendingTests + report.numTodoTests;
  if (skipped > 0) {
    console.log(`(${skipped} unit test(s) skipped:`);
    // Each by its full name: the names of the tests that skip say when they do (as root, without a WordPress).
    for (const suite of report.testResults ?? []) {
      for (const test of suite.assertionResults ?? []) {
        if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') {
          console.log(`   - ${test.fullName ?? test.title}`);
        }
      }
    }
    console.log(')');
  }
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (stats.unexpected > 0) failures.push(`${stats.unexpected} end-to-end test(s)`);
  if (stats.skipped > 0) console.log(`(${stats.skipped} end-to-end test(s) skipped: see the reasons above)`);
  return true;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
step('lint', npx, ['eslint', '.', '--max-warnings=0']);
step('format', npx, ['prettier', '--check', '.']);
step('type-check (Node side)', npx, ['tsc', '-p', 'tsconfig.node.json']);
step('type-check (web side)', npx, ['tsc', '-p', 'tsconfig.web.json']);
step('type-check (end-to-end tests)', npx, ['tsc', '-p', 'tsconfig.e2e.json']);
const built =
  step('dictionaries', process.execPath, ['scripts/compile-dictionaries.mjs']) &&
  step('build (electron-vite)', npx, ['electron-vite', 'build']) &&
  step('build (web host)', npx, ['vite', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn']);

const vitestReport = join(reports, 'vitest.json');
run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (!countVitest(vitestReport)) {
  failed += 1;
  failures.push('unit tests did not run');
}

const chromium = findChromium();
if (!chromium) {
  console.error(
    "\nNo Chromium for the end-to-end tests: install Debian's with `sudo apt-get install chromium` (it lands in /usr/bin/chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  failed += 1;
  failures.push('end-to-end tests (no Chromium)');
} else if (!built) {
  failed += 1;
  failures.push('end-to-end tests (the build failed)');
} else {
  const playwrightReport = join(reports, 'playwright.json');
  run('end-to-end tests', npx, ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    CHROMIUM_PATH: chromium,
  });
  if (!countPlaywright(playwrightReport)) {
    failed += 1;
    failures.push('end-to-end tests did not run');
  }
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
