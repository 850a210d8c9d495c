import { useEffect, useEffectEvent } from 'react';
import { useLocalized } from '../i18n/i18n';
import { shortcut } from '../ui/shortcut';
import { PUBLISH_STRINGS } from './publish-strings';

/** The Publish dialog's shortcut, as `shortcut()` writes it. */
export const PUBLISH_SHORTCUT = 'Mod+Shift+P';

/** Whether a key press is the Publish shortcut: Ctrl+Shift+P (⌘⇧P on a Mac). */
export function isPublishShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p';
}

/** The header's Publish… button; Ctrl+Shift+P opens the dialog too, from anywhere but another dialog. */
export function PublishButton({ onOpen }: { onOpen: () => void }): React.JSX.Element {
  const t = useLocalized(PUBLISH_STRINGS);
  const open = useEffectEvent(() => onOpen());
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isPublishShortcut(event)) return;
      event.preventDefault();
      // A modal dialog is open (this one, settings, a question): it keeps the keyboard.
      if (document.querySelector('dialog[open]') !== null) return;
      open();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  return (
    <button
      type="button"
      className="pv-button pv-button-quiet"
      title={t.buttonHint(shortcut(PUBLISH_SHORTCUT))}
      aria-keyshortcuts="Control+Shift+P Meta+Shift+P"
      onClick={onOpen}
    >
      {t.button}
    </button>
  );
}
