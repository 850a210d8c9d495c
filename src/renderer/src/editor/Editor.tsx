import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import type { PvDocument } from '../../../core/document/document';
import type { PorteVoixHost } from '../../../core/host';
import { useStrings } from '../i18n/i18n';
import { isAllowedLink } from './links';
import { EDITOR_NODES } from './nodes';
import { SafePastePlugin } from './plugins/SafePastePlugin';
import { DocumentFilePlugin, type DocumentFileCommands, type DocumentFileState } from './plugins/DocumentFilePlugin';
import { EngineDocumentPlugin } from './plugins/EngineDocumentPlugin';
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
  onError: (message: string) => void;
  fileCommands: React.RefObject<DocumentFileCommands | null>;
}

/** The rich-text editor: headings, emphasis, lists, quotes, links, Markdown shortcuts, undo and redo. */
export function Editor({ host, onDocument, onFileChange, onError, fileCommands }: Props): React.JSX.Element {
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
        </div>
      </div>
      <HistoryPlugin />
      <AutoFocusPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isAllowedLink} />
      <TabIndentationPlugin />
      <SafePastePlugin />
      <MarkdownShortcutPlugin />
      <EngineDocumentPlugin onDocument={onDocument} />
      <DocumentFilePlugin host={host} onChange={onFileChange} onError={onError} commandsRef={fileCommands} />
    </LexicalComposer>
  );
}
