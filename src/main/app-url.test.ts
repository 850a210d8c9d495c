import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isSafeExternalUrl, isSameOrigin, trustedOrigin } from './app-url';

describe('isSafeExternalUrl', () => {
  it('accepts plain web links', () => {
    expect(isSafeExternalUrl('https://www.linkedin.com/feed/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=c#d')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://porte-voix/index.html',
    'smb://server/share',
    'https://user:secret@example.org/',
    'not a url',
    `https://example.org/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('origins', () => {
  it('trusts the app origin, or the dev server when there is one', () => {
    expect(trustedOrigin(undefined)).toBe(APP_ORIGIN);
    expect(trustedOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(isSameOrigin('app://porte-voix/index.html', APP_ORIGIN)).toBe(true);
    expect(isSameOrigin('app://evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isSameOrigin('::', APP_ORIGIN)).toBe(false);
  });
});
