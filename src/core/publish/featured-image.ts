/**
 * The featured image of a publication: the front matter's `image:` names an image file, relative to the document's
 * folder (`image: images/cover.jpg`). WordPress gets it uploaded to its media library and set as the post's featured
 * image, Ghost uploaded to its images and set as the post's feature image; re-publishing with the same image (same
 * bytes) keeps the one already uploaded, and removing `image:` removes it from the post. DEV takes a cover image by
 * address only: it is told nothing, and the writer is.
 *
 * Reading the file is the caller's (the CLI reads it next to the article, the app's host next to the document); this
 * module says what the path may be and what the bytes must be.
 */
import { PublishError } from './http';
import type { WordPressImage } from './wordpress';

/** The front matter key. */
export const FEATURED_IMAGE_KEY = 'image';

/** The largest image uploaded (WordPress sites often accept less: their limit is in Media → Add New). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** An image ready to upload, with the digest that tells whether the post already has it. */
export interface FeaturedImage {
  upload: WordPressImage;
  /** SHA-256 of the bytes, in hex: recorded with the publication. */
  sha256: string;
}

const EXAMPLE = 'write for example image: images/cover.jpg';

/**
 * The image path the front matter gives (`image:`), as written: relative to the document's folder. Undefined when
 * there is none (no key, or an empty value).
 * @throws PublishError 'invalid' naming the fix when it is not a relative file path (an address, an absolute path).
 */
export function featuredImagePath(fields: Readonly<Record<string, unknown>>): string | undefined {
  const value = fields[FEATURED_IMAGE_KEY];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new PublishError(
      'invalid',
      `The front matter’s “${FEATURED_IMAGE_KEY}” should be the path of an image file, relative to the document: ${EXAMPLE}.`,
    );
  }
  const path = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/iu.test(path) && !/^[a-z]:[\\/]/iu.test(path)) {
    throw new PublishError(
      'invalid',
      `The front matter’s “${FEATURED_IMAGE_KEY}” (${path}) is an address: the featured image is uploaded from a file. ` +
        `Save the image next to the document and give its path: ${EXAMPLE}.`,
    );
  }
  if (/^([\\/]|[a-z]:[\\/])/iu.test(path)) {
    throw new PublishError(
      'invalid',
      `The front matter’s “${FEATURED_IMAGE_KEY}” (${path}) is an absolute path: give it relative to the document’s folder, ${EXAMPLE}.`,
    );
  }
  return path;
}

/** The error for an image over {@link MAX_IMAGE_BYTES} (`size` in bytes), so a caller can refuse it before reading it. */
export function imageTooBig(name: string, size: number): PublishError {
  const mb = (size / (1024 * 1024)).toFixed(1);
  return new PublishError(
    'invalid',
    `The featured image “${name}” is ${mb} MB; Porte-voix uploads images up to 10 MB. Save a smaller version (a blog ` +
      `cover rarely needs more than 2,000 pixels across), then publish again.`,
  );
}

const FORMATS: readonly { type: string; matches: (b: Uint8Array) => boolean }[] = [
  { type: 'image/png', matches: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', matches: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', matches: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { type: 'image/webp', matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
];

function starts(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  return [...text].every((char, index) => bytes[offset + index] === char.charCodeAt(0));
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The image to upload from its file's bytes: PNG, JPEG, GIF or WebP, recognised by content (not by name), up to
 * {@link MAX_IMAGE_BYTES}. `name` is the file's name, shown in the media library and in messages.
 * @throws PublishError 'invalid' naming the file, the cause and the fix.
 */
export async function featuredImageFromBytes(name: string, bytes: Uint8Array): Promise<FeaturedImage> {
  if (bytes.length > MAX_IMAGE_BYTES) throw imageTooBig(name, bytes.length);
  const format = FORMATS.find((each) => each.matches(bytes));
  if (format === undefined) {
    throw new PublishError(
      'invalid',
      `The featured image “${name}” is not a PNG, JPEG, GIF or WebP image. Export it in one of these formats, or ` +
        `point the front matter’s “${FEATURED_IMAGE_KEY}” to another file.`,
    );
  }
  return {
    upload: { filename: name, contentType: format.type, base64: base64(bytes) },
    sha256: await sha256Hex(bytes),
  };
}
