import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentDiskState } from './disk-state';
import { readTextDocument } from './documents';

async function savedDocument(
  content = '# Notes\n',
): Promise<{ path: string; stamp: NonNullable<Awaited<ReturnType<typeof readTextDocument>>['stamp']> }> {
  const path = join(mkdtempSync(join(tmpdir(), 'pv-disk-')), 'notes.md');
  writeFileSync(path, content);
  const { stamp } = await readTextDocument(path);
  if (!stamp) throw new Error('no stamp');
  return { path, stamp };
}

describe('whether a document changed on disk', () => {
  it('is unchanged while the content is the same, even with a new modification time', async () => {
    const { path, stamp } = await savedDocument();
    expect(await documentDiskState(path, stamp)).toEqual({ changed: false, missing: false });
    utimesSync(path, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await documentDiskState(path, stamp)).toEqual({ changed: false, missing: false });
  });

  it('is changed when someone else wrote it, also with the same size', async () => {
    const { path, stamp } = await savedDocument('# Notes\n');
    writeFileSync(path, '# Nodes\n');
    expect(await documentDiskState(path, stamp)).toEqual({ changed: true, missing: false });
  });

  it('is missing when the file was deleted or moved, or a folder took its place', async () => {
    const { path, stamp } = await savedDocument();
    rmSync(path);
    expect(await documentDiskState(path, stamp)).toEqual({ changed: true, missing: true });
    mkdirSync(path);
    expect(await documentDiskState(path, stamp)).toEqual({ changed: true, missing: true });
    expect(await documentDiskState(join(path, 'gone', 'notes.md'), stamp)).toEqual({ changed: true, missing: true });
  });

  it('reports a file it cannot read with a message that names it', async () => {
    const { path, stamp } = await savedDocument();
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const fs = {
      stat: async () => ({ size: stamp.size, mtimeMs: 0, mode: 0o100644, isDirectory: () => false }),
      readFile: async () => Promise.reject(denied),
      write: async () => undefined,
    };
    await expect(documentDiskState(path, stamp, fs)).rejects.toThrow(/Cannot open “notes.md”: permission denied/);
  });
});
