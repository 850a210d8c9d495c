import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '../../../core/engine/diagnostic';
import { useLocalized } from '../i18n/i18n';
import { groupIssues, stylesIn, type IssueGroup, type IssueGroupDescriptor, type IssueGrouping } from './issues-model';
import { ISSUES_STRINGS, type IssuesStrings } from './issues-strings';
import './issues.css';

/** How many findings a group shows at first, and how many more each "Show more" adds. */
const ISSUES_PAGE_SIZE = 200;

const GROUPINGS: readonly IssueGrouping[] = ['severity', 'category'];

const MOVE_KEYS: ReadonlySet<string> = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/** The Issues panel's inputs. */
export interface IssuesPanelProps {
  /** The findings, in document order. */
  diagnostics: readonly Diagnostic[];
  /** The finding the editor shows as current: marked, and scrolled into view when it changes. */
  activeId?: string | undefined;
  /** Called when the writer picks a finding (click, Enter or Space). */
  onSelect: (d: Diagnostic) => void;
}

function groupName(descriptor: IssueGroupDescriptor, count: number, t: IssuesStrings): string {
  if (descriptor.by === 'severity') return t.severityGroup(descriptor.severity, count);
  const { category } = descriptor;
  return typeof category === 'string' ? t.categories[category] : category.pack;
}

function groupListLabel(group: IssueGroup, t: IssuesStrings): string {
  const { descriptor, count } = group;
  return descriptor.by === 'severity'
    ? t.severityCount(descriptor.severity, count)
    : t.groupListLabel(groupName(descriptor, count, t), t.issueCount(count));
}

/** How many items of `group` to render: its limit, raised in whole pages to reach the active finding. */
function shownCount(group: IssueGroup, limit: number, activeId: string | undefined): number {
  if (activeId === undefined || group.count <= limit) return Math.min(limit, group.count);
  const index = group.items.findIndex((d) => d.id === activeId);
  return index < limit ? limit : Math.min(group.count, Math.ceil((index + 1) / ISSUES_PAGE_SIZE) * ISSUES_PAGE_SIZE);
}

/** The list items, in the order they appear, for moving the focus. */
function itemElements(container: HTMLElement | null): HTMLElement[] {
  return container ? Array.from(container.querySelectorAll<HTMLElement>('[data-issue-id]')) : [];
}

/** The list item an event happened in, if any. */
function itemOf(target: EventTarget): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-issue-id]') : null;
}

const IssueItem = memo(function IssueItem({
  diagnostic,
  active,
  tabStop,
  t,
}: {
  diagnostic: Diagnostic;
  active: boolean;
  tabStop: boolean;
  t: IssuesStrings;
}): React.JSX.Element {
  const { severity } = diagnostic;
  return (
    <li
      className={`pv-issues-item pv-issues-sev-${severity}`}
      data-issue-id={diagnostic.id}
      tabIndex={tabStop ? 0 : -1}
      aria-current={active ? 'true' : undefined}
    >
      <span className="pv-issues-dot" aria-hidden="true" />
      <span className="pv-issues-text">
        <span className="pv-issues-message">
          <span className="pv-visually-hidden">{t.severityPrefix(t.severityName[severity])}</span>
          {diagnostic.message}
        </span>{' '}
        {diagnostic.actual !== '' && (
          <>
            <span className="pv-issues-actual">{t.quote(diagnostic.actual)}</span>{' '}
          </>
        )}
        <span className="pv-issues-rule">{diagnostic.ruleId}</span>
      </span>
    </li>
  );
});

/**
 * The findings of a check, grouped by severity or category and filterable by
 * style, in a sidebar. One list item is in the tab order at a time; the arrow
 * keys, Home and End move between items across groups, and a click, Enter or
 * Space selects one. Long groups show 200 items at a time.
 */
