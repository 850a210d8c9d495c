/**
 * Reads the featured image a document names (`image:` in its front matter), relative to the document's folder:
 * for the CLI next to the article it publishes, for the app's host next to the document open in the window.
 */
import path from 'node:path';
import {
  featuredImageFromBytes,
  imageTooBig,
  MAX_IMAGE_BYTES,
  type FeaturedImage,
} from '../../core/publish/featured-image';
import { PublishError } from '../../core/publish/http';
import { nodeDocumentFs, type DocumentFs } from './documents';
import { codeOf } from './fs-errors';

function unreadable(imagePath: string, file: string, error: unknown): PublishError {
  const code = codeOf(error);
  const fix = 'Check the front matter’s “image:”: its path is relative to the document’s folder.';
  const cause =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? `there is no file at ${file}. ${fix}`
      : code === 'EISDIR'
        ? `${file} is a folder. ${fix}`
        : code === 'EACCES' || code === 'EPERM'
          ? `permission denied at ${file}: make the file readable, or copy it next to the document.`
          : `${(error as Error).message ?? String(error)} (${file}).`;
  return new PublishError('invalid', `The featured image “${imagePath}” cannot be read: ${cause}`);
}

/**
 * The image `imagePath` (as the front matter writes it) of the document at `documentPath`, ready to upload.
 * @throws PublishError 'invalid' naming the image, the cause and the fix (missing, unreadable, too big, not an image).
 */
export async function readFeaturedImage(
  documentPath: string,
  imagePath: string,
  fs: DocumentFs = nodeDocumentFs,
  /** Where this host lets files be read from (the web host: its documents folder); throws a HostError elsewhere. */
  allowPath: (file: string) => string = (file) => file,
): Promise<FeaturedImage> {
  const file = allowPath(path.resolve(path.dirname(documentPath), imagePath));
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const info = await fs.stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > MAX_IMAGE_BYTES) throw imageTooBig(name, info.size);
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof PublishError) throw error;
    throw unreadable(imagePath, file, error);
  }
  return featuredImageFromBytes(name, bytes);
}
