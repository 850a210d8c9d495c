/**
 * A `multipart/form-data` body (RFC 7578), for the APIs that take a file that way (Ghost's image upload). Text fields
 * are UTF-8; a file part carries its name, type and bytes.
 */

export type FormPart =
  { name: string; value: string } | { name: string; filename: string; contentType: string; bytes: Uint8Array };

/** A file name a header can carry: ASCII letters, digits, `.`, `_` and `-` (accents dropped), never empty. */
export function asciiFilename(filename: string): string {
  const safe = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '');
  return safe === '' ? 'image' : safe;
}

function randomBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `----porte-voix-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** The body and its Content-Type header (with the boundary). Field names are ASCII, as the APIs define them. */
export function multipartFormData(
  parts: readonly FormPart[],
  boundary = randomBoundary(),
): { contentType: string; body: Uint8Array } {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const head =
      'filename' in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${asciiFilename(part.filename)}"\r\n` +
          `Content-Type: ${part.contentType}\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    chunks.push(
      encoder.encode(head),
      'filename' in part ? part.bytes : encoder.encode(part.value),
      encoder.encode('\r\n'),
    );
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { contentType: `multipart/form-data; boundary=${boundary}`, body };
}
