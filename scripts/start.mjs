#!/usr/bin/env node
// `npm start`: the desktop app with electron-vite's dev server. Electron 42+
// downloads its binary on first use; when that cannot happen, say so in one
// sentence with the fix instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function electronBinary() {
  // electron-vite runs the Electron named by ELECTRON_EXEC_PATH when it is set.
  const custom = process.env.ELECTRON_EXEC_PATH;
  if (custom) return existsSync(custom) ? custom : undefined;
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (existsSync(pathFile)) {
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(binary)) return binary;
  }
  // Not downloaded yet: electron's own installer fetches it now.
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10 * 60_000,
  });
  if (install.status === 0 && existsSync(pathFile)) {
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(binary)) return binary;
  }
  return undefined;
}

if (!electronBinary()) {
  console.error(
    'Porte-voix cannot start: the Electron binary is missing and could not be downloaded, so connect to the internet and run `npx install-electron` (then `npm start` again), or run `npm run web` to use Porte-voix in a browser instead.',
  );
  process.exit(1);
}

const child = spawn(
  process.execPath,
  [
    fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)),
    'dev',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
  },
);
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
