import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { DEFAULT_TRANSFORMERS } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import type { PorteVoixHost } from '../../../../core/host';

export interface DocumentFileState {
  name: string | undefined;
  path: string | undefined;
  dirty: boolean;
}

export interface DocumentFileCommands {
  open(): Promise<void>;
  save(saveAs?: boolean): Promise<void>;
}

interface Props {
  host: PorteVoixHost;
  onChange: (state: DocumentFileState) => void;
  onError: (message: string) => void;
  commandsRef: React.RefObject<DocumentFileCommands | null>;
}

/**
 * Open and Save (As) of Markdown files through the host, and the
 * unsaved-changes marker. The shortcuts live in the app's window. A failure leaves the text
 * in the editor untouched and is shown to the user.
 */
export function DocumentFilePlugin({ host, onChange, onError, commandsRef }: Props): null {
  const [editor] = useLexicalComposerContext();
  const file = useRef<DocumentFileState>({ name: undefined, path: undefined, dirty: false });
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
      editor.update(
        () => {
          $convertFromMarkdownString(result.file.content, DEFAULT_TRANSFORMERS);
        },
        { discrete: true },
      );
      loading.current = false;
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      publish({ name: result.file.name, path: result.file.path, dirty: false });
      editor.focus();
    } catch (error) {
      loading.current = false;
      onError((error as Error).message);
    }
  }, [editor, host, onError, publish]);

  const save = useCallback(
    async (saveAs = false) => {
      const content = editor.getEditorState().read(() => $convertToMarkdownString(DEFAULT_TRANSFORMERS));
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

  useEffect(() => {
    commandsRef.current = { open, save };
  }, [commandsRef, open, save]);

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
