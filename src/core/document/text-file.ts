import { HostError } from '../host';

/** The largest file opened, as the host's `readTextDocument` (src/main/services/documents.ts) allows. */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

/** How the editor reads and writes a file, by its name. */
export type DocumentFormat = 'markdown' | 'text' | 'html';

/**
 * The format of a file by its extension (any case): `.txt` is plain text,
 * `.html` and `.htm` are HTML (imported), anything else (`.md`, `.markdown`,
 * no extension) is Markdown.
 */
export function documentFormat(name: string | undefined): DocumentFormat {
  const extension = /\.([^./\\]+)$/.exec(name ?? '')?.[1]?.toLowerCase();
  if (extension === 'txt') return 'text';
  if (extension === 'html' || extension === 'htm') return 'html';
  return 'markdown';
}

/**
 * How Save writes a document of that name: plain text for `.txt`, Markdown for
 * everything else (an imported HTML document is saved as Markdown).
 */
export function saveFormat(name: string | undefined): 'markdown' | 'text' {
  return documentFormat(name) === 'text' ? 'text' : 'markdown';
}

/** The name an imported file is saved under: `page.html` becomes `page.md`. */
export function markdownName(name: string): string {
  const base = name.replace(/\.[^./\\]+$/, '');
  return `${base === '' ? 'Untitled' : base}.md`;
}

/** Refuses a file over 10 MB (before reading it), with the host's message. */
export function assertTextFileSize(name: string, size: number): void {
  if (size <= MAX_TEXT_FILE_BYTES) return;
  throw new HostError(
    `Cannot open “${name}”: it is ${(size / 1024 / 1024).toFixed(1)} MB and Porte-voix opens text files up to 10 MB. Split it into smaller documents.`,
    'E2BIG',
  );
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file read by the user interface itself (a file dropped on the
 * window), refused as the host refuses it, with the same messages: over 10 MB,
 * binary (a NUL byte) or not UTF-8. A leading byte order mark is dropped.
 */
export function decodeTextFile(name: string, bytes: Uint8Array): string {
  assertTextFileSize(name, bytes.length);
  if (bytes.includes(0)) {
    throw new HostError(
      `Cannot open “${name}”: it is a binary file, not text. Open a Markdown, text or HTML file.`,
      'EBINARY',
    );
  }
  let content: string;
  try {
    content = decoder.decode(bytes);
  } catch {
    throw new HostError(
      `Cannot open “${name}”: it is not valid UTF-8 text. Save it as UTF-8 in its original program, then open it again.`,
      'EENCODING',
    );
  }
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}
