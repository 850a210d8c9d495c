/**
 * What Porte-voix keeps in a document's front matter about its publication, under one `porte-voix` key so that it
 * never collides with a blog's own keys (`published:` means something to Jekyll and dev.to):
 *
 * ```yaml
 * porte-voix:
 *   publications:
 *     wordpress: { site: https://blog.example.com, id: "42", url: https://blog.example.com/?p=42, status: draft, image_sha256: 9f86d0… }
 *   overrides:
 *     - { date: 2026-11-27T10:00:00.000Z, action: publish, reason: Legal approved the claim, errors: 1, packs: [Acme@1.2.0] }
 * ```
 *
 * The publication record is how publishing the same document again updates the same post. An override records
 * that the writer copied or published despite error-level findings: why, and with which rule packs.
 * Every other key, comment and their order stay as they were (the `yaml` Document API).
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { FrontMatterEditError } from '../article/front-matter-edit';
import type { PublishTarget } from './targets';

const ROOT = 'porte-voix';
const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Where a document was published last on one blog. */
export interface PublicationRecord {
  /** The site address the post lives on. */
  site: string;
  /** The blog's id of the post. */
  id: string;
  /** The post's address as the blog reported it. */
  url: string;
  status: string;
  /** SHA-256 of the featured image the post was given (`image_sha256`), when it has one from Porte-voix. */
  imageSha256?: string;
}

/** Why a document with error-level findings was copied or published anyway. */
export interface OverrideRecord {
  /** ISO 8601 date and time. */
  date: string;
  action: 'copy' | 'publish';
  reason: string;
  /** How many error-level findings the document had. */
  errors: number;
  /** The rule packs that checked it, as `name@version` (`name` alone when a pack has no version). */
  packs: string[];
}

function editable(yaml: string | undefined): Document {
  const doc = parseDocument(yaml ?? '');
  const error = doc.errors[0];
  if (error !== undefined) {
    const line = error.linePos?.[0].line;
    throw new FrontMatterEditError(
      `The front matter is not valid YAML${line === undefined ? '' : ` on line ${line}`}: fix it first, then try again.`,
      line,
    );
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new FrontMatterEditError(
      'The front matter is not a list of “key: value” lines: fix it first, then try again.',
      undefined,
    );
  }
  const root: unknown = doc.get(ROOT, true);
  if (root !== undefined && root !== null && !isMap(root)) {
    throw new FrontMatterEditError(
      `The front matter’s “${ROOT}” key is not a list of “key: value” lines: remove it, then try again.`,
      undefined,
    );
  }
  return doc;
}

function write(doc: Document, source: string | undefined): string {
  let out = doc.toString(WRITE_OPTIONS);
  if (source !== undefined && source !== '' && !/\r?\n$/u.test(source)) out = out.replace(/\n$/u, '');
  if (source?.includes('\r\n') === true) out = out.replace(/\n/gu, '\r\n');
  return out;
}

/** A site address compared without case in the host, and without a trailing slash. */
export function sameSite(a: string, b: string): boolean {
  const clean = (url: string): string => {
    try {
      const parsed = new URL(url.trim());
      return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/u, '')}`;
    } catch {
      return url.trim().replace(/\/+$/u, '');
    }
  };
  return clean(a) === clean(b);
}

/** The document's last publication on `target`, when the front matter has one (never throws). */
export function readPublication(yaml: string | undefined, target: PublishTarget): PublicationRecord | undefined {
  let data: unknown;
  try {
    const doc = parseDocument(yaml ?? '');
    if (doc.errors.length > 0) return undefined;
    data = doc.toJS() as unknown;
  } catch {
    return undefined;
  }
  const record = (data as Record<string, Record<string, Record<string, unknown>> | undefined> | null)?.[ROOT]?.[
    'publications'
  ] as Record<string, unknown> | undefined;
  const entry = record?.[target] as Record<string, unknown> | undefined;
  if (typeof entry !== 'object' || entry === null) return undefined;
  const text = (key: string): string => {
    const value = entry[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  if (text('id') === '' || text('site') === '') return undefined;
  const image = text('image_sha256');
  return {
    site: text('site'),
    id: text('id'),
    url: text('url'),
    status: text('status'),
    ...(/^[0-9a-f]{64}$/u.test(image) ? { imageSha256: image } : {}),
  };
}

/** The document's last publication on `target` when it was on `site` (else undefined: a new post there). */
export function publicationOn(
  yaml: string | undefined,
  target: PublishTarget,
  site: string,
): PublicationRecord | undefined {
  const record = readPublication(yaml, target);
  return record !== undefined && sameSite(record.site, site) ? record : undefined;
}

/** The id to update on `site`: the stored one when the document was published there, else undefined (a new post). */
export function publicationIdFor(yaml: string | undefined, target: PublishTarget, site: string): string | undefined {
  return publicationOn(yaml, target, site)?.id;
}

/**
 * The front matter with the publication on `target` recorded (replacing the previous one for that blog).
 * @throws FrontMatterEditError when the front matter is malformed; it is then left as it is.
 */
export function recordPublication(yaml: string | undefined, target: PublishTarget, record: PublicationRecord): string {
  const doc = editable(yaml);
  const node = doc.createNode({
    site: record.site,
    id: record.id,
    url: record.url,
    status: record.status,
    ...(record.imageSha256 === undefined ? {} : { image_sha256: record.imageSha256 }),
  });
  if (doc.contents === null) doc.contents = doc.createNode({});
  doc.setIn([ROOT, 'publications', target], node);
  return write(doc, yaml);
}

/**
 * The front matter with one more override recorded (the earlier ones stay: it is a log).
 * @throws FrontMatterEditError when the front matter is malformed; it is then left as it is.
 */
export function recordOverride(yaml: string | undefined, override: OverrideRecord): string {
  const doc = editable(yaml);
  if (doc.contents === null) doc.contents = doc.createNode({});
  const item = doc.createNode({
    date: override.date,
    action: override.action,
    reason: override.reason.replace(/\s+/gu, ' ').trim(),
    errors: override.errors,
    packs: override.packs,
  });
  const list: unknown = doc.getIn([ROOT, 'overrides'], true);
  if (isSeq(list)) list.items.push(item);
  else doc.setIn([ROOT, 'overrides'], doc.createNode([item]));
  return write(doc, yaml);
}

/** `name@version` for each pack, `name` alone when it has no version. */
export function packLabels(packs: readonly { name: string; version?: string | undefined }[]): string[] {
  return packs.map((pack) =>
    pack.version === undefined || pack.version === '' ? pack.name : `${pack.name}@${pack.version}`,
  );
}
