import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeDocumentFs, type DocumentFs } from '../main/services/documents';
import { fakeForem, fakeGhost, fakeWordPress } from './fake-blogs.testing';
import {
  ARTICLE,
  DEVTO_KEY,
  folder,
  frontMatterOf,
  GHOST_KEY,
  publish,
  started,
  WP_PASSWORD,
  WP_USER,
} from './publish-run.testing';

/** A real 1×1 PNG and a real 1×1 GIF: two images with different bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The sample article with `image:` in its front matter, and the image in `images/` next to it. */
function withImage(imageLine: string, image?: { name: string; bytes: Buffer }): { dir: string; file: string } {
  const made = folder(ARTICLE.replace('title: Écrire pour être lu\n', `title: Écrire pour être lu\n${imageLine}\n`));
  if (image !== undefined) {
    mkdirSync(path.join(made.dir, 'images'), { recursive: true });
    writeFileSync(path.join(made.dir, 'images', image.name), image.bytes);
  }
  return made;
}

/** The real file system, noting each file read whole. */
function recording(reads: string[]): DocumentFs {
  return {
    ...nodeDocumentFs,
    readFile: (file) => {
      reads.push(file);
      return nodeDocumentFs.readFile(file);
    },
  };
}

function wpArgs(origin: string): string[] {
  return ['post.md', '--to', 'wordpress', '--url', origin, '--user', WP_USER, '--json'];
}

