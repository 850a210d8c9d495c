import { describe, expect, it } from 'vitest';
import { readDroppedFile } from './dropped-file';

describe('readDroppedFile', () => {
  it('reads a text file', async () => {
    await expect(readDroppedFile(new File(['# Notes\n\nHello.'], 'notes.md'))).resolves.toBe('# Notes\n\nHello.');
  });

  it('refuses binary content with the host’s message', async () => {
    await expect(readDroppedFile(new File([new Uint8Array([0x89, 0x50, 0, 1])], 'photo.png'))).rejects.toThrow(
      'Cannot open “photo.png”: it is a binary file, not text. Open a Markdown, text or HTML file.',
    );
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const huge = { name: 'huge.md', size: 11 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
    await expect(readDroppedFile(huge as unknown as File)).rejects.toThrow(
      'Cannot open “huge.md”: it is 11.0 MB and Porte-voix opens text files up to 10 MB. Split it into smaller documents.',
    );
  });

  it('refuses text that is not UTF-8', async () => {
    await expect(readDroppedFile(new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], 'latin1.txt'))).rejects.toThrow(
      /“latin1.txt”: it is not valid UTF-8 text/,
    );
  });
});
