import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FrontMatterEditError } from '../article/front-matter-edit';
import {
  packLabels,
  publicationIdFor,
  readPublication,
  recordOverride,
  recordPublication,
  sameSite,
} from './front-matter-records';

const record = { site: 'http://127.0.0.1:8089', id: '42', url: 'http://127.0.0.1:8089/?p=42', status: 'draft' };

describe('publication records in the front matter', () => {
  it('records a publication under porte-voix and keeps the other keys, comments and their order', () => {
    const yaml = '# written by hand\ntitle: Hello\ntags: [a, b]\n';
    const out = recordPublication(yaml, 'wordpress', record);
    expect(out).toBe(
      '# written by hand\ntitle: Hello\ntags: [a, b]\nporte-voix:\n  publications:\n    wordpress:\n' +
        '      site: http://127.0.0.1:8089\n      id: "42"\n      url: http://127.0.0.1:8089/?p=42\n      status: draft\n',
    );
    expect(readPublication(out, 'wordpress')).toEqual(record);
    expect(readPublication(out, 'ghost')).toBeUndefined();
  });

  it('replaces the record of the same blog and keeps the others', () => {
    let yaml = recordPublication(undefined, 'wordpress', record);
    yaml = recordPublication(yaml, 'devto', {
      site: 'https://dev.to',
      id: '7',
      url: 'https://dev.to/a/b',
      status: 'draft',
    });
    yaml = recordPublication(yaml, 'wordpress', { ...record, status: 'publish' });
    expect(readPublication(yaml, 'wordpress')?.status).toBe('publish');
    expect(readPublication(yaml, 'devto')?.id).toBe('7');
  });

  it('gives the stored id only for the same site', () => {
    const yaml = recordPublication('title: x', 'wordpress', record);
    expect(publicationIdFor(yaml, 'wordpress', 'http://127.0.0.1:8089/')).toBe('42');
    expect(publicationIdFor(yaml, 'wordpress', 'HTTP://127.0.0.1:8089')).toBe('42');
    expect(publicationIdFor(yaml, 'wordpress', 'https://other.example')).toBeUndefined();
    expect(publicationIdFor(yaml, 'ghost', 'http://127.0.0.1:8089')).toBeUndefined();
  });

  it('keeps CRLF line endings and the absence of a final line break', () => {
    const out = recordPublication('title: x\r\nlang: fr', 'ghost', record);
    expect(out).toContain('title: x\r\nlang: fr\r\nporte-voix:\r\n');
    expect(out.endsWith('\n')).toBe(false);
  });

  it('never overwrites malformed YAML, and names the line', () => {
    expect(() => recordPublication('title: [x\nlang: fr', 'wordpress', record)).toThrow(FrontMatterEditError);
    expect(() => recordPublication('- a\n- b', 'wordpress', record)).toThrow(/not a list of “key: value” lines/);
    expect(() => recordPublication('porte-voix: yes', 'wordpress', record)).toThrow(/“porte-voix” key/);
    expect(readPublication('title: [x', 'wordpress')).toBeUndefined();
  });

  it('ignores a record without an id or a site', () => {
    expect(readPublication('porte-voix:\n  publications:\n    wordpress: { site: x }', 'wordpress')).toBeUndefined();
    expect(readPublication('porte-voix:\n  publications:\n    wordpress: { id: 3, site: s }', 'wordpress')?.id).toBe(
      '3',
    );
  });
});

describe('override records', () => {
  it('appends each override to a log', () => {
    const first = recordOverride('title: x\n', {
      date: '2026-11-27T10:00:00.000Z',
      action: 'publish',
      reason: '  Legal   approved\nthe claim ',
      errors: 2,
      packs: ['Acme@1.2.0', 'Ethics'],
    });
    const second = recordOverride(first, {
      date: '2026-11-27T11:00:00.000Z',
      action: 'copy',
      reason: 'Quote from the press release',
      errors: 1,
      packs: [],
    });
    const data = parse(second) as { title: string; 'porte-voix': { overrides: unknown[] } };
    expect(data.title).toBe('x');
    expect(data['porte-voix'].overrides).toEqual([
      {
        date: '2026-11-27T10:00:00.000Z',
        action: 'publish',
        reason: 'Legal approved the claim',
        errors: 2,
        packs: ['Acme@1.2.0', 'Ethics'],
      },
      {
        date: '2026-11-27T11:00:00.000Z',
        action: 'copy',
        reason: 'Quote from the press release',
        errors: 1,
        packs: [],
      },
    ]);
  });

  it('labels packs name@version', () => {
    expect(packLabels([{ name: 'Acme', version: '1.2.0' }, { name: 'Ethics' }, { name: 'X', version: '' }])).toEqual([
      'Acme@1.2.0',
      'Ethics',
      'X',
    ]);
  });

  it('compares sites without a trailing slash or case in the host', () => {
    expect(sameSite('https://Blog.example.com/news/', 'https://blog.example.com/news')).toBe(true);
    expect(sameSite('https://blog.example.com/a', 'https://blog.example.com/b')).toBe(false);
  });
});
