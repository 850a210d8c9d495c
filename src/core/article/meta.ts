/**
 * An article's metadata, read from its YAML front matter, and the checks of
 * what search results and link previews show: the title and the meta
 * description. Reading never throws: malformed YAML is a problem like the others.
 */
import { parse } from 'yaml';
import { isChannelId, type ChannelId } from '../channels/channel';
import type { PvDocument } from '../document/document';
import type { Severity } from '../engine/diagnostic';
import type { Language } from '../language/detect';
import type { UiLanguage } from '../scorecard/meanings';
import { countGraphemes } from '../stats/segment';

/** Search results show about this many characters of a title. */
export const TITLE_MAX_CHARACTERS = 60;

/** A meta description shorter than this says too little to be shown as is. */
export const DESCRIPTION_MIN_CHARACTERS = 50;

/** Search results cut a meta description after about this many characters. */
export const DESCRIPTION_MAX_CHARACTERS = 160;

/** What the front matter says about the article. Text fields have their white space collapsed. */
export interface ArticleMeta {
  /** `title`, else the document's title (the first level-1 heading for Markdown without one). */
  title?: string;
  /** `description`, else `excerpt`: the meta description. */
  excerpt?: string;
  /** `tags`, as a list or as a comma-separated string; trimmed, without duplicates. */
  tags: string[];
  /** `channel`, when it names a known channel (`twitter` is read as `x`). */
  channel?: ChannelId;
  /** `lang` or `language`, when it is English or French (`en-GB`, `fr_CA` included). */
  language?: Language;
}

/** The kinds of metadata problems. */
export type MetaProblemCode =
  | 'front-matter-invalid'
  | 'front-matter-not-a-map'
  | 'field-invalid'
  | 'title-missing'
  | 'title-too-long'
  | 'description-missing'
  | 'description-too-short'
  | 'description-too-long'
  | 'channel-unknown'
  | 'language-unsupported';

/** The front matter field a problem is about. */
export type MetaField = 'frontMatter' | 'title' | 'excerpt' | 'tags' | 'channel' | 'language';

/** A problem with the metadata, with a message that says what to do. */
export interface MetaProblem {
  code: MetaProblemCode;
  field: MetaField;
  severity: Severity;
  message: string;
  /** The length of the title or description, in user-perceived characters, for length problems. */
  characters?: number;
  /** The line of the front matter (from 1) where malformed YAML was found, when the parser tells. */
  line?: number;
}

/** The metadata and the problems found while reading it. */
export interface MetaResult {
  meta: ArticleMeta;
  problems: MetaProblem[];
}

