import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError, validateHostArguments } from './host-schema';

const request = { target: 'wordpress', title: 'T', html: '<p>x</p>', markdown: 'x', tags: ['a'], status: 'draft' };

describe('the publishing methods’ arguments', () => {
  it('accepts the contract', () => {
    expect(
      validateHostArguments.savePublishAccount([
        { target: 'wordpress', url: 'https://blog.example.com', user: 'ana' },
        'abcd efgh',
        false,
      ]),
    ).toEqual([{ target: 'wordpress', url: 'https://blog.example.com', user: 'ana' }, 'abcd efgh', false]);
    expect(validateHostArguments.publishDocument([{ ...request, id: '42', excerpt: 'e' }])).toEqual([
      { ...request, id: '42', excerpt: 'e' },
    ]);
    const image = { documentPath: '/home/ana/posts/launch.md', path: 'images/cover été.png' };
    const sha = 'a'.repeat(64);
    expect(validateHostArguments.publishDocument([{ ...request, image, previousImageSha256: sha }])).toEqual([
      { ...request, image, previousImageSha256: sha },
    ]);
    expect(validateHostArguments.forgetPublishAccount(['devto'])).toEqual(['devto']);
  });

  it.each([
    ['getCredentialStorage', [true]],
    ['listPublishAccounts', ['wordpress']],
    ['savePublishAccount', [{ target: 'medium', url: 'https://x.example', user: '' }, 's', false]],
    ['savePublishAccount', [{ target: 'ghost', url: 'javascript:alert(1)', user: '' }, 's', false]],
    ['savePublishAccount', [{ target: 'ghost', url: 'file:///etc/passwd', user: '' }, 's', false]],
    ['savePublishAccount', [{ target: 'ghost', url: 'https://x.example', user: '' }, '   ', false]],
    ['savePublishAccount', [{ target: 'ghost', url: 'https://x.example', user: '' }, 's', 'yes']],
    ['savePublishAccount', [{ target: 'ghost', url: 'https://x.example', user: '' }, 's']],
    ['savePublishAccount', [{ target: 'ghost', url: 'https://x.example', user: '', secret: 's' }, 's', true]],
    ['forgetPublishAccount', ['all']],
    ['publishDocument', [{ ...request, status: 'published' }]],
    ['publishDocument', [{ ...request, id: '../../users/1' }]],
    ['publishDocument', [{ ...request, secret: 'x' }]],
    ['publishDocument', [{ ...request, tags: 'a, b' }]],
    ['publishDocument', [{ ...request, canonicalUrl: 'javascript:x' }]],
    ['publishDocument', [{ ...request, target: 'wordpress', html: 3 }]],
    ['publishDocument', [{ ...request, image: { documentPath: 'posts/launch.md', path: 'a.png' } }]],
    ['publishDocument', [{ ...request, image: { documentPath: '/p/launch.md', path: '' } }]],
    ['publishDocument', [{ ...request, image: { documentPath: '/p/launch.md', path: 'a.png\u0000' } }]],
    ['publishDocument', [{ ...request, image: { documentPath: '/p/launch.md', path: 'a.png', bytes: 'x' } }]],
    ['publishDocument', [{ ...request, image: 'a.png' }]],
    ['publishDocument', [{ ...request, previousImageSha256: 'not a digest' }]],
  ] as const)('refuses %s(%j)', (method, args) => {
    expect(() => (validateHostArguments[method] as (a: readonly unknown[]) => unknown)(args)).toThrow(
      InvalidArgumentsError,
    );
  });
});
