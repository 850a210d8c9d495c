import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef } from 'react';
import { BlockText } from '../marks/block-dom';
import { followEdit, textEdit } from '../marks/follow-edits';
import { HIGHLIGHT_NAMES, marksAt, type Mark, type MarkKind, type MarkSet, type TextFlag } from '../marks/marks';

/** Where a painted mark is now, in the edited text. */
export interface LiveMark extends Mark {
  element: HTMLElement;
  text: BlockText;
}

export interface MarksPluginProps {
  marks: MarkSet;
  /** The finding whose card is open: painted stronger. */
  activeId?: string | undefined;
  /** Positions to flag with a label (LinkedIn's folds). */
  flags?: readonly TextFlag[];
  /** The pointer rests on a mark (or left it). */
  onHover: (mark: LiveMark | undefined) => void;
  /** The caret entered marks (several findings may cover the same words), or left them (an empty list). */
  onCaret: (marks: readonly LiveMark[]) => void;
  /** Lets the app find a mark's current place (to position a card). */
  liveMarksRef: React.RefObject<Map<string, LiveMark>>;
}

const KINDS = Object.keys(HIGHLIGHT_NAMES) as (MarkKind | 'active')[];

/**
 * Paints the engine's findings over the editor with the CSS Custom Highlight
 * API: no node is added to the document, so marks never touch the text, the
 * undo history or the caret, and repainting does not flicker. Between a
 * keystroke and the next check, marks follow the edit (see follow-edits.ts).
 */
