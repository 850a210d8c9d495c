import { useEffect, useId, useRef, useState } from 'react';
import { useLocalized } from '../i18n/i18n';
import { shortcut } from '../ui/shortcut';
import { GATE_STRINGS } from './gate-strings';
import { cleanReason, type GateAction, type GateFacts } from './publish-gate';
import './publish.css';

interface Props {
  action: GateAction;
  facts: GateFacts;
  /**
   * The writer confirmed with this reason: records it (or checks that it can be recorded) and returns undefined,
   * or returns why it could not (the dialog stays open and says so).
   */
  onConfirm: (reason: string) => string | undefined;
  /** The dialog closed: `confirmed` once `onConfirm` accepted the reason, false when cancelled (Escape, Cancel). */
  onClose: (confirmed: boolean) => void;
}

/**
 * The pre-publish gate: the document has error-level findings, so copying or publishing it asks first. Lists how
 * many errors and the first ones, says what will be recorded, and asks for a reason (required). Cancel or Escape
 * does nothing; Ctrl+Enter in the reason confirms.
 */
export function GateDialog({ action, facts, onConfirm, onClose }: Props): React.JSX.Element {
  const t = useLocalized(GATE_STRINGS);
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const confirmed = useRef(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    reasonField.current?.focus();
  }, []);

  const confirm = (): void => {
    if (cleanReason(reason) === '') {
      setProblem(t.reasonMissing);
      reasonField.current?.focus();
      return;
    }
    const failure = onConfirm(reason);
    if (failure !== undefined) {
      setProblem(t.recordFailed(failure));
      return;
    }
    confirmed.current = true;
    dialog.current?.close();
  };

  const hidden = facts.errors - facts.first.length;
  return (
    <dialog
      ref={dialog}
      className="pv-dialog pv-gate"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={() => onClose(confirmed.current)}
    >
      <h2 id={`${id}-title`}>{t.title[action]}</h2>
      <p id={`${id}-intro`}>{t.intro(facts.errors, action)}</p>
      <ul className="pv-gate-errors">
        {facts.first.map((error) => (
          <li key={`${error.ruleId}\u0000${error.message}`}>
            <span className="pv-gate-rule">{error.ruleId}</span> {error.message}
          </li>
        ))}
        {hidden > 0 && <li className="pv-gate-more">{t.more(hidden)}</li>}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <label className="pv-publish-label" htmlFor={`${id}-reason`}>
          {t.reason}
        </label>
        <textarea
          ref={reasonField}
          id={`${id}-reason`}
          className="pv-input pv-gate-reason"
          rows={3}
          value={reason}
          placeholder={t.reasonPlaceholder}
          aria-required="true"
          aria-invalid={problem === t.reasonMissing}
          aria-describedby={`${id}-record${problem === undefined ? '' : ` ${id}-problem`}`}
          onChange={(event) => {
            setReason(event.target.value);
            if (problem === t.reasonMissing) setProblem(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              confirm();
            }
          }}
        />
        <p id={`${id}-record`} className="pv-publish-hint">
          {t.record(facts.packs.length === 0 ? t.noPacks : facts.packs.join(', '))}
        </p>
        {problem !== undefined && (
          <p id={`${id}-problem`} className="pv-publish-error" role="alert">
            {problem}
          </p>
        )}
        <div className="pv-dialog-actions pv-publish-actions">
          <button type="submit" className="pv-button pv-button-danger" title={t.keys(shortcut('Mod+Enter'))}>
            {t.confirm[action]}
          </button>
          <button type="button" className="pv-button pv-button-quiet" onClick={() => dialog.current?.close()}>
            {t.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
