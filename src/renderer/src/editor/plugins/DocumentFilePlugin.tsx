import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import type { DocumentStamp, PorteVoixHost } from '../../../../core/host';
import { documentFormat, markdownName, saveFormat } from '../../../../core/document/text-file';
import { clearDocument, exportPlainText, importHtml, importPlainText } from '../document-io';
import { exportMarkdown, importMarkdown } from '../markdown-export';

export interface DocumentFileState {
  name: string | undefined;
  path: string | undefined;
  dirty: boolean;
  /** What was on disk when the file was last opened or saved here (to tell whether someone else changed it). */
  stamp?: DocumentStamp | undefined;
}

/** What changed the file state: a file opened, the document saved, or anything else (edits, New, restore…). */
export type DocumentFileChange = 'open' | 'save' | 'other';

export interface DocumentFileCommands {
  /** An empty untitled document, in place of the current one (without asking: the caller asks first). */
  newDocument(): void;
  /**
   * Asks the host for a file and opens it. `beforeReplace`, when given, runs once the file is read, before it
   * replaces the document (to ask about unsaved changes): false leaves everything as it is.
   */
  open(beforeReplace?: () => Promise<boolean>): Promise<void>;
  /**
   * Opens a file read by the interface itself (dropped on the window), like Open: by its name's format, with
   * no path (Save asks where).
   */
  openFile(file: { name: string; content: string }): void;
  /** Resolves to true once the document is saved; false when the user cancels or the save fails (the error is shown). */
  save(saveAs?: boolean): Promise<boolean>;
  /** Replaces the document's front matter (title, excerpt, channel…): kept apart from the text, saved with it. */
  setFrontMatter(yaml: string | undefined): void;
  /**
   * Loads a document kept by hot exit, like Open (front matter apart, undo history cleared) but marked
   * unsaved, with the file name and path it had.
   */
  restore(markdown: string, origin: { name?: string | undefined; path?: string | undefined }): void;
  /** The file state and the document as Save would write it now (front matter included). */
  snapshot(): DocumentFileState & { markdown: string };
  /** Calls `listener` after each change of the file state (opened, saved, restored, edited); returns the unsubscribe. */
  subscribe(listener: (state: DocumentFileState, change: DocumentFileChange) => void): () => void;
  /**
   * Opens the file at `path` without asking (the drafts library, a file changed on disk), like Open. Resolves
   * to true once it is in the editor; false when it cannot be opened (the error is shown, the text is untouched).
   */
  openPath(path: string): Promise<boolean>;
  /** Marks the document unsaved (its text is no longer what is on disk, e.g. someone else changed the file). */
  markUnsaved(): void;
}

interface Props {
  host: PorteVoixHost;
  onChange: (state: DocumentFileState) => void;
  /** The front matter of the document, when a file is opened or it changes. */
  onFrontMatter: (yaml: string | undefined) => void;
  onError: (message: string) => void;
  commandsRef: React.RefObject<DocumentFileCommands | null>;
}

/**
 * New, Open and Save (As) through the host, and the unsaved-changes marker. Files are read and written by
 * their name (see `documentFormat`): `.txt` as plain text, `.html`/`.htm` imported (then saved as Markdown),
 * anything else as Markdown with front matter. The shortcuts live in the app's window. A failure leaves the text
 * in the editor untouched and is shown to the user. It also restores hot exit's backups
 * and tells the BackupPlugin when the file state changes (`restore`, `snapshot`, `subscribe`).
 */
