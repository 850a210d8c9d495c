import { useEffect, useRef } from 'react';
import type { RulePackSummary } from '../engine/engine-protocol';
import { useStrings } from '../i18n/i18n';

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

/** The list of rule packs, with their load errors (file, line, column and what to do); Escape closes it. */
export function RulePacksDialog({ state, onClose }: { state: RulePacksState; onClose: () => void }): React.JSX.Element {
  const strings = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const problems = packProblems(state);
  const notices = state.packs.flatMap((p) => p.notices);
  return (
    <dialog ref={dialog} className="pv-dialog" aria-labelledby="pv-packs-title" onClose={onClose}>
      <h2 id="pv-packs-title">{strings.rulePacks}</h2>
      <p className="pv-dialog-intro">{strings.rulePacksIntro(state.folder)}</p>
      <table className="pv-table">
        <thead>
          <tr>
            <th scope="col">{strings.packName}</th>
            <th scope="col">{strings.packVersion}</th>
            <th scope="col">{strings.packOrigin}</th>
            <th scope="col">{strings.packRules}</th>
          </tr>
        </thead>
        <tbody>
          {state.packs.map((pack) => (
            <tr key={pack.name}>
              <th scope="row">{pack.name}</th>
              <td>{pack.version ?? '—'}</td>
              <td>{strings.packOrigins[pack.origin]}</td>
              <td>{pack.rules}</td>
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
