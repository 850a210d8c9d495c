import { describe, expect, it } from 'vitest';
import { asciiFilename, multipartFormData } from './multipart';
import { readMultipart } from './multipart.testing';

describe('multipartFormData', () => {
  it('writes text fields and a file part with its bytes as they are, which a strict reader reads back', () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff]);
    const form = multipartFormData(
      [
        { name: 'file', filename: 'Couverture été.png', contentType: 'image/png', bytes },
        { name: 'purpose', value: 'image' },
        { name: 'ref', value: 'Couverture été.png' },
      ],
      'b0undary',
    );
    expect(form.contentType).toBe('multipart/form-data; boundary=b0undary');
    const parts = readMultipart(form.contentType, form.body);
    expect(parts).toEqual([
      { name: 'file', filename: 'Couverture-ete.png', contentType: 'image/png', bytes: Buffer.from(bytes) },
      { name: 'purpose', bytes: Buffer.from('image') },
      { name: 'ref', bytes: Buffer.from('Couverture été.png') },
    ]);
  });

  it('uses a new random boundary each time', () => {
    const a = multipartFormData([{ name: 'x', value: 'y' }]).contentType;
    const b = multipartFormData([{ name: 'x', value: 'y' }]).contentType;
    expect(a).toMatch(/^multipart\/form-data; boundary=----porte-voix-[0-9a-f]{32}$/u);
    expect(a).not.toBe(b);
  });

  it('keeps file names to ASCII without quotes or path separators', () => {
    expect(asciiFilename('../"évil"\r\n.png')).toBe('evil-.png');
    expect(asciiFilename('日本.png')).toBe('png');
    expect(asciiFilename('…')).toBe('image');
  });
});
