import { useStrings } from '../i18n/i18n';

/** An error or warning for the user, announced to screen readers, dismissed with its button or Escape. */
export function Notice({ message, onDismiss }: { message: string; onDismiss: () => void }): React.JSX.Element {
  const strings = useStrings();
  return (
    <div className="pv-notice" role="alert" onKeyDown={(e) => e.key === 'Escape' && onDismiss()}>
      <span className="pv-notice-text">{message}</span>
      <button type="button" className="pv-button pv-button-quiet" onClick={onDismiss}>
        {strings.dismiss}
      </button>
    </div>
  );
}
