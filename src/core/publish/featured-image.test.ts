import { describe, expect, it } from 'vitest';
import { featuredImageFromBytes, featuredImagePath, MAX_IMAGE_BYTES } from './featured-image';
import { PublishError } from './http';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('featuredImagePath', () => {
  it('gives the path as written, trimmed; nothing when there is no image', () => {
    expect(featuredImagePath({ image: ' images/cover.jpg ' })).toBe('images/cover.jpg');
    expect(featuredImagePath({ image: '../static/cover été.png' })).toBe('../static/cover été.png');
    expect(featuredImagePath({})).toBeUndefined();
    expect(featuredImagePath({ image: null })).toBeUndefined();
    expect(featuredImagePath({ image: '' })).toBeUndefined();
  });

  it.each([
    [{ image: 'https://cdn.example.com/a.png' }, /is an address/u],
    [{ image: 'data:image/png;base64,iVBOR' }, /is an address/u],
    [{ image: '/static/a.png' }, /is an absolute path/u],
    [{ image: 'C:\\Users\\me\\a.png' }, /is an absolute path/u],
    [{ image: { src: 'a.png' } }, /should be the path of an image file, relative to the document/u],
  ])('refuses %j, saying what to write', (fields, message) => {
    let error: unknown;
    try {
      featuredImagePath(fields);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).code).toBe('invalid');
    expect((error as PublishError).message).toMatch(message);
    expect((error as PublishError).message).toContain('image: images/cover.jpg');
  });
});

describe('featuredImageFromBytes', () => {
  it.each([
    ['a.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['a.jpg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['a.gif', bytes('GIF89a', [1, 0]), 'image/gif'],
    ['a.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['named.jpg', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
  ])('recognises %s by its content', async (name, content, type) => {
    const image = await featuredImageFromBytes(name, content);
    expect(image.upload).toEqual({
      filename: name,
      contentType: type,
      base64: Buffer.from(content).toString('base64'),
    });
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('gives the SHA-256 of the bytes, the same as Node’s', async () => {
    const { createHash } = await import('node:crypto');
    const content = bytes(
      'GIF87a',
      [...Array(70_000).keys()].map((n) => n % 256),
    );
    const image = await featuredImageFromBytes('big.gif', content);
    expect(image.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(Buffer.from(image.upload.base64, 'base64').equals(Buffer.from(content))).toBe(true);
  });

  it('refuses what is not an image, and what is over 10 MB', async () => {
    await expect(featuredImageFromBytes('cover.svg', bytes('<svg/>'))).rejects.toThrow(
      'The featured image “cover.svg” is not a PNG, JPEG, GIF or WebP image.',
    );
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    await expect(featuredImageFromBytes('huge.jpg', big)).rejects.toThrow(
      'The featured image “huge.jpg” is 10.0 MB; Porte-voix uploads images up to 10 MB.',
    );
  });
});
