import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Diagnostic } from '../../../core/engine/diagnostic';
import { useLocalized } from '../i18n/i18n';
import { CARD_STRINGS } from './card-strings';
import './card.css';

export interface IssueCardProps {
  diagnostic: Diagnostic;
  /** Where the finding is on screen now: the card opens below it (or above, near the bottom of the window). */
  locate: () => DOMRect | undefined;
  /** Spelling suggestions, asked for when the card opens (undefined while they come). */
  suggestions?: readonly string[] | undefined;
  /** Move the keyboard focus into the card (Alt+Enter, or opened from the Issues panel). */
  focused: boolean;
  /** Whether "Add to vocabulary" applies (spelling). */
  canAddWord: boolean;
  onFix: (replacement: string) => void;
  onIgnore: () => void;
  onDisableRule: () => void;
  onAddWord: () => void;
  /** Escape, or the close button: back to the text. */
  onClose: () => void;
  /** The pointer is on the card (it stays open while the pointer is on it). */
  onPointer: (inside: boolean) => void;
}

/**
 * A finding, explained where it is: message, rule, a link to the guideline,
 * each replacement as a button, and "Ignore here", "Turn this rule off",
 * "Add to vocabulary". Escape goes back to the text.
 */
export function IssueCard(props: IssueCardProps): React.JSX.Element {
  const { diagnostic: d, locate, suggestions, focused } = props;
  const t = useLocalized(CARD_STRINGS);
  const card = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | undefined>(undefined);

  // Below the finding, or above it near the bottom of the window; it follows the text when the page scrolls.
  useLayoutEffect(() => {
    const place = (): void => {
      const element = card.current;
      const anchor = locate();
      if (!element || !anchor) {
        setPosition(undefined);
        return;
      }
      const width = element.offsetWidth;
      const height = element.offsetHeight;
      const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
      const below = anchor.bottom + 6;
      const top = below + height > window.innerHeight - 8 ? Math.max(8, anchor.top - height - 6) : below;
      setPosition((p) => (p?.left === left && p.top === top ? p : { left, top }));
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [locate, suggestions, d.id]);

  useEffect(() => {
    if (focused) card.current?.querySelector<HTMLElement>('button, a[href]')?.focus();
  }, [focused, d.id]);

  const fixes = d.expected.length > 0 ? d.expected : (suggestions ?? []);
  const spelling = d.ruleId.endsWith('.Spelling');
  return (
    <div
      ref={card}
      className={`pv-card pv-card-${d.severity}`}
      role="dialog"
      aria-label={t.card}
      aria-describedby={`pv-card-message-${d.id}`}
      style={position ? { left: `${position.left}px`, top: `${position.top}px` } : { left: '-9999px', top: '0px' }}
      onMouseEnter={() => props.onPointer(true)}
      onMouseLeave={() => props.onPointer(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div className="pv-card-head">
        <span className={`pv-card-severity pv-card-severity-${d.severity}`}>{t.severity[d.severity]}</span>
        <code className="pv-card-rule">{d.ruleId}</code>
      </div>
      <p className="pv-card-message" id={`pv-card-message-${d.id}`}>
        {d.message}
      </p>
      {d.note && <p className="pv-card-note">{d.note}</p>}
      {(fixes.length > 0 || spelling) && (
        <div className="pv-card-fixes" role="group" aria-label={t.fixes}>
          {fixes.map((fix) => (
            <button key={fix} type="button" className="pv-button pv-card-fix" onClick={() => props.onFix(fix)}>
              {fix === '' ? t.remove : fix}
            </button>
          ))}
          {spelling && d.expected.length === 0 && suggestions === undefined && (
            <span className="pv-card-waiting">{t.lookingForSuggestions}</span>
          )}
          {spelling && d.expected.length === 0 && suggestions?.length === 0 && (
            <span className="pv-card-waiting">{t.noSuggestions}</span>
          )}
        </div>
      )}
      <div className="pv-card-actions">
        <button type="button" className="pv-button pv-button-quiet" onClick={props.onIgnore}>
          {t.ignoreHere}
        </button>
        <button type="button" className="pv-button pv-button-quiet" onClick={props.onDisableRule}>
          {t.turnRuleOff}
        </button>
        {props.canAddWord && (
          <button type="button" className="pv-button pv-button-quiet" onClick={props.onAddWord}>
            {t.addToVocabulary}
          </button>
        )}
        {d.url && (
          <a className="pv-card-link" href={d.url} target="_blank" rel="noreferrer noopener">
            {t.guideline}
          </a>
        )}
      </div>
      <p className="pv-card-hint">{t.keyboardHint}</p>
    </div>
  );
}
