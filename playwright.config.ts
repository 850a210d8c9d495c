import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

/**
 * End-to-end tests drive the built renderer in Chromium through the web test
 * host (`npm run web`), which implements the host contract with the same
 * services as the desktop app. `npm test` builds first and finds Chromium.
 */
const port = Number(process.env['E2E_PORT'] ?? 5299);
export const e2eDataDir = process.env['PORTE_VOIX_E2E_DATA'] ?? mkdtempSync(join(tmpdir(), 'porte-voix-e2e-'));
process.env['PORTE_VOIX_E2E_DATA'] = e2eDataDir;

const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'npx tsx src/web/server/main.ts',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port), PORTE_VOIX_DATA: e2eDataDir },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