export function IssuesPanel({ diagnostics, activeId, onSelect }: IssuesPanelProps): React.JSX.Element {
  const t = useLocalized(ISSUES_STRINGS);
  const groupById = useId();
  const styleId = useId();
  const body = useRef<HTMLDivElement>(null);
  const [by, setBy] = useState<IssueGrouping>('severity');
  const [chosenStyle, setChosenStyle] = useState<string | undefined>(undefined);
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
  // The item the writer moved the focus to, and the active finding at that time: a new active finding takes over.
  const [focus, setFocus] = useState<{ id: string; activeId: string | undefined } | undefined>(undefined);

  const styles = useMemo(() => stylesIn(diagnostics), [diagnostics]);
  const style = chosenStyle !== undefined && styles.some((s) => s.style === chosenStyle) ? chosenStyle : undefined;
  const groups = useMemo(() => groupIssues(diagnostics, { by, style }), [diagnostics, by, style]);
  const byId = useMemo(() => new Map(diagnostics.map((d) => [d.id, d])), [diagnostics]);

  const shown = groups.map((group) => {
    const count = shownCount(group, limits[`${by}:${group.key}`] ?? ISSUES_PAGE_SIZE, activeId);
    return { group, items: group.items.slice(0, count) };
  });
  const shownIds = new Set(shown.flatMap(({ items }) => items.map((d) => d.id)));
  const isShown = (id: string | undefined): id is string => id !== undefined && shownIds.has(id);
  const tabStopId =
    focus !== undefined && focus.activeId === activeId && isShown(focus.id)
      ? focus.id
      : isShown(activeId)
        ? activeId
        : shown[0]?.items[0]?.id;

  useEffect(() => {
    if (activeId === undefined) return;
    itemElements(body.current)
      .find((element) => element.dataset.issueId === activeId)
      ?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const select = (item: HTMLElement) => {
    const id = item.dataset.issueId;
    const diagnostic = id === undefined ? undefined : byId.get(id);
    if (id === undefined || diagnostic === undefined) return;
    setFocus({ id, activeId });
    onSelect(diagnostic);
  };

  const handleClick = (event: React.MouseEvent) => {
    const item = itemOf(event.target);
    if (item) select(item);
  };

  const handleKeyDown = (event: React.KeyboardEvent) => {
    const item = itemOf(event.target);
    if (!item || item !== event.target || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(item);
      return;
    }
    if (!MOVE_KEYS.has(event.key)) return;
    event.preventDefault();
    const items = itemElements(body.current);
    const index = items.indexOf(item);
    const target =
      event.key === 'ArrowDown'
        ? items[index + 1]
        : event.key === 'ArrowUp'
          ? items[index - 1]
          : event.key === 'Home'
            ? items[0]
            : items[items.length - 1];
    const id = target?.dataset.issueId;
    if (!target || id === undefined) return;
    setFocus({ id, activeId });
    target.focus();
  };

  const showMore = (key: string, count: number) =>
    setLimits((previous) => ({ ...previous, [`${by}:${key}`]: count + ISSUES_PAGE_SIZE }));

  return (
    <section role="region" aria-label={t.title} className="pv-issues">
      <div className="pv-issues-header">
        <h2 className="pv-issues-title">
          {t.title} <span className="pv-issues-count">{t.count(diagnostics.length)}</span>
        </h2>
        <div className="pv-issues-toolbar">
          <div className="pv-issues-field" role="group" aria-labelledby={groupById}>
            <span id={groupById} className="pv-issues-label">
              {t.groupBy}
            </span>
            <span className="pv-issues-segmented">
              {GROUPINGS.map((grouping) => (
                <button
                  key={grouping}
                  type="button"
                  className="pv-issues-segment"
                  aria-pressed={by === grouping}
                  onClick={() => setBy(grouping)}
                >
                  {t.groupings[grouping]}
                </button>
              ))}
            </span>
          </div>
          <div className="pv-issues-field">
            <label htmlFor={styleId} className="pv-issues-label">
              {t.style}
            </label>
            <select
              id={styleId}
              className="pv-select pv-issues-select"
              value={style ?? ''}
              onChange={(event) => setChosenStyle(event.target.value === '' ? undefined : event.target.value)}
            >
              <option value="">{t.allStyles(diagnostics.length)}</option>
              {styles.map((s) => (
                <option key={s.style} value={s.style}>
                  {t.styleOption(s.style, s.count)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div ref={body} className="pv-issues-body" onClick={handleClick} onKeyDown={handleKeyDown}>
        {shown.length === 0 ? (
          <p className="pv-issues-empty">{t.empty}</p>
        ) : (
          shown.map(({ group, items }) => (
            <div key={group.key} className="pv-issues-group">
              <h3
                className={`pv-issues-group-title${group.descriptor.by === 'severity' ? ` pv-issues-sev-${group.descriptor.severity}` : ''}`}
              >
                {group.descriptor.by === 'severity' && <span className="pv-issues-dot" aria-hidden="true" />}
                {groupName(group.descriptor, group.count, t)}{' '}
                <span className="pv-issues-count">{t.count(group.count)}</span>
              </h3>
              <ul className="pv-issues-list" aria-label={groupListLabel(group, t)}>
                {items.map((d) => (
                  <IssueItem key={d.id} diagnostic={d} active={d.id === activeId} tabStop={d.id === tabStopId} t={t} />
                ))}
              </ul>
              {items.length < group.count && (
                <button
                  type="button"
                  className="pv-button pv-button-quiet pv-issues-more"
                  onClick={() => showMore(group.key, items.length)}
                >
                  {t.showMore(Math.min(ISSUES_PAGE_SIZE, group.count - items.length))}
                </button>
              )}
            </div>
          ))
        )}
      </div>
      <p className="pv-issues-hint">{t.hint}</p>
    </section>
  );
}
