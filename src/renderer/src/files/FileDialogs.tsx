import { useEffect, useRef } from 'react';
import { useLocalized } from '../i18n/i18n';
import { shortcut } from '../ui/shortcut';
import { FILE_STRINGS } from './file-strings';
import './files.css';

/** What the user answers when unsaved changes would be lost. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The header's New button. */
export function NewDocumentButton({ onNew }: { onNew: () => void }): React.JSX.Element {
  const t = useLocalized(FILE_STRINGS);
  return (
    <button
      type="button"
      className="pv-button pv-button-quiet"
      title={`${t.newDocumentHint} (${shortcut('Mod+N')})`}
      onClick={onNew}
    >
      {t.newDocument}
    </button>
  );
}

/**
 * Asked before New, Open or a dropped file replaces a document with unsaved changes: Save, Don't save or
 * Cancel (Escape cancels too). Save comes first and has the focus.
 */
export function UnsavedChangesDialog({
  name,
  onAnswer,
}: {
  /** The document's file name; undefined for an untitled one. */
  name: string | undefined;
  onAnswer: (choice: UnsavedChoice) => void;
}): React.JSX.Element {
  const t = useLocalized(FILE_STRINGS);
  const dialog = useRef<HTMLDialogElement>(null);
  const choice = useRef<UnsavedChoice>('cancel');
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const answer = (chosen: UnsavedChoice): void => {
    choice.current = chosen;
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      className="pv-dialog pv-unsaved-dialog"
      aria-labelledby="pv-unsaved-title"
      aria-describedby="pv-unsaved-question"
      onClose={() => onAnswer(choice.current)}
    >
      <h2 id="pv-unsaved-title">{t.unsavedTitle}</h2>
      <p id="pv-unsaved-question">{t.unsavedQuestion(name)}</p>
      <p className="pv-dialog-intro">{t.unsavedDetail}</p>
      <div className="pv-dialog-actions">
        <button type="button" className="pv-button" onClick={() => answer('save')}>
          {t.save}
        </button>
        <button type="button" className="pv-button pv-button-quiet" onClick={() => answer('discard')}>
          {t.dontSave}
        </button>
        <button type="button" className="pv-button pv-button-quiet" onClick={() => answer('cancel')}>
          {t.cancel}
        </button>
      </div>
    </dialog>
  );
}

/** Shown while files are dragged over the window. */
export function DropOverlay(): React.JSX.Element {
  const t = useLocalized(FILE_STRINGS);
  return (
    <div className="pv-drop-overlay">
      <div className="pv-drop-overlay-box">
        <p className="pv-drop-overlay-title">{t.dropToOpen}</p>
        <p className="pv-drop-overlay-hint">{t.dropHint}</p>
      </div>
    </div>
  );
}
