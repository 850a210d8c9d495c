import { useId, useState } from 'react';
import {
  DESCRIPTION_MAX_CHARACTERS,
  DESCRIPTION_MIN_CHARACTERS,
  TITLE_MAX_CHARACTERS,
  checkDescription,
  checkTitle,
  readArticleMeta,
  type MetaField,
  type MetaProblem,
} from '../../../core/article/meta';
import { checkOutline, headingOutline, type OutlineEntry, type OutlineProblem } from '../../../core/article/outline';
import type { PvDocument } from '../../../core/document/document';
import { countGraphemes } from '../../../core/stats/segment';
import { useLocale, useLocalized } from '../i18n/i18n';
import { ARTICLE_STRINGS } from './article-strings';
import './article.css';

/** The metadata fields the panel edits. */
export interface ArticleMetaPatch {
  title?: string;
  description?: string;
  tags?: string[];
}

/** Fields whose problems are shown next to the field; the others are shown at the top. */
const FIELD_PROBLEMS: readonly MetaField[] = ['title', 'excerpt', 'tags'];

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Comma-separated tags as a list: trimmed, without blanks or duplicates. */
function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map(collapse)
        .filter((tag) => tag !== ''),
    ),
  ];
}

/**
 * The article's side panel: its title, meta description and tags, read from
 * the front matter and edited in place (a change applies on Enter or when the
 * field loses focus, through `onMetaChange`), with their lengths and checks;
 * the reading time; and the heading outline, whose headings move the caret
 * (`onJump`) and show the levels they skip.
 */
