import type { BlockCheck, MessageLanguage } from '../../src/core/engine/check';
import { parseBlock } from '../../src/core/engine/parse';
import { sentencesOf } from '../../src/core/retext/nlcst-walk';
import type { Language } from '../../src/core/language/detect';
import type { Speller } from '../../src/core/spelling/speller';

/**
 * Runs one check on one passage and gives its findings as Vale-like lines,
 * `start:end:Style.Rule:message`, with the fixes after ` => ` when there are any.
 * Messages are in the interface language `ui` (default: English).
 */
export function checkLines(
  check: BlockCheck,
  text: string,
  language: Language,
  options: { speller?: Speller; vocabulary?: string[]; ui?: MessageLanguage } = {},
): string[] {
  const tree = parseBlock(text, language);
  return check
    .run({
      text,
      language,
      ignore: [],
      tree,
      sentences: sentencesOf(tree),
      speller: options.speller,
      vocabulary: new Set(options.vocabulary ?? []),
      ui: options.ui ?? 'en',
    })
    .map((f) => {
      const line = `${f.range.start}:${f.range.end}:PorteVoix.${f.rule}:${f.message}`;
      return f.expected.length > 0 ? `${line} => ${f.expected.join(' | ')}` : line;
    });
}
