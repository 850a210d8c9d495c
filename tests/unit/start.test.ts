import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));

describe('npm start without the Electron binary', () => {
  it('says so in one sentence with the fix, and exits with 1', () => {
    const run = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_EXEC_PATH: '/nonexistent/electron' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'Porte-voix cannot start: the Electron binary is missing and could not be downloaded, so connect to the internet and run `npx install-electron` (then `npm start` again), or run `npm run web` to use Porte-voix in a browser instead.',
    ]);
  });
});
