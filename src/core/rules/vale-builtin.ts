import type { RuleDefinition } from './rule-definition';

const base = (name: string, file = `Vale/${name}.yml`) => ({
  id: `Vale.${name}`,
  style: 'Vale',
  name,
  file,
  level: 'error' as const,
  scope: ['text'],
});

/**
 * Vale's built-in style, as Vale defines it: Spelling (its default
 * dictionary), Repetition, and the vocabularies' Terms (accepted words written
 * with another case) and Avoid (rejected words).
 */
export function valeBuiltinRules(accepted: readonly string[], rejected: readonly string[]): RuleDefinition[] {
  const rules: RuleDefinition[] = [
    {
      ...base('Spelling'),
      extends: 'spelling',
      message: "Did you really mean '%s'?",
      dictionaries: [],
      filters: [],
      ignore: [],
      custom: false,
      append: false,
      vocab: true,
      exceptions: [],
    },
    {
      ...base('Repetition'),
      extends: 'repetition',
      message: "'%s' is repeated!",
      tokens: ['[^\\s]+'],
      alpha: true,
      max: 0,
      ignorecase: true,
      exceptions: [],
      vocab: false,
    },
  ];
  // Accepted terms written in another case: `Use 'JavaScript' instead of 'javascript'`.
  const terms = accepted.filter((t) => !t.startsWith('(?i)'));
  if (terms.length > 0) {
    rules.push({
      ...base('Terms'),
      extends: 'substitution',
      message: "Use '%s' instead of '%s'.",
      swap: terms.map((t) => [t, t] as [string, string]),
      exceptions: [],
      ignorecase: true,
      nonword: false,
      vocab: false,
      capitalize: false,
      append: false,
      morphology: false,
      dictionaries: [],
    });
  }
  if (rejected.length > 0) {
    rules.push({
      ...base('Avoid'),
      extends: 'existence',
      message: "Avoid using '%s'.",
      tokens: [...rejected],
      raw: [],
      exceptions: [],
      append: false,
      ignorecase: false,
      nonword: false,
      vocab: false,
    });
  }
  return rules;
}
