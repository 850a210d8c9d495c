import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../core/host';
import { createBackupStore } from './backups';

function backupsFolder(): string {
  return join(mkdtempSync(join(tmpdir(), 'pv-backups-')), 'backups');
}

/** A clock that moves one second at each call. */
function ticking(start = Date.parse('2025-03-01T10:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

describe('the backups of unsaved documents', () => {
  it('writes one JSON file per window, creating the folder, and reads it back', async () => {
    const dir = backupsFolder();
    const store = createBackupStore(dir, () => new Date('2025-03-01T10:00:00.000Z'));
    await store.write({ id: 'window-aaaa', name: 'notes.md', path: '/home/me/notes.md', content: '# Notes\n' });
    expect(readdirSync(dir)).toEqual(['window-aaaa.json']);
    expect(JSON.parse(readFileSync(join(dir, 'window-aaaa.json'), 'utf8'))).toEqual({
      version: 1,
      id: 'window-aaaa',
      name: 'notes.md',
      path: '/home/me/notes.md',
      savedAt: '2025-03-01T10:00:00.000Z',
      content: '# Notes\n',
    });
    expect(await store.list()).toEqual([
      {
        id: 'window-aaaa',
        name: 'notes.md',
        path: '/home/me/notes.md',
        savedAt: '2025-03-01T10:00:00.000Z',
        content: '# Notes\n',
      },
    ]);
  });

  it('replaces a window’s backup and lists the newest first', async () => {
    const dir = backupsFolder();
    const store = createBackupStore(dir, ticking());
    await store.write({ id: 'window-aaaa', content: 'first' });
    await store.write({ id: 'window-bbbb', content: 'second' });
    await store.write({ id: 'window-aaaa', content: 'first, edited' });
    const listed = await store.list();
    expect(listed.map((b) => [b.id, b.content])).toEqual([
      ['window-aaaa', 'first, edited'],
      ['window-bbbb', 'second'],
    ]);
    expect(listed[0]).not.toHaveProperty('name');
    expect(listed[0]).not.toHaveProperty('path');
  });

  it('discards a backup, and discarding one that is not there is no error', async () => {
    const dir = backupsFolder();
    const store = createBackupStore(dir, ticking());
    await store.write({ id: 'window-aaaa', content: 'a' });
    await store.write({ id: 'window-bbbb', content: 'b' });
    await store.discard('window-aaaa');
    expect((await store.list()).map((b) => b.id)).toEqual(['window-bbbb']);
    await expect(store.discard('window-aaaa')).resolves.toBeUndefined();
    await expect(createBackupStore(backupsFolder()).discard('window-cccc')).resolves.toBeUndefined();
  });

  it('skips corrupt, unreadable and foreign files without failing', async () => {
    const dir = backupsFolder();
    const store = createBackupStore(dir, ticking());
    await store.write({ id: 'window-good', content: 'kept' });
    writeFileSync(join(dir, 'window-trunc.json'), '{"version":1,"id":"window-trunc","content":"hal');
    writeFileSync(join(dir, 'window-shape.json'), JSON.stringify({ version: 1, id: 'window-shape', content: 3 }));
    writeFileSync(
      join(dir, 'window-other.json'),
      JSON.stringify({ version: 1, id: 'window-else', savedAt: '2025-03-01T10:00:00.000Z', content: 'x' }),
    );
    writeFileSync(join(dir, 'window-bytes.json'), Buffer.from([0xff, 0xfe, 0x00]));
    writeFileSync(join(dir, 'window-good.json.123456'), 'a temporary file of write-file-atomic');
    writeFileSync(join(dir, 'README.txt'), 'not a backup');
    mkdirSync(join(dir, 'folder-backup.json'));
    expect((await store.list()).map((b) => b.id)).toEqual(['window-good']);
  });

  it('has no backups when the folder does not exist', async () => {
    expect(await createBackupStore(backupsFolder()).list()).toEqual([]);
  });

  it('keeps the content byte for byte', async () => {
    const dir = backupsFolder();
    const store = createBackupStore(dir);
    const content =
      '---\ntitle: "Été"\n---\n\nCRLF\r\nline\ttab \u00a0nbsp “quotes” 🎉 e\u0301 \u0000 lone \ud800 end\n\n\n';
    await store.write({ id: 'window-aaaa', content });
    const [backup] = await store.list();
    expect(backup?.content).toBe(content);
    expect(backup?.content.length).toBe(content.length);
  });

  it('refuses an id that could name another file', async () => {
    const store = createBackupStore(backupsFolder());
    await expect(store.write({ id: '../../etc/passwd', content: 'x' })).rejects.toThrow(HostError);
    await expect(store.discard('../settings')).rejects.toThrow(HostError);
  });

  it('says what failed, for the user, when the folder cannot be written', async () => {
    const dir = backupsFolder();
    mkdirSync(join(dir, '..'), { recursive: true });
    writeFileSync(dir, 'a file where the folder should be');
    const store = createBackupStore(dir);
    await expect(store.write({ id: 'window-aaaa', content: 'x' })).rejects.toThrow(/Cannot back up your unsaved text/);
  });
});
