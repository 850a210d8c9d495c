import type { Nodes, Root } from 'nlcst';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];
import type { TextRange } from '../document/document';
import type { MessageLanguage, Wording } from '../engine/check';
import type { Finding } from '../engine/diagnostic';

/**
 * Runs one retext plugin's transformer on an already-parsed block, so every
 * check shares one parse. Returns the plugin's messages.
 */
export function retextRunner<Options>(
  plugin: Plugin<[Options?], Root>,
  options?: Options,
): (tree: Root, text: string) => VFileMessage[] {
  const processor = (options === undefined ? unified().use(plugin) : unified().use(plugin, options)).freeze();
  return (tree, text) => {
    const file = new VFile(text);
    processor.runSync(tree, file);
    return file.messages;
  };
}

/** A word as nlcst-search compares it: lower case, `’` as `'`, no dashes; with and without apostrophes. */
function searchForms(word: string): [string, string] {
  const kept = word.toLowerCase().replace(/’/g, "'").replace(/-/g, '');
  return [kept.replace(/'/g, ''), kept];
}

/** The normalized first words of phrases, for `paragraphsWith`. */
export function firstWordSet(phrases: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const phrase of phrases) for (const form of searchForms(phrase.split(' ', 1)[0] ?? '')) words.add(form);
  return words;
}

function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

function holdsWord(node: Nodes, words: ReadonlySet<string>): boolean {
  if (node.type === 'WordNode') return searchForms(textOf(node)).some((form) => words.has(form));
  return 'children' in node && node.children.some((child) => holdsWord(child, words));
}

/**
 * The tree with only the paragraphs that hold one of `words` (first words of
 * a plugin's phrases), or undefined when none does. A plugin that searches
 * its whole list in every paragraph then skips the paragraphs where it cannot
 * find anything; positions are unchanged, so its messages are the same.
 */
export function paragraphsWith(tree: Root, words: ReadonlySet<string>): Root | undefined {
  const children = tree.children.filter((child) => child.type === 'ParagraphNode' && holdsWord(child, words));
  return children.length === 0 ? undefined : { ...tree, children };
}

/** The UTF-16 range of a message, from its place's offsets. */
export function messageRange(message: VFileMessage): TextRange | undefined {
  const place = message.place;
  if (!place) return undefined;
  if ('start' in place) {
    const { start, end } = place;
    if (start.offset === undefined || end.offset === undefined) return undefined;
    return { start: start.offset, end: end.offset };
  }
  return place.offset === undefined ? undefined : { start: place.offset, end: place.offset };
}

const QUOTE: Wording<[text: string]> = {
  en: (text) => `“${text}”`,
  // French guillemets, with a no-break space inside.
  fr: (text) => `«\u00A0${text}\u00A0»`,
};

/** “word” in typographic quotes (« word » in French), for messages. */
export function quote(text: string, ui: MessageLanguage): string {
  return QUOTE[ui](text);
}

const OR: Record<MessageLanguage, string> = { en: 'or', fr: 'ou' };

/** “a”, “b” or “c” (« a », « b » ou « c » in French), for messages. */
export function listOr(items: readonly string[], ui: MessageLanguage): string {
  const quoted = items.map((item) => quote(item, ui));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${OR[ui]} ${quoted[quoted.length - 1]}`;
}

/** What a check says about one plugin message; undefined drops the message. */
export type Describe = (found: {
  message: VFileMessage;
  range: TextRange;
  actual: string;
}) => (Pick<Finding, 'severity' | 'message' | 'expected'> & { note?: string | undefined }) | undefined;

/** Turns a retext plugin's messages into findings of one rule: the plugin finds, the check words the message. */
export function findingsFrom(
  messages: readonly VFileMessage[],
  text: string,
  rule: { rule: string; source: string; url: string },
  describe: Describe,
): Finding[] {
  const findings: Finding[] = [];
  for (const message of messages) {
    const range = messageRange(message);
    if (!range) continue;
    const said = describe({ message, range, actual: text.slice(range.start, range.end) });
    if (!said) continue;
    const { note, ...rest } = said;
    findings.push({ ...rule, ...rest, range, ...(note ? { note } : {}) });
  }
  return findings;
}
