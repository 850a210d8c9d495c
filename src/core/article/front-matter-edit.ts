/**
 * Edits an article's YAML front matter in place: the fields the article panel
 * changes (title, description, tags, channel, language), and nothing else.
 *
 * The YAML is edited through the `yaml` package's Document API, so every
 * other key, every comment and the order of the keys stay as they were; a
 * changed scalar keeps its quoting style and its comment, a changed list of
 * tags its style (flow `[a, b]` or block `- a`) and the comments of the tags
 * it keeps. The rest is written back by the `yaml` package, which may
 * normalize spacing (`key:   value` becomes `key: value`); long lines are not
 * folded and flow collections are written `[a, b]`.
 *
 * Malformed YAML is never overwritten: `setFrontMatterFields` throws a
 * `FrontMatterEditError` that names the line, so the writer fixes it first.
 */
import { isMap, isNode, isScalar, isSeq, parse, parseDocument, Scalar, type Document } from 'yaml';

/** The fields `setFrontMatterFields` edits; an absent field is left as it is. */
export interface FrontMatterPatch {
  title?: string;
  /** The meta description: written to `description`, or to `excerpt` when only that is used. */
  description?: string;
  tags?: string[];
  channel?: string;
  lang?: string;
}

/** Why the front matter could not be edited: it is not valid YAML, or not a list of `key: value` lines. */
export class FrontMatterEditError extends Error {
  /** The line of the front matter (from 1) where the YAML is malformed, when the parser tells. */
  readonly line: number | undefined;

  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'FrontMatterEditError';
    this.line = line;
  }
}

const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Keys read as the meta description, in the order `readArticleMeta` reads them. */
const DESCRIPTION_KEYS = ['description', 'excerpt'] as const;

/** Keys read as the language, in the order `readArticleMeta` reads them. */
const LANGUAGE_KEYS = ['lang', 'language'] as const;

/**
 * The front matter `yaml` (without its `---` fences; undefined: none yet) with
 * the fields of `patch` set, their white space collapsed as `readArticleMeta`
 * collapses it when reading. A blank text or an empty list removes the key
 * (for the description, both `description` and `excerpt`, so that it reads as
 * empty). `description` is written to `description` when it has a value,
 * else to `excerpt` when that has one, else to whichever of the two is
 * present, else to `description`; `lang` likewise to `lang` or `language`.
 * The result keeps the line endings of `yaml` (CRLF or LF) and ends with a
 * line break only when `yaml` did; it is empty when no key and no comment
 * is left.
 *
 * @throws FrontMatterEditError when `yaml` is malformed, or is not a map of keys.
 */