export function ArticlePanel({
  doc,
  readingTimeMinutes,
  onJump,
  onMetaChange,
}: {
  doc: PvDocument;
  readingTimeMinutes: number;
  onJump: (blockId: string) => void;
  onMetaChange: (patch: ArticleMetaPatch) => void;
}): React.JSX.Element {
  const ui = useLocale();
  const t = useLocalized(ARTICLE_STRINGS);
  const hintId = useId();
  const { meta, problems } = readArticleMeta(doc, ui);
  const blocked = problems.some((p) => p.code === 'front-matter-invalid' || p.code === 'front-matter-not-a-map');
  const problemsOf = (field: MetaField): MetaProblem[] => problems.filter((p) => p.field === field);
  const general = problems.filter((p) => !FIELD_PROBLEMS.includes(p.field));
  const tags = meta.tags.join(', ');

  return (
    <section role="region" aria-label={t.region} className="pv-article-panel">
      <h2 className="pv-article-title">{t.heading}</h2>
      <p className="pv-article-reading-time">{t.readingTime(readingTimeMinutes)}</p>
      {general.length > 0 && (
        <ul className="pv-article-problems">
          {general.map((problem) => (
            <li key={problem.code + problem.message} className="pv-article-problem">
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      <p id={hintId} className="pv-article-hint">
        {blocked ? t.blockedHint : t.commitHint}
      </p>
      <MetaInput
        label={t.titleLabel}
        value={meta.title ?? ''}
        readOnly={blocked}
        hintId={hintId}
        problems={problemsOf('title')}
        status={(text) => {
          const problem = checkTitle(text, ui);
          return {
            count: t.titleCount(countGraphemes(collapse(text)), TITLE_MAX_CHARACTERS),
            message: problem?.message ?? t.titleOk,
            ok: problem === undefined,
          };
        }}
        same={(a, b) => collapse(a) === collapse(b)}
        onCommit={(title) => onMetaChange({ title })}
      />
      <MetaInput
        label={t.descriptionLabel}
        multiline
        value={meta.excerpt ?? ''}
        readOnly={blocked}
        hintId={hintId}
        problems={problemsOf('excerpt')}
        status={(text) => {
          const problem = checkDescription(text, ui);
          return {
            count: t.descriptionCount(
              countGraphemes(collapse(text)),
              DESCRIPTION_MIN_CHARACTERS,
              DESCRIPTION_MAX_CHARACTERS,
            ),
            message: problem?.message ?? t.descriptionOk,
            ok: problem === undefined,
          };
        }}
        same={(a, b) => collapse(a) === collapse(b)}
        onCommit={(description) => onMetaChange({ description })}
      />
      <MetaInput
        label={t.tagsLabel}
        value={tags}
        readOnly={blocked}
        hintId={hintId}
        problems={problemsOf('tags')}
        status={(text) => ({ count: t.tagsCount(parseTags(text).length), message: t.tagsHint, ok: true })}
        same={(a, b) => parseTags(a).join('\n') === parseTags(b).join('\n')}
        onCommit={(text) => onMetaChange({ tags: parseTags(text) })}
      />
      <h3 className="pv-article-subtitle">{t.outlineHeading}</h3>
      <Outline doc={doc} onJump={onJump} />
    </section>
  );
}

/** What a field says under it about its current text. */
interface FieldStatus {
  count: string;
  message: string;
  /** Whether the message is a confirmation rather than a problem. */
  ok: boolean;
}

/**
 * A labelled text field that edits a draft and applies it on Enter or when it
 * loses focus (Escape goes back to the document's value), with a live count
 * and check of the draft. The draft is dropped when the document's value
 * changes; it stays when a change could not be applied, so nothing typed is lost.
 */
function MetaInput({
  label,
  value,
  multiline = false,
  readOnly,
  hintId,
  problems,
  status,
  same,
  onCommit,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  readOnly: boolean;
  hintId: string;
  /** Problems reading the field from the front matter. */
  problems: readonly MetaProblem[];
  status: (text: string) => FieldStatus;
  /** Whether two texts mean the same value (no change to apply). */
  same: (a: string, b: string) => boolean;
  onCommit: (text: string) => void;
}): React.JSX.Element {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    // The document changed (this field's change applied, or an edit elsewhere): show it.
    setShownValue(value);
    setDraft(undefined);
  }
  const text = draft ?? value;
  const { count, message, ok } = status(text);

  const commit = (): void => {
    if (draft === undefined) return;
    if (same(draft, value)) setDraft(undefined);
    else onCommit(draft);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== undefined) {
      event.preventDefault();
      setDraft(undefined);
    }
  };
  const describedBy = [`${id}-count`, `${id}-message`, ...problems.map((_, i) => `${id}-problem-${i}`), hintId].join(
    ' ',
  );
  const common = {
    id,
    value: text,
    readOnly,
    'aria-describedby': describedBy,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
  };

  return (
    <div className="pv-article-field">
      <label htmlFor={id} className="pv-article-label">
        {label}
      </label>
      {multiline ? (
        <textarea className="pv-article-input" rows={4} {...common} />
      ) : (
        <input type="text" className="pv-article-input" {...common} />
      )}
      <p id={`${id}-count`} className="pv-article-count">
        {count}
      </p>
      <p id={`${id}-message`} className={ok ? 'pv-article-note' : 'pv-article-problem'}>
        {message}
      </p>
      {problems.map((problem, i) => (
        <p key={problem.code + problem.message} id={`${id}-problem-${i}`} className="pv-article-problem">
          {problem.message}
        </p>
      ))}
    </div>
  );
}

/** One heading of the outline and the headings it contains. */
interface OutlineNode {
  entry: OutlineEntry;
  index: number;
  children: OutlineNode[];
}

/** The flat outline as a tree: each heading under the nearest heading of lower level before it. */
function nest(entries: readonly OutlineEntry[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  entries.forEach((entry, index) => {
    const node: OutlineNode = { entry, index, children: [] };
    open.length = Math.min(open.length, entry.depth);
    const parent = open.at(-1);
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    open.push(node);
  });
  return roots;
}

/** The heading outline as nested lists of buttons, with the levels headings skip. */
function Outline({ doc, onJump }: { doc: PvDocument; onJump: (blockId: string) => void }): React.JSX.Element {
  const ui = useLocale();
  const t = useLocalized(ARTICLE_STRINGS);
  const prefix = useId();
  const entries = headingOutline(doc);
  if (entries.length === 0) return <p className="pv-article-note">{t.outlineEmpty}</p>;
  const problems = new Map<string, OutlineProblem[]>();
  for (const problem of checkOutline(doc, ui)) {
    problems.set(problem.blockId, [...(problems.get(problem.blockId) ?? []), problem]);
  }

  const list = (nodes: readonly OutlineNode[], nested: boolean): React.JSX.Element => (
    <ul className={nested ? 'pv-article-outline pv-article-outline-nested' : 'pv-article-outline'}>
      {nodes.map(({ entry, index, children }) => {
        const own = problems.get(entry.blockId) ?? [];
        const ids = own.map((_, i) => `${prefix}-${index}-${i}`);
        return (
          <li key={entry.blockId}>
            <button
              type="button"
              className="pv-article-heading"
              aria-describedby={ids.length > 0 ? ids.join(' ') : undefined}
              onClick={() => onJump(entry.blockId)}
            >
              <span className="pv-article-level">{t.level(entry.level)}</span>
              <span className="pv-article-heading-text">{entry.text.trim() === '' ? t.emptyHeading : entry.text}</span>
            </button>
            {own.map((problem, i) => (
              <p key={ids[i]} id={ids[i]} className="pv-article-problem pv-article-outline-problem">
                {problem.message}
              </p>
            ))}
            {children.length > 0 && list(children, true)}
          </li>
        );
      })}
    </ul>
  );
  return list(nest(entries), false);
}
