import { describe, expect, it } from 'vitest';
import { HostError } from '../host';
import { nodeDocumentFs, readTextDocument, type DocumentFs } from '../../main/services/documents';
import {
  assertTextFileSize,
  decodeTextFile,
  documentFormat,
  markdownName,
  MAX_TEXT_FILE_BYTES,
  saveFormat,
} from './text-file';

function failure(run: () => unknown): HostError {
  try {
    run();
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a HostError');
}

/** What the host says of the same bytes (its file system replaced by these bytes). */
async function hostFailure(name: string, bytes: Uint8Array): Promise<HostError> {
  const fs: DocumentFs = {
    ...nodeDocumentFs,
    stat: async () => ({ size: bytes.length, mtimeMs: 0, mode: 0o644, isDirectory: () => false }),
    readFile: async () => bytes,
  };
  try {
    await readTextDocument(`/documents/${name}`, fs);
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected the host to refuse the file');
}

describe('documentFormat', () => {
  it('reads .txt as plain text, .html and .htm as HTML, anything else as Markdown', () => {
    expect(documentFormat('notes.txt')).toBe('text');
    expect(documentFormat('NOTES.TXT')).toBe('text');
    expect(documentFormat('page.html')).toBe('html');
    expect(documentFormat('page.HTM')).toBe('html');
    expect(documentFormat('post.md')).toBe('markdown');
    expect(documentFormat('post.markdown')).toBe('markdown');
    expect(documentFormat('README')).toBe('markdown');
    expect(documentFormat('archive.txt.md')).toBe('markdown');
    expect(documentFormat('.txt')).toBe('text');
    expect(documentFormat(undefined)).toBe('markdown');
  });

  it('saves .txt as plain text and everything else (HTML included) as Markdown', () => {
    expect(saveFormat('notes.txt')).toBe('text');
    expect(saveFormat('page.html')).toBe('markdown');
    expect(saveFormat('post.md')).toBe('markdown');
    expect(saveFormat(undefined)).toBe('markdown');
  });
});

describe('markdownName', () => {
  it('swaps the extension for .md', () => {
    expect(markdownName('page.html')).toBe('page.md');
    expect(markdownName('Release notes.v2.htm')).toBe('Release notes.v2.md');
    expect(markdownName('README')).toBe('README.md');
    expect(markdownName('.html')).toBe('Untitled.md');
  });
});

describe('decodeTextFile', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeTextFile('a.md', encode('Café ☕'))).toBe('Café ☕');
    expect(decodeTextFile('a.md', new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toBe('hi');
    expect(decodeTextFile('empty.md', new Uint8Array())).toBe('');
  });

  it('refuses binary content, invalid UTF-8 and files over 10 MB with the host’s messages', async () => {
    const cases: [string, Uint8Array][] = [
      ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])],
      ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])],
      ['huge.md', new Uint8Array(MAX_TEXT_FILE_BYTES + 1).fill(0x61)],
    ];
    for (const [name, bytes] of cases) {
      const here = failure(() => decodeTextFile(name, bytes));
      const host = await hostFailure(name, bytes);
      expect(here.message, name).toBe(host.message);
      expect(here.code, name).toBe(host.code);
    }
    expect(failure(() => decodeTextFile('photo.png', new Uint8Array([1, 0, 2]))).message).toBe(
      'Cannot open “photo.png”: it is a binary file, not text. Open a Markdown, text or HTML file.',
    );
  });

  it('checks a size before reading', () => {
    expect(() => assertTextFileSize('ok.md', MAX_TEXT_FILE_BYTES)).not.toThrow();
    expect(failure(() => assertTextFileSize('big.md', 12 * 1024 * 1024)).message).toBe(
      'Cannot open “big.md”: it is 12.0 MB and Porte-voix opens text files up to 10 MB. Split it into smaller documents.',
    );
  });
});
