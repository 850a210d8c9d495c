import { assertTextFileSize, decodeTextFile } from '../../../core/document/text-file';

/** What a drag carries: files from the desktop (not text or links dragged within a page). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && Array.from(transfer.types).includes('Files');
}

/**
 * The text of a file dropped on the window, read by the interface itself (no host, no path). Refused as the
 * host refuses a file it opens, with its messages (a HostError): over 10 MB (before reading it), binary, not
 * UTF-8. Other failures (a folder, a file removed meanwhile) reject with the browser's error.
 */
export async function readDroppedFile(file: Blob & { name: string }): Promise<string> {
  assertTextFileSize(file.name, file.size);
  return decodeTextFile(file.name, new Uint8Array(await file.arrayBuffer()));
}
