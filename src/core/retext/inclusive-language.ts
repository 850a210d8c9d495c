import type { Root } from 'nlcst';
import retextEquality from 'retext-equality';
import type { BlockCheck, Wording } from '../engine/check';
import { EQUALITY_FIRST_WORDS } from './equality-first-words';
import { EQUALITY_NOTES_FR } from './equality-notes-fr';
import { findingsFrom, firstWordSet, listOr, paragraphsWith, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextEquality);
const FIRST_WORDS = firstWordSet(EQUALITY_FIRST_WORDS);
const NOTES_FR = new Map(Object.entries(EQUALITY_NOTES_FR));

/**
 * retext-equality rebuilds its index of phrases for every paragraph, which
 * made it the slowest check. It gets the paragraphs that may match, as one
 * paragraph: without its `binary` option (off here) a paragraph only groups
 * matches, and positions are kept, so the messages are the same.
 */
function asOneParagraph(tree: Root): Root | undefined {
  const kept = paragraphsWith(tree, FIRST_WORDS);
  if (!kept) return undefined;
  const children = kept.children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children : []));
  return { ...kept, children: [{ type: 'ParagraphNode', children }] };
}
const RULE = {
  rule: 'InclusiveLanguage',
  source: 'retext-equality',
  url: 'https://github.com/retextjs/retext-equality#readme',
};

const CONSIDER: Wording<[actual: string, alternatives: readonly string[]]> = {
  en: (actual, alternatives) =>
    `${quote(actual, 'en')} may exclude or hurt some readers: consider ${listOr(alternatives, 'en')}.`,
  fr: (actual, alternatives) =>
    `${quote(actual, 'fr')} peut exclure ou blesser une partie du lectorat\u00A0: envisagez ${listOr(alternatives, 'fr')}.`,
};
const REPHRASE: Wording<[actual: string]> = {
  en: (actual) => `${quote(actual, 'en')} may exclude or hurt some readers: rephrase without it.`,
  fr: (actual) =>
    `${quote(actual, 'fr')} peut exclure ou blesser une partie du lectorat\u00A0: reformulez sans l’employer.`,
};

/**
 * retext-equality's note, which explains the finding: as it is in English; in
 * French, translated (`Source: …` and a closing `(source: …)` keep their
 * address). A note the list does not know yet stays in English.
 */
export const EQUALITY_NOTE: Wording<[note: string]> = {
  en: (note) => note,
  fr: (note) => {
    const onlySource = /^Source: (.*)$/su.exec(note);
    if (onlySource) return `Source\u00A0: ${onlySource[1] ?? ''}`;
    const withSource = /^(.*?)\s*\(source: (.*)\)$/su.exec(note);
    const text = withSource?.[1] ?? note;
    const translated = NOTES_FR.get(text) ?? text;
    return withSource ? `${translated} (source\u00A0: ${withSource[2] ?? ''})` : translated;
  },
};

/** English gender-favouring, polarising, race-related or other inconsiderate wording (retext-equality). */
export const inclusiveLanguageCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds wording that may exclude or hurt readers (“chairman”, “crazy”) and offers neutral alternatives.',
  run({ tree, text, ui }) {
    const candidates = asOneParagraph(tree);
    if (!candidates) return [];
    return findingsFrom(run(candidates, text), text, RULE, ({ message, actual }) => {
      const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
      return {
        severity: 'warning',
        message: expected.length > 0 ? CONSIDER[ui](actual, expected) : REPHRASE[ui](actual),
        expected,
        note: message.note ? EQUALITY_NOTE[ui](message.note) : undefined,
      };
    });
  },
};
