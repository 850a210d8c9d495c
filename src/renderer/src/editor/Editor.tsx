import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { PvDocument } from '../../../core/document/document';
import type { PorteVoixHost } from '../../../core/host';
import { memo } from 'react';
import { useStrings } from '../i18n/i18n';
import { isAllowedLink } from './links';
import { EDITOR_NODES } from './nodes';
import { SafePastePlugin } from './plugins/SafePastePlugin';
import { BackupPlugin } from './plugins/BackupPlugin';
import { DocumentFilePlugin, type DocumentFileCommands, type DocumentFileState } from './plugins/DocumentFilePlugin';
import { EditorCommandsPlugin, type EditorCommands } from './plugins/EditorCommandsPlugin';
import { EngineDocumentPlugin } from './plugins/EngineDocumentPlugin';
import { ListTabPlugin } from './plugins/ListTabPlugin';
import { MarksPlugin, type MarksPluginProps } from './plugins/MarksPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { editorTheme } from './theme';

const initialConfig: InitialConfigType = {
  namespace: 'porte-voix',
  theme: editorTheme,
  nodes: EDITOR_NODES,
  onError(error) {
    // Lexical recovers by discarding the failed update; the text stays.
    console.error(error);
  },
};

interface Props {
  host: PorteVoixHost;
  onDocument: (document: PvDocument) => void;
  onFileChange: (state: DocumentFileState) => void;
  onFrontMatter: (yaml: string | undefined) => void;
  onError: (message: string) => void;
  fileCommands: React.RefObject<DocumentFileCommands | null>;
  editorCommands: React.RefObject<EditorCommands | null>;
  marks: MarksPluginProps;
}

/** The rich-text editor: headings, emphasis, lists, quotes, links, Markdown shortcuts, undo and redo. */
export const Editor = memo(function Editor({
  host,
  onDocument,
  onFileChange,
  onFrontMatter,
  onError,
  fileCommands,
  editorCommands,
  marks,
}: Props): React.JSX.Element {
  const strings = useStrings();
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
      <div className="pv-page-scroller">
        <div className="pv-page">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="pv-editable"
                role="textbox"
                aria-label={strings.document}
                aria-multiline="true"
                aria-placeholder={strings.placeholder}
                spellCheck={false}
                placeholder={<div className="pv-placeholder">{strings.placeholder}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <MarksPlugin {...marks} />
        </div>
      </div>
      <HistoryPlugin />
      <AutoFocusPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isAllowedLink} />
      <ListTabPlugin />
      <SafePastePlugin />
      <MarkdownShortcutPlugin />
      <EngineDocumentPlugin onDocument={onDocument} />
      <DocumentFilePlugin
        host={host}
        onChange={onFileChange}
        onFrontMatter={onFrontMatter}
        onError={onError}
        commandsRef={fileCommands}
      />
      <BackupPlugin host={host} fileCommands={fileCommands} />
      <EditorCommandsPlugin commandsRef={editorCommands} />
    </LexicalComposer>
  );
});
