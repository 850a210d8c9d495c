import { describe, expect, it } from 'vitest';
import { findUrls } from './urls';

const found = (text: string, withoutProtocol = false): string[] =>
  findUrls(text, { withoutProtocol }).map((url) => text.slice(url.start, url.end));

describe('findUrls', () => {
  it('finds http and https URLs with their path and query, without trailing punctuation', () => {
    const text = 'See https://example.com/path/to/resource?search=foo&lang=en. Or HTTP://www.ExaMPLE.COM/index.html!';
    expect(findUrls(text)).toEqual([
      { start: 4, end: 59 },
      { start: 64, end: 97 },
    ]);
    expect(found('(http://en.wikipedia.org/wiki/Primer_(film)), http://example.com/foo.')).toEqual([
      'http://en.wikipedia.org/wiki/Primer_(film)',
      'http://example.com/foo',
    ]);
    expect(found('https://example.com:8080/a?b=c#top and http://example.com?foo=1')).toEqual([
      'https://example.com:8080/a?b=c#top',
      'http://example.com?foo=1',
    ]);
  });

  it('accepts Unicode domains and TLDs, and stops before text in another script', () => {
    expect(found('http://☃.net/ and \u2066http://foobar.پاکستان/\u2069')).toEqual([
      'http://☃.net/',
      'http://foobar.پاکستان/',
    ]);
    expect(found('https://example.com日本語 https://example.com/Русские_слова')).toEqual([
      'https://example.com',
      'https://example.com/Русские_слова',
    ]);
  });

  it('needs a valid preceding character and a domain with a TLD', () => {
    expect(found('foohttps://a.com $https://a.com @https://a.com')).toEqual([]);
    expect(found('https://localhost:3000/x http://192.168.0.1/ ftp://example.com')).toEqual([]);
  });

  it('finds domains without a protocol only when asked', () => {
    const text = 'Test https://test.com test test.com www.example.fr foo.co.jp example.com/path';
    expect(found(text)).toEqual(['https://test.com']);
    expect(found(text, true)).toEqual([
      'https://test.com',
      'test.com',
      'www.example.fr',
      'foo.co.jp',
      'example.com/path',
    ]);
  });

  it('follows twitter-text for bare domains: no short ccTLD domain without a path, no port or query without a path', () => {
    expect(found('example.fr t.co example.fr/x', true)).toEqual(['t.co', 'example.fr/x']);
    expect(found('example.com:8080 example.com?x=1 example.com:8080/x?y=1', true)).toEqual([
      'example.com',
      'example.com',
      'example.com:8080/x?y=1',
    ]);
    expect(found('file.py README.md Node.js e.g. i.e. @user.com #tag.com -a.com _a.com /a.com', true)).toEqual([]);
    expect(found('https://a.com/x?u=foo.com', true)).toEqual(['https://a.com/x?u=foo.com']);
    expect(found('éexample.com 日本example.com', true)).toEqual(['éexample.com', 'example.com']);
  });
});
