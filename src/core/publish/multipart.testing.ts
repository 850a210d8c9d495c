/**
 * Test support: reads a `multipart/form-data` body as the blogs' servers do (busboy, multer), strictly, so that the
 * fake Ghost refuses what the real one would.
 */

export interface ReadPart {
  name: string;
  filename?: string;
  contentType?: string;
  bytes: Buffer;
}

/** The parts of a multipart body, or a reason it is not one. */
export function readMultipart(contentType: string | undefined, body: Uint8Array): ReadPart[] | string {
  const boundary = /^multipart\/form-data; boundary=([^;\s]+)$/.exec(contentType ?? '')?.[1];
  if (boundary === undefined) return `not multipart/form-data with a boundary: ${contentType ?? 'no Content-Type'}`;
  const data = Buffer.from(body);
  const delimiter = Buffer.from(`--${boundary}`);
  if (!data.subarray(0, delimiter.length).equals(delimiter)) return 'the body does not start with the boundary';
  if (!data.subarray(data.length - delimiter.length - 4).equals(Buffer.concat([delimiter, Buffer.from('--\r\n')]))) {
    return 'the body does not end with the closing boundary';
  }
  const parts: ReadPart[] = [];
  let at = delimiter.length + 2; // After "--boundary\r\n".
  for (;;) {
    const next = data.indexOf(Buffer.from(`\r\n--${boundary}`), at);
    if (next === -1) return 'a part is not closed';
    const part = data.subarray(at, next);
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) return 'a part has no headers';
    const headers = part.subarray(0, split).toString('utf8');
    const disposition = /^Content-Disposition: form-data; name="([^"]+)"(?:; filename="([^"]*)")?$/im.exec(headers);
    if (disposition === null || disposition[1] === undefined) return `a part without a form-data name: ${headers}`;
    const type = /^Content-Type: (.+)$/im.exec(headers)?.[1];
    parts.push({
      name: disposition[1],
      ...(disposition[2] === undefined ? {} : { filename: disposition[2] }),
      ...(type === undefined ? {} : { contentType: type.trim() }),
      bytes: Buffer.from(part.subarray(split + 4)),
    });
    at = next + 2 + delimiter.length;
    if (data.subarray(at, at + 2).toString() === '--') return parts;
    at += 2;
  }
}