export function setFrontMatterFields(yaml: string | undefined, patch: FrontMatterPatch): string {
  const source = yaml ?? '';
  const doc = parseDocument(source);
  const error = doc.errors[0];
  if (error !== undefined) {
    const line = error.linePos?.[0].line;
    const where = line === undefined ? '' : ` on line ${line}`;
    throw new FrontMatterEditError(
      `The front matter is not valid YAML${where}: fix the front matter first, then change the title, description or tags again.`,
      line,
    );
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new FrontMatterEditError(
      'The front matter is not a list of “key: value” lines: fix the front matter first, then change the title, description or tags again.',
      undefined,
    );
  }

  const written = new Map<string, string | string[]>();
  const setText = (key: string, value: string): void => {
    const text = collapse(value);
    if (text === '') {
      remove(doc, key);
    } else {
      doc.set(key, text);
      written.set(key, text);
    }
  };
  if (patch.title !== undefined) setText('title', patch.title);
  if (patch.description !== undefined) {
    if (collapse(patch.description) === '') for (const key of DESCRIPTION_KEYS) remove(doc, key);
    else setText(pickKey(doc, DESCRIPTION_KEYS), patch.description);
  }
  if (patch.tags !== undefined) {
    const tags = setTags(doc, patch.tags);
    if (tags !== undefined) written.set('tags', tags);
  }
  if (patch.channel !== undefined) setText('channel', patch.channel);
  if (patch.lang !== undefined) {
    if (collapse(patch.lang) === '') for (const key of LANGUAGE_KEYS) remove(doc, key);
    else setText(pickKey(doc, LANGUAGE_KEYS), patch.lang);
  }
  return finish(doc, source, written);
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Removes a key. The comment lines right above it move to the next key (or
 * after the last one): they may be about the whole front matter, and are the
 * writer's words.
 */
function remove(doc: Document, key: string): void {
  const map = doc.contents;
  if (!isMap(map)) return;
  const index = map.items.findIndex((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key);
  const pair = map.items[index];
  if (pair === undefined) return;
  const comment = isNode(pair.key) ? pair.key.commentBefore : undefined;
  map.items.splice(index, 1);
  if (comment === undefined || comment === null || comment === '') return;
  const next = map.items[index]?.key;
  if (isNode(next)) {
    next.commentBefore = next.commentBefore ? `${comment}\n${next.commentBefore}` : comment;
    if (index === 0 && isNode(pair.key) && pair.key.spaceBefore === true) next.spaceBefore = true;
  } else {
    map.comment = map.comment ? `${map.comment}\n${comment}` : comment;
  }
}

/** The first of `keys` with a value, else the first present, else the first. */
function pickKey(doc: Document, keys: readonly [string, ...string[]]): string {
  const withValue = keys.find((key) => {
    const value: unknown = doc.get(key);
    return value !== undefined && value !== null;
  });
  return withValue ?? keys.find((key) => doc.has(key)) ?? keys[0];
}

/**
 * Sets the tags, white space collapsed, without blanks or duplicates: an
 * existing list keeps its node (style, comments) and the nodes of the tags it
 * keeps; a comma-separated text stays a text; a new key is a flow list
 * `[a, b]`. Gives what was written: the list, the text, or undefined when the
 * key was removed.
 */
function setTags(doc: Document, tags: readonly string[]): string[] | string | undefined {
  const clean = [...new Set(tags.map(collapse).filter((tag) => tag !== ''))];
  if (clean.length === 0) {
    remove(doc, 'tags');
    return undefined;
  }
  const node: unknown = doc.get('tags', true);
  if (isSeq(node)) {
    const kept = new Map<string, unknown>();
    for (const item of node.items) {
      if (isScalar(item) && typeof item.value === 'string' && !kept.has(item.value)) kept.set(item.value, item);
    }
    node.items = clean.map((tag) => kept.get(tag) ?? doc.createNode(tag));
  } else if (isScalar(node) && typeof node.value === 'string') {
    const text = clean.join(', ');
    node.value = text;
    return text;
  } else {
    doc.set('tags', doc.createNode(clean, { flow: true }));
  }
  return clean;
}

/**
 * The edited YAML, in the line endings of the source, with a final line break
 * only when the source had one. The written values are read back: should the
 * `yaml` writer keep a style that reads them otherwise, they are written again
 * double-quoted.
 */
function finish(doc: Document, source: string, written: ReadonlyMap<string, string | string[]>): string {
  // Nothing was set in an empty or comment-only front matter: it stays as it was.
  if (doc.contents === null) return source;
  let out: string;
  if (isMap(doc.contents) && doc.contents.items.length === 0) {
    // The `yaml` package writes an empty map as `{}`: keep only the comments.
    const comments = [doc.commentBefore, doc.contents.commentBefore, doc.contents.comment, doc.comment];
    const text = comments.filter((c): c is string => typeof c === 'string' && c !== '').join('\n');
    out = text === '' ? '' : `${text.replace(/^(?!$)/gmu, '#')}\n`;
  } else {
    out = doc.toString(WRITE_OPTIONS);
    if (!readsBack(out, written)) {
      for (const key of written.keys()) {
        const node: unknown = doc.get(key, true);
        for (const scalar of isSeq(node) ? node.items : [node]) if (isScalar(scalar)) scalar.type = Scalar.QUOTE_DOUBLE;
      }
      out = doc.toString(WRITE_OPTIONS);
      if (!readsBack(out, written)) throw new Error('The front matter could not be written: it is left as it was.');
    }
  }
  if (!/\r?\n$/u.test(source)) out = out.replace(/\n$/u, '');
  if (source.includes('\r\n')) out = out.replace(/\n/gu, '\r\n');
  return out;
}

/** Whether `yaml` reads back the `written` values. */
function readsBack(yaml: string, written: ReadonlyMap<string, string | string[]>): boolean {
  let data: unknown;
  try {
    data = parse(yaml);
  } catch {
    return false;
  }
  if (typeof data !== 'object' || data === null) return written.size === 0;
  const fields = data as Record<string, unknown>;
  return [...written].every(([key, value]) => JSON.stringify(fields[key]) === JSON.stringify(value));
}
