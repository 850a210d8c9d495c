import type { Severity } from '../engine/diagnostic';
import type { Speller } from '../spelling/speller';
import { compileRule } from './checks';
import type { CompiledRule } from './checks/compiled-rule';
import { loadStyle, type StyleFile } from './load-style';

/** A rule pack as the app holds it: a Vale style, one YAML file per rule. */
export interface RulePackSource {
  /** The style's name: the folder name, and the first part of each rule id (`Ethics.Disclosure`). */
  name: string;
  version?: string;
  files: StyleFile[];
}

/** A problem with one rule file, named as the CLI names it: file, line, column and what to do. */
export interface RulePackProblem {
  pack: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CompiledPack {
  name: string;
  version?: string;
  /** The rules that loaded and compiled, with their default level. */
  rules: { rule: CompiledRule; level: Severity }[];
  errors: RulePackProblem[];
  /** One-line notices, such as a `sequence` rule being skipped. */
  notices: string[];
}

/**
 * Loads and compiles rule packs: a rule with a mistake is reported and left
 * out, the other rules of its pack keep working.
 */
export function compilePacks(
  packs: readonly RulePackSource[],
  context: { accepted?: readonly string[]; speller?: Speller | undefined },
): CompiledPack[] {
  return packs.map((pack) => {
    const loaded = loadStyle(pack.name, pack.files);
    const errors: RulePackProblem[] = loaded.errors.map((e) => ({
      pack: pack.name,
      file: e.file,
      line: e.line,
      column: e.column,
      message: e.message,
    }));
    const rules: CompiledPack['rules'] = [];
    for (const definition of loaded.rules.values()) {
      const result = compileRule(definition, {
        accepted: context.accepted ?? [],
        spellerFor: () => context.speller,
      });
      if (!result) continue;
      if (result.ok) rules.push({ rule: result.rule, level: definition.level });
      else errors.push({ pack: pack.name, file: definition.file, line: 1, column: 1, message: result.error });
    }
    const compiled: CompiledPack = { name: pack.name, rules, errors, notices: loaded.notices };
    if (pack.version !== undefined) compiled.version = pack.version;
    return compiled;
  });
}
