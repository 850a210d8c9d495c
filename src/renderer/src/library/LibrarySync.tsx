import { useCallback, useEffect, useRef } from 'react';
import type { PorteVoixHost } from '../../../core/host';
import type { DocumentFileCommands, DocumentFileState } from '../editor/plugins/DocumentFilePlugin';
import type { EditorCommands } from '../editor/plugins/EditorCommandsPlugin';
import { libraryUpdate, type LibraryFacts } from './library-model';

/** How long typing in a saved document must pause before its library entry follows. */
export const LIBRARY_TYPING_DELAY_MS = 2000;
/** After an open, the entry waits for the new text's check (its title and score), at most this long. */
const OPEN_CHECK_WAIT_MS = 3000;

interface Props {
  host: PorteVoixHost;
  /** The DocumentFilePlugin's commands: render this after the editor, so they are there when this starts. */
  fileCommands: React.RefObject<DocumentFileCommands | null>;
  editorCommands: React.RefObject<EditorCommands | null>;
  /** The title, channel, language and score of the text as last checked. */
  facts: LibraryFacts;
  /** The number of the last check: it changes after each check of the text. */
  checkId: number | undefined;
}

/**
 * Keeps the drafts library up to date with the document in the editor: after each save, after each open (once
 * the opened text is checked), and while the user types in a document that has a file (after a 2 s pause), it
 * sends the host the document's title, channel, language, score, caret and scroll position. A failure only
 * logs: the library is a convenience, the document is safe on disk.
 */
export function LibrarySync({ host, fileCommands, editorCommands, facts, checkId }: Props): null {
  const factsNow = useRef(facts);
  const file = useRef<DocumentFileState | undefined>(undefined);
  /** The one pending update: after an open (waiting for its check) or after typing (waiting for a pause). */
  const pending = useRef<{ timer: number | undefined; afterOpen: boolean }>({ timer: undefined, afterOpen: false });

  useEffect(() => {
    factsNow.current = facts;
  }, [facts]);

  const cancel = useCallback(() => {
    window.clearTimeout(pending.current.timer);
    pending.current = { timer: undefined, afterOpen: false };
  }, []);

  const send = useCallback(
    (edited: boolean) => {
      cancel();
      const state = file.current;
      if (state?.path === undefined) return;
      const scroller = document.querySelector<HTMLElement>('.pv-page-scroller');
      const update = libraryUpdate({
        path: state.path,
        name: state.name,
        facts: factsNow.current,
        caret: editorCommands.current?.caretIndex(),
        scroll: scroller?.scrollTop,
        edited,
      });
      host.updateLibraryEntry(update).catch((error: unknown) => {
        console.warn(`[library] the drafts library could not be updated: ${(error as Error).message}`);
      });
    },
    [cancel, editorCommands, host],
  );

  useEffect(() => {
    const commands = fileCommands.current;
    if (!commands) {
      console.warn('[library] the document commands are missing: the drafts library is not kept up to date');
      return;
    }
    const unsubscribe = commands.subscribe((state, change) => {
      const previous = file.current;
      file.current = state;
      if (state.path === undefined) {
        cancel();
      } else if (change === 'save') {
        send(true);
      } else if (change === 'open') {
        cancel();
        pending.current = { timer: window.setTimeout(() => send(false), OPEN_CHECK_WAIT_MS), afterOpen: true };
      } else if (state.path !== previous?.path) {
        cancel(); // Another document (restored from a backup): it enters the library when saved.
      }
    });
    return () => {
      cancel();
      unsubscribe();
    };
  }, [fileCommands, cancel, send]);

  useEffect(() => {
    const state = file.current;
    if (checkId === undefined || state?.path === undefined) return;
    // The check of the text just opened: its title and score are known now.
    if (pending.current.afterOpen) {
      send(false);
      return;
    }
    if (!state.dirty) return;
    window.clearTimeout(pending.current.timer);
    pending.current = { timer: window.setTimeout(() => send(true), LIBRARY_TYPING_DELAY_MS), afterOpen: false };
  }, [checkId, send]);

  return null;
}
