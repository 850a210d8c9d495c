import { parse } from 'yaml';
import type { Language } from '../core/language/detect';

/** What the CLI reads from a file's YAML front matter: the channel and the language it is written for. */
export interface FrontMatterHints {
  channel?: string;
  language?: Language;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** `channel:` and `lang:` (or `language:`) of a Markdown file's front matter; nothing when it has none or it is malformed. */
export function frontMatterHints(source: string): FrontMatterHints {
  const yaml = FRONT_MATTER.exec(source)?.[1];
  if (yaml === undefined) return {};
  let data: unknown;
  try {
    data = parse(yaml);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const fields = data as Record<string, unknown>;
  const hints: FrontMatterHints = {};
  if (typeof fields['channel'] === 'string') hints.channel = fields['channel'].toLowerCase();
  const lang = fields['lang'] ?? fields['language'];
  if (typeof lang === 'string' && /^(?:en|fr)(?:[-_]|$)/i.test(lang))
    hints.language = lang.slice(0, 2).toLowerCase() as Language;
  return hints;
}