function characters(n: number, ui: UiLanguage): string {
  if (ui === 'fr') return `${n} ${n > 1 ? 'caractères' : 'caractère'}`;
  return `${n} ${n === 1 ? 'character' : 'characters'}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

type Read = { value: string } | { invalid: true } | undefined;

/** A scalar field as text: strings, numbers and booleans; undefined for no value. */
function readText(value: unknown): Read {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = collapse(String(value));
    return text === '' ? undefined : { value: text };
  }
  return { invalid: true };
}

function invalidField(field: MetaField, key: string, ui: UiLanguage): MetaProblem {
  const list = field === 'tags';
  const message =
    ui === 'fr'
      ? list
        ? `Le champ «\u00a0${key}\u00a0» de l’en-tête doit être une liste ou un texte séparé par des virgules\u00a0: écrivez par exemple ${key}: [react, rendu].`
        : `Le champ «\u00a0${key}\u00a0» de l’en-tête doit être un texte\u00a0: écrivez ${key}: suivi du texte sur la même ligne.`
      : list
        ? `The front matter’s “${key}” should be a list or a comma-separated text: write for example ${key}: [rust, library].`
        : `The front matter’s “${key}” should be text: write ${key}: followed by the text on the same line.`;
  return { code: 'field-invalid', field, severity: 'warning', message };
}

function parseFrontMatter(source: string, ui: UiLanguage): { fields: Record<string, unknown>; problem?: MetaProblem } {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error: unknown) {
    const line = lineOf(error);
    const where = line === undefined ? '' : ui === 'fr' ? ` (ligne ${line})` : ` (line ${line})`;
    const message =
      ui === 'fr'
        ? `L’en-tête YAML n’est pas valide${where}\u00a0: corrigez-le pour que le titre, la description et les étiquettes puissent être lus.`
        : `The YAML front matter is not valid${where}: fix it so that the title, description and tags can be read.`;
    const problem: MetaProblem = { code: 'front-matter-invalid', field: 'frontMatter', severity: 'warning', message };
    if (line !== undefined) problem.line = line;
    return { fields: {}, problem };
  }
  if (data === null || data === undefined) return { fields: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const message =
      ui === 'fr'
        ? 'L’en-tête YAML doit être une suite de lignes «\u00a0clé: valeur\u00a0», comme title: Mon article.'
        : 'The YAML front matter should be lines of “key: value”, such as title: My article.';
    return {
      fields: {},
      problem: { code: 'front-matter-not-a-map', field: 'frontMatter', severity: 'warning', message },
    };
  }
  return { fields: data as Record<string, unknown> };
}

/** The line of a YAML parse error, from the `linePos` the `yaml` package gives its errors. */
function lineOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('linePos' in error)) return undefined;
  const linePos: unknown = error.linePos;
  if (!Array.isArray(linePos)) return undefined;
  const first: unknown = linePos[0];
  if (typeof first !== 'object' || first === null || !('line' in first)) return undefined;
  return typeof first.line === 'number' ? first.line : undefined;
}

function firstPresent(fields: Record<string, unknown>, keys: readonly string[]): string | undefined {
  return keys.find((key) => fields[key] !== undefined && fields[key] !== null);
}

function readTags(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  const items: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const tags: string[] = [];
  for (const item of items) {
    const text = readText(item);
    if (text === undefined) continue;
    if ('invalid' in text) return undefined;
    if (!tags.includes(text.value)) tags.push(text.value);
  }
  return tags;
}

const CHANNEL_ALIASES: Record<string, ChannelId> = { twitter: 'x' };

/**
 * The article's metadata from `doc.frontMatter`, and what keeps it from being
 * read: malformed YAML, a field of the wrong type, an unknown channel, a
 * language other than English or French.
 */
export function readArticleMeta(doc: PvDocument, ui: UiLanguage): MetaResult {
  const problems: MetaProblem[] = [];
  const { fields, problem } = doc.frontMatter === undefined ? { fields: {} } : parseFrontMatter(doc.frontMatter, ui);
  if (problem) problems.push(problem);
  const meta: ArticleMeta = { tags: [] };

  const title = readText(fields.title);
  if (title && 'invalid' in title) problems.push(invalidField('title', 'title', ui));
  else if (title) meta.title = title.value;
  // The document's title (markdownToDocument's reading, or the first level-1 heading) when no `title` is given.
  if (title === undefined && collapse(doc.title) !== '') meta.title = collapse(doc.title);

  const excerptKey = firstPresent(fields, ['description', 'excerpt']);
  if (excerptKey !== undefined) {
    const excerpt = readText(fields[excerptKey]);
    if (excerpt && 'invalid' in excerpt) problems.push(invalidField('excerpt', excerptKey, ui));
    else if (excerpt) meta.excerpt = excerpt.value;
  }

  const tags = readTags(fields.tags);
  if (tags === undefined) problems.push(invalidField('tags', 'tags', ui));
  else meta.tags = tags;

  const channel = readText(fields.channel);
  if (channel && 'invalid' in channel) problems.push(invalidField('channel', 'channel', ui));
  else if (channel) {
    const id = channel.value.toLowerCase();
    const known = CHANNEL_ALIASES[id] ?? (isChannelId(id) ? id : undefined);
    if (known) meta.channel = known;
    else {
      const message =
        ui === 'fr'
          ? `Canal inconnu «\u00a0${channel.value}\u00a0»\u00a0: écrivez linkedin, x, mastodon ou blog.`
          : `Unknown channel “${channel.value}”: write linkedin, x, mastodon or blog.`;
      problems.push({ code: 'channel-unknown', field: 'channel', severity: 'warning', message });
    }
  }

  const languageKey = firstPresent(fields, ['lang', 'language']);
  if (languageKey !== undefined) {
    const language = readText(fields[languageKey]);
    if (language && 'invalid' in language) problems.push(invalidField('language', languageKey, ui));
    else if (language) {
      const code = /^(en|fr)(?:[-_][A-Za-z0-9]+)*$/i.exec(language.value)?.[1]?.toLowerCase();
      if (code === 'en' || code === 'fr') meta.language = code;
      else {
        const message =
          ui === 'fr'
            ? `Porte-voix vérifie l’anglais et le français\u00a0: écrivez ${languageKey}: en ou ${languageKey}: fr.`
            : `Porte-voix checks English and French: write ${languageKey}: en or ${languageKey}: fr.`;
        problems.push({ code: 'language-unsupported', field: 'language', severity: 'warning', message });
      }
    }
  }
  return { meta, problems };
}

/** Whether a title fits in search results: missing, or longer than `TITLE_MAX_CHARACTERS`, is a problem. */
export function checkTitle(title: string | undefined, ui: UiLanguage): MetaProblem | undefined {
  if (title === undefined || collapse(title) === '') {
    const message =
      ui === 'fr'
        ? `L’article n’a pas de titre\u00a0: ajoutez title: à l’en-tête, en ${TITLE_MAX_CHARACTERS} caractères au plus.`
        : `The article has no title: add title: to the front matter, in ${TITLE_MAX_CHARACTERS} characters or fewer.`;
    return { code: 'title-missing', field: 'title', severity: 'warning', message };
  }
  const n = countGraphemes(collapse(title));
  if (n <= TITLE_MAX_CHARACTERS) return undefined;
  const message =
    ui === 'fr'
      ? `Le titre compte ${characters(n, ui)}\u00a0: les résultats de recherche le coupent après environ ${TITLE_MAX_CHARACTERS}. Raccourcissez-le à ${TITLE_MAX_CHARACTERS} caractères au plus.`
      : `The title has ${characters(n, ui)}: search results cut titles after about ${TITLE_MAX_CHARACTERS}. Shorten it to ${TITLE_MAX_CHARACTERS} characters or fewer.`;
  return { code: 'title-too-long', field: 'title', severity: 'suggestion', message, characters: n };
}

/**
 * Whether a meta description suits search results and link previews:
 * `DESCRIPTION_MIN_CHARACTERS` to `DESCRIPTION_MAX_CHARACTERS` user-perceived
 * characters, white space collapsed. Missing, too short or too long is a problem.
 */
export function checkDescription(description: string | undefined, ui: UiLanguage): MetaProblem | undefined {
  const min = DESCRIPTION_MIN_CHARACTERS;
  const max = DESCRIPTION_MAX_CHARACTERS;
  if (description === undefined || collapse(description) === '') {
    const message =
      ui === 'fr'
        ? `L’article n’a pas de description\u00a0: ajoutez description: à l’en-tête, un résumé de ${min} à ${max} caractères pour les résultats de recherche et les aperçus de lien.`
        : `The article has no description: add description: to the front matter, a summary of ${min} to ${max} characters for search results and link previews.`;
    return { code: 'description-missing', field: 'excerpt', severity: 'suggestion', message };
  }
  const n = countGraphemes(collapse(description));
  if (n < min) {
    const message =
      ui === 'fr'
        ? `La description compte ${characters(n, ui)}\u00a0: allongez-la à ${min} caractères au moins, pour dire de quoi parle l’article et ce que le lecteur y gagne.`
        : `The description has ${characters(n, ui)}: lengthen it to at least ${min} characters, to say what the article is about and what the reader gains.`;
    return { code: 'description-too-short', field: 'excerpt', severity: 'suggestion', message, characters: n };
  }
  if (n > max) {
    const message =
      ui === 'fr'
        ? `La description compte ${characters(n, ui)}\u00a0: les résultats de recherche la coupent après environ ${max}. Raccourcissez-la à ${max} caractères au plus.`
        : `The description has ${characters(n, ui)}: search results cut it after about ${max}. Shorten it to ${max} characters or fewer.`;
    return { code: 'description-too-long', field: 'excerpt', severity: 'suggestion', message, characters: n };
  }
  return undefined;
}

/** The article's metadata with every problem: reading problems, then the title's, then the description's. */
export function checkArticleMeta(doc: PvDocument, ui: UiLanguage): MetaResult {
  const { meta, problems } = readArticleMeta(doc, ui);
  const title = checkTitle(meta.title, ui);
  if (title) problems.push(title);
  const description = checkDescription(meta.excerpt, ui);
  if (description) problems.push(description);
  return { meta, problems };
}