export function MarksPlugin({
  marks,
  activeId,
  flags = [],
  onHover,
  onCaret,
  liveMarksRef,
}: MarksPluginProps): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const flagLayer = useRef<HTMLDivElement>(null);
  const hovered = useRef<string | undefined>(undefined);
  /** DOM ranges of the last paint, reused while their block's text and nodes are unchanged. */
  const rangeCache = useRef(new Map<string, Range>());
  const caret = useRef<string | undefined>(undefined);

  const paint = useCallback(() => {
    const root = editor.getRootElement();
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    // Only blocks on screen or near it are painted: a long article has thousands of findings, and
    // painting them all at every keystroke would slow typing. Scrolling paints the blocks that come in.
    const margin = window.innerHeight;
    const texts = new Map<string, BlockText | null>();
    const textOf = (blockId: string, anywhere = false): BlockText | null => {
      const key = anywhere ? `*${blockId}` : blockId;
      let text = texts.get(key);
      if (text === undefined) {
        const element = editor.getElementByKey(blockId);
        const box = element?.getBoundingClientRect();
        const near = box !== undefined && box.bottom >= -margin && box.top <= window.innerHeight + margin;
        text = element && (near || anywhere) ? new BlockText(element) : null;
        texts.set(key, text);
      }
      return text;
    };
    const ranges = new Map<string, Range[]>(KINDS.map((k) => [HIGHLIGHT_NAMES[k], []]));
    const live = new Map<string, LiveMark>();
    const nextRanges = new Map<string, Range>();
    const edits = new Map<string, ReturnType<typeof textEdit> | null>();
    for (const mark of marks.marks) {
      const text = textOf(mark.blockId);
      if (!text) continue;
      const checked = marks.checkedTexts.get(mark.blockId) ?? text.text;
      let range = mark.range;
      if (checked !== text.text) {
        let edit = edits.get(mark.blockId);
        if (edit === undefined) {
          edit = textEdit(checked, text.text);
          edits.set(mark.blockId, edit);
        }
        const moved = edit ? followEdit(range, checked, edit) : undefined;
        if (!moved) continue;
        range = moved;
      }
      const cacheKey = `${mark.id}\u0000${range.start}\u0000${range.end}\u0000${text.text}`;
      let dom = rangeCache.current.get(cacheKey);
      if (
        !dom ||
        !dom.startContainer.isConnected ||
        !dom.endContainer.isConnected ||
        !text.element.contains(dom.startContainer)
      )
        dom = text.range(range.start, range.end);
      if (!dom) continue;
      nextRanges.set(cacheKey, dom);
      ranges.get(HIGHLIGHT_NAMES[mark.kind])?.push(dom);
      if (mark.id === activeId) ranges.get(HIGHLIGHT_NAMES.active)?.push(dom.cloneRange());
      live.set(mark.id, { ...mark, range, element: text.element, text });
    }
    rangeCache.current = nextRanges;
    for (const [name, list] of ranges) CSS.highlights.set(name, new Highlight(...list));
    liveMarksRef.current = live;

    // Flags: a thin bar and a label where the text is cut (drawn directly: they move with every keystroke).
    const layer = flagLayer.current;
    const pageBox = layer?.getBoundingClientRect();
    if (layer && pageBox) {
      const boxes: { label: string; left: number; top: number; height: number }[] = [];
      for (const flag of flags) {
        const rect = textOf(flag.blockId, true)?.range(flag.offset, flag.offset)?.getBoundingClientRect();
        if (!rect) continue;
        boxes.push({
          label: flag.label,
          left: rect.left - pageBox.left,
          top: rect.top - pageBox.top,
          height: rect.height || 20,
        });
      }
      // Touch the DOM only when a flag moved: every change would lay the page out again.
      const drawn = JSON.stringify(boxes);
      if (layer.dataset['drawn'] !== drawn) {
        layer.dataset['drawn'] = drawn;
        layer.replaceChildren(
          ...boxes.map((box) => {
            const bar = document.createElement('span');
            bar.className = 'pv-flag';
            bar.style.left = `${box.left}px`;
            bar.style.top = `${box.top}px`;
            bar.style.height = `${box.height}px`;
            const label = document.createElement('span');
            label.className = 'pv-flag-label';
            label.textContent = box.label;
            bar.append(label);
            return bar;
          }),
        );
      }
    }
  }, [editor, marks, activeId, flags, liveMarksRef]);

  // Repaint when the findings change, after every editor update (marks follow the edit), and on scroll.
  useEffect(() => {
    paint();
    let frame = 0;
    const onScroll = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(paint);
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll);
    const stop = editor.registerUpdateListener(() => paint());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      stop();
    };
  }, [editor, paint]);

  useEffect(
    () => () => {
      if (typeof CSS !== 'undefined' && 'highlights' in CSS)
        for (const k of KINDS) CSS.highlights.delete(HIGHLIGHT_NAMES[k]);
    },
    [],
  );

  // Which marks are at a DOM position, the most severe and narrowest first.
  const marksAtPosition = useCallback(
    (node: Node, offset: number): LiveMark[] => {
      const live = liveMarksRef.current;
      if (!live) return [];
      // The nearest block element holding the position (a list item before its list).
      const byElement = new Map<Element, string>();
      for (const mark of live.values()) byElement.set(mark.element, mark.blockId);
      let element: Node | null = node;
      while (element && !(element instanceof Element && byElement.has(element))) element = element.parentNode;
      if (!(element instanceof HTMLElement)) return [];
      const blockId = byElement.get(element);
      if (blockId === undefined) return [];
      const blockMarks = [...live.values()].filter((m) => m.blockId === blockId);
      const text = blockMarks[0]?.text;
      const at = text?.offsetOf(node, offset);
      if (at === undefined) return [];
      return marksAt(blockMarks, blockId, at).flatMap((m) => live.get(m.id) ?? []);
    },
    [liveMarksRef],
  );
  const markAt = useCallback(
    (node: Node, offset: number): LiveMark | undefined => marksAtPosition(node, offset)[0],
    [marksAtPosition],
  );

  // Hover: the mark under the pointer, only when the pointer is over its text.
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    let frame = 0;
    const onMove = (event: MouseEvent): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const position = document.caretPositionFromPoint(event.clientX, event.clientY);
        let found = position ? markAt(position.offsetNode, position.offset) : undefined;
        if (found) {
          const rects = found.text.range(found.range.start, found.range.end)?.getClientRects() ?? [];
          const over = [...rects].some(
            (r) =>
              event.clientX >= r.left - 2 &&
              event.clientX <= r.right + 2 &&
              event.clientY >= r.top - 2 &&
              event.clientY <= r.bottom + 2,
          );
          if (!over) found = undefined;
        }
        if (found?.id !== hovered.current) {
          hovered.current = found?.id;
          onHover(found);
        }
      });
    };
    const onLeave = (): void => {
      cancelAnimationFrame(frame);
      if (hovered.current !== undefined) {
        hovered.current = undefined;
        onHover(undefined);
      }
    };
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
    };
  }, [editor, markAt, onHover]);

  // Keyboard: the mark the caret is in.
  useEffect(() => {
    const onSelection = (): void => {
      const root = editor.getRootElement();
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0 || !root.contains(selection.focusNode)) return;
      const found = selection.focusNode ? marksAtPosition(selection.focusNode, selection.focusOffset) : [];
      const key = found.map((m) => m.id).join('\u0000');
      if (key !== caret.current) {
        caret.current = key;
        onCaret(found);
      }
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [editor, marksAtPosition, onCaret]);

  return <div ref={flagLayer} className="pv-flag-layer" aria-hidden="true" />;
}
