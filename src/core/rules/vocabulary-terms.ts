import { compileRule } from './checks';
import type { ActiveRule } from './vale-lint';
import { valeBuiltinRules } from './vale-builtin';
import { literalPattern } from './vale-regex';

const MESSAGES = {
  en: "Use '%s' instead of '%s'.",
  // Quoted as Vale rule messages are (a `'%s'` keeps Vale from adding quotes of its own).
  fr: "Écrivez '%s' et non '%s', comme dans votre vocabulaire.",
} as const;

/**
 * Vale's `Vale.Terms` for the user's vocabulary in the editor: a word of the
 * vocabulary written with another case (`porte-voix` for `Porte-voix`) is
 * reported with the vocabulary's spelling as its fix.
 */
export function vocabularyTerms(words: readonly string[], ui: 'en' | 'fr'): ActiveRule[] {
  const terms = words.filter((w) => /\p{L}/u.test(w));
  if (terms.length === 0) return [];
  const [definition] = valeBuiltinRules(terms, []).filter((r) => r.id === 'Vale.Terms');
  if (!definition || definition.extends !== 'substitution') return [];
  const compiled = compileRule(
    {
      ...definition,
      message: MESSAGES[ui],
      level: 'warning',
      swap: terms.map((t) => [literalPattern(t), t]),
      // The vocabulary's spelling is the fix.
      action: { name: 'replace', params: [] },
    },
    { accepted: [], spellerFor: () => undefined },
  );
  return compiled?.ok ? [{ rule: compiled.rule, level: 'warning' }] : [];
}
