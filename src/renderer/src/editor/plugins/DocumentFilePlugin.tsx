import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import type { PorteVoixHost } from '../../../../core/host';
import { exportMarkdown, importMarkdown } from '../markdown-export';

export interface DocumentFileState {
  name: string | undefined;
  path: string | undefined;
  dirty: boolean;
}

export interface DocumentFileCommands {
  open(): Promise<void>;
  save(saveAs?: boolean): Promise<void>;
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
  subscribe(listener: (state: DocumentFileState) => void): () => void;
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
 * Open and Save (As) of Markdown files through the host, and the
 * unsaved-changes marker. The shortcuts live in the app's window. A failure leaves the text
 * in the editor untouched and is shown to the user. It also restores hot exit's backups
 * and tells the BackupPlugin when the file state changes (`restore`, `snapshot`, `subscribe`).
 */
export function DocumentFilePlugin({ host, onChange, onFrontMatter, onError, commandsRef }: Props): null {
  const [editor] = useLexicalComposerContext();
  const file = useRef<DocumentFileState>({ name: undefined, path: undefined, dirty: false });
  const frontMatter = useRef<string | undefined>(undefined);
  const loading = useRef(false);
  const listeners = useRef(new Set<(state: DocumentFileState) => void>());

  const publish = useCallback(
    (next: Partial<DocumentFileState>) => {
      file.current = { ...file.current, ...next };
      onChange(file.current);
      for (const listener of listeners.current) listener(file.current);
    },
    [onChange],
  );

  /** Replaces the text and front matter with a Markdown file's, without marking the document unsaved. */
  const load = useCallback(
    (markdown: string) => {
      loading.current = true;
      try {
        const yaml = importMarkdown(editor, markdown);
        frontMatter.current = yaml;
        onFrontMatter(yaml);
      } finally {
        loading.current = false;
      }
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
    },
    [editor, onFrontMatter],
  );

  const open = useCallback(async () => {
    try {
      const result = await host.openTextDocument();
      if (result.canceled) return;
      load(result.file.content);
      publish({ name: result.file.name, path: result.file.path, dirty: false });
      editor.focus();
    } catch (error) {
      onError((error as Error).message);
    }
  }, [editor, host, load, onError, publish]);

  const restore = useCallback(
    (markdown: string, origin: { name?: string | undefined; path?: string | undefined }) => {
      load(markdown);
      publish({ name: origin.name, path: origin.path, dirty: true });
      editor.focus();
    },
    [editor, load, publish],
  );

  const snapshot = useCallback(
    () => ({ ...file.current, markdown: exportMarkdown(editor, frontMatter.current) }),
    [editor],
  );

  const subscribe = useCallback((listener: (state: DocumentFileState) => void) => {
    const all = listeners.current;
    all.add(listener);
    return () => {
      all.delete(listener);
    };
  }, []);

  const save = useCallback(
    async (saveAs = false) => {
      const content = exportMarkdown(editor, frontMatter.current);
      const path = saveAs ? undefined : file.current.path;
      try {
        const result = await host.saveTextDocument({
          content,
          ...(path === undefined ? { suggestedName: file.current.name ?? 'Untitled.md' } : { path }),
        });
        if (result.canceled) return;
        publish({ name: result.name, path: result.path, dirty: false });
      } catch (error) {
        onError((error as Error).message);
      }
    },
    [editor, host, onError, publish],
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
    commandsRef.current = { open, save, setFrontMatter, restore, snapshot, subscribe };
  }, [commandsRef, open, save, setFrontMatter, restore, snapshot, subscribe]);

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
