import { useCallback, useEffect, useRef, useState } from 'react';
import { HostError, type MenuCommand, type PorteVoixMenu } from '../../../core/host';
import type { DocumentFileCommands, DocumentFileState } from '../editor/plugins/DocumentFilePlugin';
import type { UiLocale } from '../i18n/i18n';
import { carriesFiles, readDroppedFile } from './dropped-file';
import { FILE_STRINGS } from './file-strings';
import { DropOverlay, UnsavedChangesDialog, type UnsavedChoice } from './FileDialogs';

interface Options {
  fileCommands: React.RefObject<DocumentFileCommands | null>;
  /** The document's file state: its name for the question, whether it has unsaved changes. */
  file: DocumentFileState;
  /** The native menu, in the desktop app. */
  menu: PorteVoixMenu | undefined;
  locale: UiLocale;
  onError: (message: string) => void;
}

export interface FileActions {
  /** New, Open, Save, Save As: from the header's buttons, the shortcuts and the native menu. */
  run: (command: MenuCommand) => void;
  /** Asks first when there are unsaved changes (Save, Don't save, Cancel); true when the document may be replaced. */
  mayReplace: () => Promise<boolean>;
  /** The unsaved-changes dialog and the drop overlay, when shown (inside the LocaleProvider). */
  ui: React.ReactNode;
}

/**
 * The file actions of the window:
 *
 * - New, Open and a dropped file replace the document; with unsaved changes they ask first (Save, Don't save,
 *   Cancel), Open and a drop once the file is read. After Save, they go on only once the document is saved.
 * - Files dropped on the window open as Open opens them (by their name's format), read here, without a path.
 * - While there are unsaved changes, leaving the page (closing the tab or the window, reloading) asks first:
 *   a `beforeunload` handler. In the desktop app, main asks its own question then (see src/main/close-guard.ts).
 * - The native menu's commands run as the shortcuts do.
 */
export function useFileActions({ fileCommands, file, menu, locale, onError }: Options): FileActions {
  /** The question being asked: how to settle it. */
  const question = useRef<((go: boolean) => void) | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const [dragging, setDragging] = useState(false);
  const dirty = useRef(file.dirty);
  const strings = useRef(FILE_STRINGS[locale]);
  useEffect(() => {
    dirty.current = file.dirty;
    strings.current = FILE_STRINGS[locale];
  }, [file.dirty, locale]);

  /**
   * Whether the document may be replaced: at once when nothing is unsaved; else once the user has answered
   * the question (Save: once saved; Don't save: yes; Cancel: no).
   */
  const mayReplace = useCallback((): Promise<boolean> => {
    if (!dirty.current) return Promise.resolve(true);
    // Already asking (a shortcut pressed again meanwhile): that question is the one answered.
    if (question.current) return Promise.resolve(false);
    return new Promise((settle) => {
      question.current = settle;
      setAsking(true);
    });
  }, []);

  const answer = useCallback(
    (choice: UnsavedChoice) => {
      const settle = question.current;
      question.current = undefined;
      setAsking(false);
      if (!settle) return;
      if (choice === 'save') void (fileCommands.current?.save() ?? Promise.resolve(false)).then(settle);
      else settle(choice === 'discard');
    },
    [fileCommands],
  );

  const run = useCallback(
    (command: MenuCommand) => {
      const commands = fileCommands.current;
      if (!commands) return;
      if (command === 'new') void mayReplace().then((go) => go && commands.newDocument());
      // Asked once the file is chosen and read: not when the user cancels the picker or the file is refused.
      else if (command === 'open') void commands.open(mayReplace);
      else if (command === 'save' || command === 'saveAs') void commands.save(command === 'saveAs');
      // 'publish' is the Publish dialog's (publish/use-publishing.tsx).
    },
    [fileCommands, mayReplace],
  );

  /** A dropped file is read (and refused, if it must be) before anything is asked. */
  const openDropped = useCallback(
    (dropped: File) => {
      readDroppedFile(dropped).then(
        (content) => mayReplace().then((go) => go && fileCommands.current?.openFile({ name: dropped.name, content })),
        (error: unknown) =>
          onError(
            error instanceof HostError
              ? error.message
              : strings.current.unreadable(dropped.name, (error as Error).message),
          ),
      );
    },
    [fileCommands, mayReplace, onError],
  );

  // Drag and drop of files anywhere on the window, before the editor sees it (it would insert the file).
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event.dataTransfer)) return;
      // Entering an element comes before leaving the one before: the drag has left the window once every element
      // entered was left again.
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      const [first] = Array.from(event.dataTransfer?.files ?? []);
      if (first) openDropped(first);
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [openDropped]);

  // Leaving the page with unsaved changes asks first (the browser's own question, or main's in the desktop app).
  useEffect(() => {
    if (!file.dirty) return;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      // For browsers that predate preventDefault() here.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [file.dirty]);

  useEffect(() => menu?.onMenuCommand(run), [menu, run]);

  return {
    run,
    mayReplace,
    ui: (
      <>
        {asking && <UnsavedChangesDialog name={file.name} onAnswer={answer} />}
        {dragging && <DropOverlay />}
      </>
    ),
  };
}
