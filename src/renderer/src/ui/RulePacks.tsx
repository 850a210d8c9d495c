import { useEffect, useRef, useState } from 'react';
import { RULE_PACK_NAME_PATTERN, type ImportedRulePack } from '../../../core/host';
import type { RulePackSummary } from '../engine/engine-protocol';
import { useStrings } from '../i18n/i18n';
import './rule-packs.css';

export interface RulePacksState {
  packs: RulePackSummary[];
  /** Where the user's packs live. */
  folder: string;
  /** Files the host could not read, and packs that failed to load. */
  problems: string[];
}

/** Every problem, each naming its file and line: rule load errors, then what the host could not read. */
export function packProblems(state: RulePacksState): string[] {
  return [...state.packs.flatMap((p) => p.errors.map((e) => e.message)), ...state.problems];
}

/** The status bar's rule-pack button: the number of packs, and of problems when there are some. */
export function RulePacksButton({ state, onOpen }: { state: RulePacksState; onOpen: () => void }): React.JSX.Element {
  const strings = useStrings();
  const problems = packProblems(state).length;
  return (
    <button
      type="button"
      className={`pv-button pv-button-quiet pv-packs-button${problems > 0 ? ' pv-packs-button-problem' : ''}`}
      onClick={onOpen}
    >
      {strings.rulePacksButton(state.packs.length, problems)}
    </button>
  );
}

export interface RulePacksDialogProps {
  state: RulePacksState;
  /** The packs turned off (the `disabledPacks` setting). */
  disabledPacks: readonly string[];
  /** Turns a pack on or off (saved in the `disabledPacks` setting). */
  onTogglePack: (name: string, enabled: boolean) => void;
  /** Asks for a pack, imports it and reloads the packs: undefined when the user cancels; rejects with a message. */
  onImport: () => Promise<ImportedRulePack | undefined>;
  /** Deletes one of the user's packs and reloads the packs; rejects with a message. */
  onRemove: (name: string) => Promise<void>;
  onClose: () => void;
}

/** One of the user's packs, which the dialog can remove (a name the host accepts). */
const removable = (pack: RulePackSummary): boolean => pack.origin === 'user' && RULE_PACK_NAME_PATTERN.test(pack.name);

/**
 * The list of rule packs, each with a checkbox to turn it on or off, with their load errors (file,
 * line, column and what to do); "Import a pack…" adds one of the user's from a folder or a `.zip`,
 * "Remove" deletes one (after a confirmation). Escape closes it.
 */
export function RulePacksDialog({
  state,
  disabledPacks,
  onTogglePack,
  onImport,
  onRemove,
  onClose,
}: RulePacksDialogProps): React.JSX.Element {
  const strings = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  /** What the dialog is doing: nothing else can start meanwhile. */
  const [working, setWorking] = useState<'import' | 'remove'>();
  const busy = working !== undefined;
  const [outcome, setOutcome] = useState<{ failed: boolean; text: string }>();
  const [confirming, setConfirming] = useState<string>();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  useEffect(() => {
    if (confirming !== undefined) confirmButton.current?.focus();
  }, [confirming]);
  const problems = packProblems(state);
  const notices = state.packs.flatMap((p) => p.notices);
  const disabled = new Set(disabledPacks);

  const importPack = async (): Promise<void> => {
    setWorking('import');
    setOutcome(undefined);
    setConfirming(undefined);
    try {
      const imported = await onImport();
      if (imported)
        setOutcome({ failed: false, text: strings.packImported(imported.name, imported.rules, imported.replaced) });
    } catch (error) {
      setOutcome({ failed: true, text: (error as Error).message });
    } finally {
      setWorking(undefined);
    }
  };
  const removePack = async (name: string): Promise<void> => {
    setWorking('remove');
    setOutcome(undefined);
    try {
      await onRemove(name);
      setOutcome({ failed: false, text: strings.packRemoved(name) });
    } catch (error) {
      setOutcome({ failed: true, text: (error as Error).message });
    } finally {
      setWorking(undefined);
      setConfirming(undefined);
      // The pack's row is gone, and its buttons with it: the focus goes back to the dialog's first action.
      importButton.current?.focus();
    }
  };
  const keepPack = (name: string): void => {
    setConfirming(undefined);
    // Back to the row's Remove button, once it is drawn again.
    requestAnimationFrame(() =>
      dialog.current?.querySelector<HTMLButtonElement>(`button[data-pack="${CSS.escape(name)}"]`)?.focus(),
    );
  };

  return (
    <dialog ref={dialog} className="pv-dialog" aria-labelledby="pv-packs-title" onClose={onClose}>
      <h2 id="pv-packs-title">{strings.rulePacks}</h2>
      <p className="pv-dialog-intro">{strings.rulePacksIntro(state.folder)}</p>
      <div className="pv-packs-toolbar">
        <button
          ref={importButton}
          type="button"
          className="pv-button"
          // Not `disabled`: the focus stays on the button while it works, and comes back to it after a removal.
          aria-disabled={busy}
          onClick={() => {
            if (!busy) void importPack();
          }}
        >
          {working === 'import' ? strings.packImporting : strings.packImport}
        </button>
        <p
          className={`pv-packs-outcome${outcome?.failed ? ' pv-packs-outcome-failed' : ''}`}
          role={outcome?.failed ? 'alert' : 'status'}
        >
          {outcome?.text}
        </p>
      </div>
      <table className="pv-table">
        <thead>
          <tr>
            <th scope="col">{strings.packName}</th>
            <th scope="col">{strings.packVersion}</th>
            <th scope="col">{strings.packOrigin}</th>
            <th scope="col">{strings.packRules}</th>
            <th scope="col">{strings.packEnabled}</th>
            <th scope="col">
              <span className="pv-visually-hidden">{strings.packActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {state.packs.map((pack) => (
            <tr key={pack.name}>
              <th scope="row">{pack.name}</th>
              <td>{pack.version ?? '—'}</td>
              <td>{strings.packOrigins[pack.origin]}</td>
              <td>{pack.rules}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={strings.packEnable(pack.name)}
                  checked={!disabled.has(pack.name)}
                  onChange={(e) => onTogglePack(pack.name, e.target.checked)}
                />
              </td>
              <td className="pv-packs-actions">
                {removable(pack) &&
                  (confirming === pack.name ? (
                    <>
                      <span>{strings.packRemoveConfirm(pack.name)}</span>{' '}
                      <button
                        ref={confirmButton}
                        type="button"
                        className="pv-button pv-button-danger"
                        disabled={busy}
                        onClick={() => void removePack(pack.name)}
                      >
                        {strings.packRemove}
                      </button>{' '}
                      <button
                        type="button"
                        className="pv-button pv-button-quiet"
                        disabled={busy}
                        onClick={() => keepPack(pack.name)}
                      >
                        {strings.packRemoveKeep}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="pv-button pv-button-quiet"
                      data-pack={pack.name}
                      aria-label={strings.packRemoveLabel(pack.name)}
                      disabled={busy}
                      onClick={() => setConfirming(pack.name)}
                    >
                      {strings.packRemove}
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{strings.packProblems}</h3>
      {problems.length === 0 ? (
        <p>{strings.packProblemsNone}</p>
      ) : (
        <ul className="pv-problems" aria-label={strings.packProblems}>
          {problems.map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
      {notices.length > 0 && (
        <>
          <h3>{strings.packNotices}</h3>
          <ul className="pv-problems">
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </>
      )}
      <div className="pv-dialog-actions">
        <button type="button" className="pv-button" onClick={() => dialog.current?.close()}>
          {strings.close}
        </button>
      </div>
    </dialog>
  );
}
