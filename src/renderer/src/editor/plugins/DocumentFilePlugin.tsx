import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { DEFAULT_TRANSFORMERS } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import { joinFrontMatter, splitFrontMatter } from '../../../../core/document/front-matter';
import type { PorteVoixHost } from '../../../../core/host';

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
 * in the editor untouched and is shown to the user.
 */
export function DocumentFilePlugin({ host, onChange, onFrontMatter, onError, commandsRef }: Props): null {
  const [editor] = useLexicalComposerContext();
  const file = useRef<DocumentFileState>({ name: undefined, path: undefined, dirty: false });
  const frontMatter = useRef<string | undefined>(undefined);
  const loading = useRef(false);

  const publish = useCallback(
    (next: Partial<DocumentFileState>) => {
      file.current = { ...file.current, ...next };
      onChange(file.current);
    },
    [onChange],
  );

  const open = useCallback(async () => {
    try {
      const result = await host.openTextDocument();
      if (result.canceled) return;
      loading.current = true;
      const { frontMatter: yaml, body } = splitFrontMatter(result.file.content);
      editor.update(
        () => {
          $convertFromMarkdownString(body, DEFAULT_TRANSFORMERS);
        },
        { discrete: true },
      );
      frontMatter.current = yaml;
      onFrontMatter(yaml);
      loading.current = false;
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      publish({ name: result.file.name, path: result.file.path, dirty: false });
      editor.focus();
    } catch (error) {
      loading.current = false;
      onError((error as Error).message);
    }
  }, [editor, host, onError, onFrontMatter, publish]);

  const save = useCallback(
    async (saveAs = false) => {
      const body = editor.getEditorState().read(() => $convertToMarkdownString(DEFAULT_TRANSFORMERS));
      const content = joinFrontMatter(frontMatter.current, `${body}\n`);
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
    commandsRef.current = { open, save, setFrontMatter };
  }, [commandsRef, open, save, setFrontMatter]);

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
