import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
  type HeadingTagType,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_MODIFIER_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Icon, type IconName } from '../../ui/icons';
import { useStrings } from '../../i18n/i18n';
import { shortcut } from '../../ui/shortcut';
import { isAllowedLink, normalizeLink } from '../links';

type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'code';

interface ToolbarState {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

function readBlockType(): BlockType {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'paragraph';
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top;
    return list.getListType() === 'number' ? 'number' : 'bullet';
  }
  if ($isHeadingNode(top)) {
    const tag = top.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  }
  if ($isQuoteNode(top)) return 'quote';
  if (top.getType() === 'code') return 'code';
  return 'paragraph';
}

function setBlock(editor: LexicalEditor, current: BlockType, target: BlockType): void {
  if (target === 'bullet' || target === 'number') {
    const command = target === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND;
    editor.dispatchCommand(current === target ? REMOVE_LIST_COMMAND : command, undefined);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const next = current === target ? 'paragraph' : target;
    if (next === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else if (next === 'h1' || next === 'h2' || next === 'h3')
      $setBlocksType(selection, () => $createHeadingNode(next as HeadingTagType));
    else $setBlocksType(selection, () => $createParagraphNode());
  });
}

const BLOCK_KEYS: Record<string, BlockType> = { '0': 'paragraph', '1': 'h1', '2': 'h2', '3': 'h3' };
const LIST_KEYS: Record<string, BlockType> = { '7': 'number', '8': 'bullet', '9': 'quote' };

/** Formatting toolbar with the usual shortcuts, and an inline form for links (Ctrl+K). */
export function ToolbarPlugin(): React.JSX.Element {
  const strings = useStrings();
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>({
    block: 'paragraph',
    bold: false,
    italic: false,
    link: false,
    canUndo: false,
    canRedo: false,
  });
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const [linkDraft, setLinkDraft] = useState('');
  const [linkError, setLinkError] = useState('');
  const linkInput = useRef<HTMLInputElement>(null);
  const blockRef = useRef<BlockType>('paragraph');

  const refresh = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const node = selection.anchor.getNode();
    // Read everything now: React runs the state updater later, outside Lexical's read.
    const next = {
      block: readBlockType(),
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      link: $isLinkNode(node) || $isLinkNode(node.getParent()),
    };
    blockRef.current = next.block;
    setState((s) => ({ ...s, ...next }));
  }, []);

  const openLinkForm = useCallback(() => {
    setLinkDraft('');
    setLinkError('');
    setLinkFormOpen(true);
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(refresh, { editor })),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            refresh();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => {
            setState((s) => ({ ...s, canUndo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => {
            setState((s) => ({ ...s, canRedo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_MODIFIER_COMMAND,
          (event) => {
            const mod = event.ctrlKey || event.metaKey;
            if (!mod) return false;
            if (!event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
              event.preventDefault();
              openLinkForm();
              return true;
            }
            const digit = event.code.startsWith('Digit') ? event.code.slice(5) : '';
            const target =
              event.altKey && !event.shiftKey
                ? BLOCK_KEYS[digit]
                : event.shiftKey && !event.altKey
                  ? LIST_KEYS[digit]
                  : undefined;
            if (!target) return false;
            event.preventDefault();
            setBlock(editor, blockRef.current, target);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh, openLinkForm],
  );

  useEffect(() => {
    if (linkFormOpen) linkInput.current?.focus();
  }, [linkFormOpen]);

  const closeLinkForm = (): void => {
    setLinkFormOpen(false);
    editor.focus();
  };

  const applyLink = (event: FormEvent): void => {
    event.preventDefault();
    const url = normalizeLink(linkDraft);
    if (!isAllowedLink(url)) {
      setLinkError(strings.linkInvalid);
      return;
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    closeLinkForm();
  };

  const button = (
    label: string,
    keys: string,
    pressed: boolean | undefined,
    onClick: () => void,
    icon: IconName,
    disabled = false,
  ) => (
    <button
      type="button"
      className="pv-tool"
      aria-label={label}
      title={`${label} (${shortcut(keys)})`}
      {...(pressed === undefined ? {} : { 'aria-pressed': pressed })}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );

  return (
    <div className="pv-toolbar" role="toolbar" aria-label={strings.formatting}>
      {button(
        strings.undo,
        'Mod+Z',
        undefined,
        () => editor.dispatchCommand(UNDO_COMMAND, undefined),
        'undo',
        !state.canUndo,
      )}
      {button(
        strings.redo,
        'Mod+Shift+Z',
        undefined,
        () => editor.dispatchCommand(REDO_COMMAND, undefined),
        'redo',
        !state.canRedo,
      )}
      <span className="pv-tool-sep" aria-hidden="true" />
      <label className="pv-visually-hidden" htmlFor="pv-block-type">
        {strings.blockType}
      </label>
      <select
        id="pv-block-type"
        className="pv-select"
        value={['paragraph', 'h1', 'h2', 'h3', 'quote'].includes(state.block) ? state.block : 'paragraph'}
        onChange={(e) => setBlock(editor, state.block, e.target.value as BlockType)}
      >
        <option value="paragraph">{strings.paragraph}</option>
        <option value="h1">{strings.heading1}</option>
        <option value="h2">{strings.heading2}</option>
        <option value="h3">{strings.heading3}</option>
        <option value="quote">{strings.quote}</option>
      </select>
      <span className="pv-tool-sep" aria-hidden="true" />
      {button(strings.bold, 'Mod+B', state.bold, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'), 'bold')}
      {button(
        strings.italic,
        'Mod+I',
        state.italic,
        () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
        'italic',
      )}
      {button(
        strings.link,
        'Mod+K',
        state.link,
        () => (state.link ? editor.dispatchCommand(TOGGLE_LINK_COMMAND, null) : openLinkForm()),
        'link',
      )}
      <span className="pv-tool-sep" aria-hidden="true" />
      {button(
        strings.bulletList,
        'Mod+Shift+8',
        state.block === 'bullet',
        () => setBlock(editor, state.block, 'bullet'),
        'bullet',
      )}
      {button(
        strings.numberedList,
        'Mod+Shift+7',
        state.block === 'number',
        () => setBlock(editor, state.block, 'number'),
        'number',
      )}
      {button(
        strings.quote,
        'Mod+Shift+9',
        state.block === 'quote',
        () => setBlock(editor, state.block, 'quote'),
        'quote',
      )}
      {linkFormOpen && (
        <form className="pv-link-form" onSubmit={applyLink} onKeyDown={(e) => e.key === 'Escape' && closeLinkForm()}>
          <input
            ref={linkInput}
            type="text"
            inputMode="url"
            aria-label={strings.linkAddress}
            placeholder="https://"
            value={linkDraft}
            aria-invalid={linkError !== ''}
            onChange={(e) => setLinkDraft(e.target.value)}
          />
          <button type="submit" className="pv-button">
            {strings.apply}
          </button>
          <button type="button" className="pv-button pv-button-quiet" onClick={closeLinkForm}>
            {strings.cancel}
          </button>
          {linkError && (
            <span role="alert" className="pv-link-error">
              {linkError}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
