import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile } from './static-files';

const root = mkdtempSync(join(tmpdir(), 'pv-static-'));
mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'export {}');
writeFileSync(join(root, 'secret.txt'), 'secret');
const renderer = join(root, 'renderer');

describe('readStaticFile', () => {
  it('serves index.html for / and files with their type', async () => {
    expect(await readStaticFile(renderer, '/')).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(await readStaticFile(renderer, '/assets/app.js')).toMatchObject({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..\\secret.txt',
    '/%00',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    expect((await readStaticFile(renderer, path)).status).toBe(403);
  });

  it('answers 404 for a missing file', async () => {
    expect((await readStaticFile(renderer, '/nope.js')).status).toBe(404);
  });
});
