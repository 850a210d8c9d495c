import type { Root } from 'nlcst';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];
import type { TextRange } from '../document/document';

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

/** “word” in typographic quotes, for messages. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** “a”, “b” or “c”, for messages. */
export function listOr(items: readonly string[]): string {
  const quoted = items.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
