import { existsSync } from 'node:fs';

/** Flags for headless Chromium on these machines (root, no GPU, no network but loopback). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
import { createRequire } from 'node:module';

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, or a browser Playwright installed. Undefined if none.
 */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined;
}