function routes(requests: readonly { method: string; path: string }[]): string[] {
  return requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/u, '')}`).filter((r) => !/tags|categories/u.test(r));
}

describe('porte-voix publish: the featured image (front matter image:)', () => {
  it('uploads it to WordPress, sets it on the post, keeps it on re-publish, replaces it when it changes, removes it with image:', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const { dir, file } = withImage('image: images/cover été.png', { name: 'cover été.png', bytes: PNG });

    const first = await publish(dir, wpArgs(wp.server.origin));
    expect(first).toMatchObject({ status: 0, stderr: '' });
    const { id } = JSON.parse(first.stdout) as { id: string };
    expect(routes(wp.server.requests)).toEqual(['POST /wp-json/wp/v2/media', 'POST /wp-json/wp/v2/posts']);
    const upload = wp.server.requests.find((r) => r.path === '/wp-json/wp/v2/media');
    expect(upload?.headers['content-type']).toBe('image/png');
    expect(upload?.headers['content-disposition']).toBe('attachment; filename="cover-ete.png"');
    expect([...wp.media.values()].map((m) => [m.type, m.bytes.equals(PNG)])).toEqual([['image/png', true]]);
    const [mediaId] = [...wp.media.keys()];
    expect(wp.posts.get(id)?.['featured_media']).toBe(Number(mediaId));
    expect(frontMatterOf(file)['porte-voix']).toMatchObject({
      publications: { wordpress: { id, image_sha256: sha256(PNG) } },
    });

    // Again, same image: nothing uploaded, the post keeps it.
    wp.server.requests.length = 0;
    expect((await publish(dir, wpArgs(wp.server.origin))).status).toBe(0);
    expect(routes(wp.server.requests)).toEqual([`POST /wp-json/wp/v2/posts/${id}`]);
    expect(JSON.parse(wp.server.requests.at(-1)?.text ?? '{}')).not.toHaveProperty('featured_media');
    expect(wp.media.size).toBe(1);
    expect(wp.posts.get(id)?.['featured_media']).toBe(Number(mediaId));

    // Another image under the same name: uploaded and set; the record follows.
    writeFileSync(path.join(dir, 'images', 'cover été.png'), GIF);
    wp.server.requests.length = 0;
    expect((await publish(dir, wpArgs(wp.server.origin))).status).toBe(0);
    expect(routes(wp.server.requests)).toEqual(['POST /wp-json/wp/v2/media', `POST /wp-json/wp/v2/posts/${id}`]);
    expect([...wp.media.values()].map((m) => m.type)).toEqual(['image/png', 'image/gif']);
    expect(wp.posts.get(id)?.['featured_media']).toBe(Number([...wp.media.keys()][1]));
    expect(frontMatterOf(file)['porte-voix']).toMatchObject({
      publications: { wordpress: { image_sha256: sha256(GIF) } },
    });

    // No image: line any more: the post loses its featured image, and the record its digest.
    writeFileSync(file, readFileSync(file, 'utf8').replace('image: images/cover été.png\n', ''));
    expect((await publish(dir, wpArgs(wp.server.origin))).status).toBe(0);
    expect(wp.posts.get(id)?.['featured_media']).toBe(0);
    const record = (frontMatterOf(file)['porte-voix'] as { publications: { wordpress: Record<string, unknown> } })
      .publications.wordpress;
    expect(record).not.toHaveProperty('image_sha256');
    expect(record['id']).toBe(id);
  });

  it.each([
    [
      'a missing file',
      'image: images/nowhere.png',
      undefined,
      /^porte-voix: The featured image “images\/nowhere\.png” cannot be read: there is no file at .*images\/nowhere\.png\. Check the front matter’s “image:”: its path is relative to the document’s folder\.\n$/u,
    ],
    [
      'a file that is not an image',
      'image: images/cover.png',
      { name: 'cover.png', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') },
      /^porte-voix: The featured image “cover\.png” is not a PNG, JPEG, GIF or WebP image\. Export it in one of these formats, or point the front matter’s “image” to another file\.\n$/u,
    ],
    ['a folder', 'image: images', { name: 'x.png', bytes: PNG }, /cannot be read: .*images is a folder\./u],
    [
      'an address',
      'image: https://cdn.example.com/cover.png',
      undefined,
      /^porte-voix: post\.md: The front matter’s “image” \(https:\/\/cdn\.example\.com\/cover\.png\) is an address: the featured image is uploaded from a file\. Save the image next to the document and give its path: write for example image: images\/cover\.jpg\.\n$/u,
    ],
    [
      'an absolute path',
      'image: /static/cover.png',
      undefined,
      /^porte-voix: post\.md: The front matter’s “image” \(\/static\/cover\.png\) is an absolute path: give it relative to the document’s folder, write for example image: images\/cover\.jpg\.\n$/u,
    ],
  ])(
    'refuses %s before sending anything (exit status 2), the file byte for byte',
    async (_what, line, image, message) => {
      const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
      const { dir, file } = withImage(line, image);
      const before = readFileSync(file);
      const run = await publish(dir, ['post.md', '--to', 'wordpress', '--url', wp.server.origin, '--user', WP_USER]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(wp.server.requests).toEqual([]);
      expect(readFileSync(file).equals(before)).toBe(true);
    },
  );

  it('refuses an image over 10 MB without reading it whole', async () => {
    const wp = await started(fakeWordPress(WP_USER, WP_PASSWORD));
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    PNG.copy(big);
    const { dir } = withImage('image: images/huge.png', { name: 'huge.png', bytes: big });
    const reads: string[] = [];
    const run = await publish(dir, wpArgs(wp.server.origin), { documentFs: recording(reads) });
    expect(reads.map((read) => path.basename(read))).toEqual(['post.md']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code: 'invalid',
        message:
          'The featured image “huge.png” is 10.0 MB; Porte-voix uploads images up to 10 MB. Save a smaller version (a blog cover rarely needs more than 2,000 pixels across), then publish again.',
      },
    });
    expect(wp.server.requests).toEqual([]);
  });

  it('uploads it to Ghost and sets it as the feature image; the same image again is kept; without image: it goes', async () => {
    const ghost = await started(fakeGhost(GHOST_KEY));
    const { dir, file } = withImage('image: images/cover.png', { name: 'cover.png', bytes: PNG });
    const args = ['post.md', '--to', 'ghost', '--url', ghost.server.origin, '--json'];
    const first = await publish(dir, args);
    expect(first).toMatchObject({ status: 0, stderr: '' });
    const { id } = JSON.parse(first.stdout) as { id: string };
    expect([...ghost.media.values()].map((m) => [m.filename, m.type, m.bytes.equals(PNG)])).toEqual([
      ['cover.png', 'image/png', true],
    ]);
    const address = `https://ghost.example/content/images/${[...ghost.media.keys()][0] ?? ''}`;
    expect(ghost.posts.get(id)?.['feature_image']).toBe(address);
    expect(frontMatterOf(file)['porte-voix']).toMatchObject({
      publications: { ghost: { id, image_sha256: sha256(PNG) } },
    });

    expect((await publish(dir, args)).status).toBe(0);
    expect(ghost.media.size).toBe(1);
    expect(ghost.posts.get(id)?.['feature_image']).toBe(address);

    writeFileSync(file, readFileSync(file, 'utf8').replace('image: images/cover.png\n', ''));
    expect((await publish(dir, args)).status).toBe(0);
    expect(ghost.posts.get(id)?.['feature_image']).toBeNull();
  });

  it('tells DEV users the image was not sent, without reading it', async () => {
    const forem = await started(fakeForem(DEVTO_KEY));
    const { dir } = withImage('image: images/not-even-there.png');
    const reads: string[] = [];
    const run = await publish(dir, ['post.md', '--to', 'devto', '--url', forem.server.origin, '--json'], {
      documentFs: recording(reads),
    });
    expect(reads.map((read) => path.basename(read))).toEqual(['post.md', 'post.md']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'porte-voix: The featured image “images/not-even-there.png” was not sent: DEV takes a featured image by address only. Add it in DEV’s editor.\n',
    );
  });
});