export function DocumentFilePlugin({ host, onChange, onFrontMatter, onError, commandsRef }: Props): null {
  const [editor] = useLexicalComposerContext();
  const file = useRef<DocumentFileState>({ name: undefined, path: undefined, dirty: false });
  const frontMatter = useRef<string | undefined>(undefined);
  const loading = useRef(false);
  const listeners = useRef(new Set<(state: DocumentFileState, change: DocumentFileChange) => void>());

  const publish = useCallback(
    (next: Partial<DocumentFileState>, change: DocumentFileChange = 'other') => {
      // Another file (or none) without a stamp of its own: the old file's stamp no longer applies.
      const stampless = 'path' in next && !('stamp' in next) ? { stamp: undefined } : {};
      file.current = { ...file.current, ...stampless, ...next };
      onChange(file.current);
      for (const listener of listeners.current) listener(file.current, change);
    },
    [onChange],
  );

  /**
   * Replaces the text and front matter with a file's, read by the format of `name` (Markdown with its front
   * matter; plain text or HTML without), without marking the document unsaved.
   */
  const load = useCallback(
    (content: string, name: string | undefined) => {
      loading.current = true;
      try {
        const format = documentFormat(name);
        let yaml: string | undefined;
        if (format === 'text') importPlainText(editor, content);
        else if (format === 'html') importHtml(editor, content);
        else yaml = importMarkdown(editor, content);
        frontMatter.current = yaml;
        onFrontMatter(yaml);
      } finally {
        loading.current = false;
      }
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
    },
    [editor, onFrontMatter],
  );

  /** Loads a file; an HTML page is imported: it becomes an untitled Markdown document (Save asks where). */
  const loadFile = useCallback(
    (opened: { name: string; path?: string | undefined; content: string; stamp?: DocumentStamp | undefined }) => {
      load(opened.content, opened.name);
      if (documentFormat(opened.name) === 'html')
        publish({ name: markdownName(opened.name), path: undefined, dirty: false });
      else publish({ name: opened.name, path: opened.path, dirty: false, stamp: opened.stamp }, 'open');
      editor.focus();
    },
    [editor, load, publish],
  );

  const open = useCallback(
    async (beforeReplace?: () => Promise<boolean>) => {
      try {
        const result = await host.openTextDocument();
        if (result.canceled) return;
        if (beforeReplace && !(await beforeReplace())) return;
        loadFile(result.file);
      } catch (error) {
        onError((error as Error).message);
      }
    },
    [host, loadFile, onError],
  );

  const openFile = useCallback(
    (dropped: { name: string; content: string }) => {
      try {
        loadFile({ name: dropped.name, content: dropped.content });
      } catch (error) {
        onError((error as Error).message);
      }
    },
    [loadFile, onError],
  );

  const newDocument = useCallback(() => {
    loading.current = true;
    try {
      clearDocument(editor);
      frontMatter.current = undefined;
      onFrontMatter(undefined);
    } finally {
      loading.current = false;
    }
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
    publish({ name: undefined, path: undefined, dirty: false });
    editor.focus();
  }, [editor, onFrontMatter, publish]);

  /** The document as Save writes it in a file of that name: plain text for `.txt`, else Markdown with front matter. */
  const contentFor = useCallback(
    (name: string | undefined) =>
      saveFormat(name) === 'text' ? exportPlainText(editor) : exportMarkdown(editor, frontMatter.current),
    [editor],
  );

  const restore = useCallback(
    (markdown: string, origin: { name?: string | undefined; path?: string | undefined }) => {
      // A backup holds what Save would write: plain text for a `.txt` file (see `snapshot`).
      load(markdown, saveFormat(origin.name) === 'text' ? origin.name : undefined);
      publish({ name: origin.name, path: origin.path, dirty: true });
      editor.focus();
    },
    [editor, load, publish],
  );

  const snapshot = useCallback(() => ({ ...file.current, markdown: contentFor(file.current.name) }), [contentFor]);

  const openPath = useCallback(
    async (path: string): Promise<boolean> => {
      try {
        loadFile(await host.openTextDocumentAt(path));
        return true;
      } catch (error) {
        onError((error as Error).message);
        return false;
      }
    },
    [host, loadFile, onError],
  );

  const markUnsaved = useCallback(() => publish({ dirty: true }), [publish]);

  const subscribe = useCallback((listener: (state: DocumentFileState, change: DocumentFileChange) => void) => {
    const all = listeners.current;
    all.add(listener);
    return () => {
      all.delete(listener);
    };
  }, []);

  const save = useCallback(
    async (saveAs = false): Promise<boolean> => {
      const name = file.current.name;
      const content = contentFor(name);
      const path = saveAs ? undefined : file.current.path;
      try {
        let result = await host.saveTextDocument({
          content,
          ...(path === undefined ? { suggestedName: name ?? 'Untitled.md' } : { path }),
        });
        if (result.canceled) return false;
        // The user chose a name of the other format (notes.txt saved as notes.md): written again in that format.
        if (saveFormat(result.name) !== saveFormat(name)) {
          const again = await host.saveTextDocument({ path: result.path, content: contentFor(result.name) });
          if (!again.canceled) result = again;
        }
        publish({ name: result.name, path: result.path, dirty: false, stamp: result.stamp }, 'save');
        return true;
      } catch (error) {
        onError((error as Error).message);
        return false;
      }
    },
    [contentFor, host, onError, publish],
  );

  const setFrontMatter = useCallback(
    (yaml: string | undefined) => {
      if (yaml === frontMatter.current) return;
      frontMatter.current = yaml;
      onFrontMatter(yaml);
      publish({ dirty: true });
    },
    [onFrontMatter, publish],
  );

  useEffect(() => {
    commandsRef.current = {
      newDocument,
      open,
      openFile,
      save,
      setFrontMatter,
      restore,
      snapshot,
      subscribe,
      openPath,
      markUnsaved,
    };
  }, [
    commandsRef,
    newDocument,
    open,
    openFile,
    save,
    setFrontMatter,
    restore,
    snapshot,
    subscribe,
    openPath,
    markUnsaved,
  ]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (loading.current || tags.has('history-merge')) return;
        if ((dirtyElements.size > 0 || dirtyLeaves.size > 0) && !file.current.dirty) publish({ dirty: true });
      }),
    [editor, publish],
  );

  return null;
}
