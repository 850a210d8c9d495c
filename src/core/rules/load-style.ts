import { loadRule } from './load-rule';
import type { RuleDefinition, RuleLoadError } from './rule-definition';

export interface StyleFile {
  /** The path as shown in messages, e.g. `Microsoft/Avoid.yml`; its base name gives the rule name. */
  file: string;
  text: string;
}

export interface LoadedStyle {
  /** Keyed by rule id, `<Style>.<Rule>`. */
  rules: Map<string, RuleDefinition>;
  errors: RuleLoadError[];
  notices: string[];
}

const RULE_FILE = /\.ya?ml$/i;

/** `Microsoft/Avoid.yml` → `Avoid`. Like Vale, the name stops at the first dot of the base name. */
export function ruleName(file: string): string {
  const base = file.split(/[/\\]/).pop() ?? file;
  return base.split('.')[0] ?? base;
}

/**
 * Loads every rule file of one style. Each file is loaded on its own, so one bad rule never stops the others;
 * files that are not `.yml`/`.yaml` (READMEs, meta.json, vocabularies) are ignored.
 */
export function loadStyle(style: string, files: StyleFile[]): LoadedStyle {
  const rules = new Map<string, RuleDefinition>();
  const errors: RuleLoadError[] = [];
  const notices: string[] = [];
  const sources = new Map<string, string>();
  for (const { file, text } of files) {
    if (!RULE_FILE.test(file)) continue;
    const name = ruleName(file);
    const id = `${style}.${name}`;
    const earlier = sources.get(id);
    if (earlier !== undefined) {
      // Two files with one base name (Foo.yml and Foo.yaml) would silently shadow each other.
      errors.push({
        file,
        line: 1,
        column: 1,
        message: `${file}:1:1: ${earlier} already defines the rule ${id}: rename or remove one of the two files.`,
      });
      continue;
    }
    sources.set(id, file);
    const result = loadRule({ style, name, file, text });
    if (result.ok) {
      rules.set(id, result.rule);
      notices.push(...result.notices);
    } else errors.push(...result.errors);
  }
  return { rules, errors, notices };
}
