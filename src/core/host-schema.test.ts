import { describe, expect, it } from 'vitest';
import { HOST_CHANNELS, HOST_METHODS, hostFailure, HostError, unwrapHostResult } from './host';
import { InvalidArgumentsError, MAX_DOCUMENT_CHARS, validateHostArguments } from './host-schema';

describe('validateHostArguments', () => {
  it('covers every host method', () => {
    expect(Object.keys(validateHostArguments).sort()).toEqual([...HOST_METHODS].sort());
    expect(new Set(Object.values(HOST_CHANNELS)).size).toBe(HOST_METHODS.length);
  });

  it('accepts the contract and strips nothing it allows', () => {
    expect(validateHostArguments.saveTextDocument([{ content: 'x', path: '/tmp/a.md' }])).toEqual([
      { content: 'x', path: '/tmp/a.md' },
    ]);
    expect(validateHostArguments.saveTextDocument([{ content: '', suggestedName: 'a.md' }])).toEqual([
      { content: '', suggestedName: 'a.md' },
    ]);
    expect(validateHostArguments.setSetting(['uiLanguage', 'fr'])).toEqual(['uiLanguage', 'fr']);
    expect(
      validateHostArguments.writeBackup([{ id: 'a1b2c3d4-e5', content: '', name: 'a.md', path: '/a.md' }]),
    ).toEqual([{ id: 'a1b2c3d4-e5', content: '', name: 'a.md', path: '/a.md' }]);
    expect(validateHostArguments.discardBackup(['a1b2c3d4'])).toEqual(['a1b2c3d4']);
    expect(validateHostArguments.importRulePack([{ path: '/tmp/team.zip' }])).toEqual([{ path: '/tmp/team.zip' }]);
    expect(validateHostArguments.removeRulePack(['Équipe_2-b'])).toEqual(['Équipe_2-b']);
  });

  it.each([
    ['getAppInfo', [1]],
    ['openTextDocument', ['/etc/passwd']],
    ['saveTextDocument', []],
    ['saveTextDocument', [{ content: 'x', path: '' }]],
    ['saveTextDocument', [{ content: 'x', path: 'a\0b' }]],
    ['saveTextDocument', [{ content: 'x', other: 1 }]],
    ['saveTextDocument', [{ content: 'x'.repeat(MAX_DOCUMENT_CHARS + 1) }]],
    ['saveTextDocument', [null]],
    ['setSetting', ['theme']],
    ['chooseRulePackSource', ['/etc']],
    ['importRulePack', [{ path: '' }]],
    ['importRulePack', [{ path: '/tmp/a.zip', name: 'x' }]],
    ['importRulePack', ['/tmp/a.zip']],
    ['removeRulePack', ['..']],
    ['removeRulePack', ['Team/Rules']],
    ['removeRulePack', ['']],
    ['setSetting', ['constructor', 'x']],
    ['setSetting', ['uiLanguage', 'de']],
    ['writeBackup', [{ id: 'short', content: 'x' }]],
    ['writeBackup', [{ id: '../../settings', content: 'x' }]],
    ['writeBackup', [{ id: 'ABCDEFGHIJ', content: 'x' }]],
    ['writeBackup', [{ id: 'a1b2c3d4', content: 'x'.repeat(MAX_DOCUMENT_CHARS + 1) }]],
    ['writeBackup', [{ id: 'a1b2c3d4', content: 'x', savedAt: 'now' }]],
    ['discardBackup', ['x'.repeat(65)]],
    ['discardBackup', []],
    ['listBackups', ['a1b2c3d4']],
  ] as const)('refuses %s(%j)', (method, args) => {
    expect(() => (validateHostArguments[method] as (a: readonly unknown[]) => unknown)(args)).toThrow(
      InvalidArgumentsError,
    );
  });
});

describe('host results', () => {
  it('carries a HostError message to the user unchanged', () => {
    const failure = hostFailure(new HostError('Cannot open “a.md”: gone.', 'ENOENT'));
    expect(() => unwrapHostResult(failure)).toThrow('Cannot open “a.md”: gone.');
  });

  it('wraps an unexpected error in a message that reassures and says what to do', () => {
    expect(hostFailure(new TypeError('x is undefined')).error.message).toBe(
      'Something went wrong in Porte-voix (x is undefined). Your text is still in the editor; try again.',
    );
  });
});
