import { useEffect, useId, useRef, useState } from 'react';
import type { ArticleMeta } from '../../../core/article/meta';
import type { ChannelId } from '../../../core/channels/channel';
import { asTextFile, exportMarkdown, exportPlainText } from '../../../core/export/export-formats';
import { documentHtml, documentHtmlFragment } from '../../../core/export/html';
import type { PorteVoixHost } from '../../../core/host';
import type { EditorCommands } from '../editor/plugins/EditorCommandsPlugin';
import { useLocalized } from '../i18n/i18n';
import type { PublishGate } from '../publish/use-publish-gate';
import { EXPORT_STRINGS } from './export-strings';
import './export.css';

interface Props {
  host: PorteVoixHost;
  editorCommands: React.RefObject<EditorCommands | null>;
  /** The channel written for: "Copy for …" copies its plain text. */
  channel: ChannelId;
  /** The document's YAML front matter, written at the start of exported Markdown. */
  frontMatter: string | undefined;
  /** What the front matter says: the HTML page's title and language. */
  meta: ArticleMeta;
  /** The document's file name, for the names offered. */
  fileName: string | undefined;
  /** Shows a failure to the user (the app's notice). */
  onError: (message: string) => void;
  /**
   * The pre-publish gate: copies of a document with error-level findings ask for a reason first (recorded in the
   * front matter). Without it, copies go ahead.
   */
  gate?: PublishGate | undefined;
}

type Action = 'copyChannel' | 'copyMarkdown' | 'copyHtml' | 'exportMarkdown' | 'exportHtml' | 'exportText';

/** The actions that copy, which pass the pre-publish gate first. */
const COPIES: ReadonlySet<Action> = new Set(['copyChannel', 'copyMarkdown', 'copyHtml']);

const ACTIONS: readonly Action[] = [
  'copyChannel',
  'copyMarkdown',
  'copyHtml',
  'exportMarkdown',
  'exportHtml',
  'exportText',
];

/** How long a confirmation stays on screen, in milliseconds. */
const CONFIRMATION_MS = 4000;

/**
 * The header's Export menu: copies the document for the current channel (HTML
 * and the plain text the counter counts, both on the clipboard), as Markdown
 * or as HTML code, or writes it to a Markdown, HTML or plain text file
 * through the host (which asks where). A menu button: arrows move, Enter
 * picks, Escape closes; a polite status confirms.
 */
export function ExportMenu({ host, editorCommands, channel, frontMatter, meta, fileName, onError, gate }: Props) {
  const t = useLocalized(EXPORT_STRINGS);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  /** The item to focus once the menu is open. */
  const [focusIndex, setFocusIndex] = useState(0);

  useEffect(() => {
    if (open) items.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => {
    if (status === '') return;
    const timer = window.setTimeout(() => setStatus(''), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  const openAt = (index: number): void => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (): void => {
    setOpen(false);
    trigger.current?.focus();
  };

  const labels: Record<Action, string> = {
    copyChannel: t.copyFor(channel),
    copyMarkdown: t.copyMarkdown,
    copyHtml: t.copyHtml,
    exportMarkdown: t.exportMarkdown,
    exportHtml: t.exportHtml,
    exportText: t.exportText,
  };
  const hints: Partial<Record<Action, string>> = { copyChannel: t.copyForHint, copyHtml: t.copyHtmlHint };

  const baseName = (): string => {
    const base = (fileName ?? '').replace(/\.[^./\\]+$/, '').trim();
    return base === '' ? t.untitled : base;
  };

  const save = async (extension: string, content: string): Promise<void> => {
    try {
      const result = await host.saveTextDocument({ suggestedName: `${baseName()}.${extension}`, content });
      if (!result.canceled) setStatus(t.exported(result.name));
    } catch (error) {
      onError(t.exportFailed((error as Error).message));
    }
  };

  const copy = async (write: () => Promise<void>, done: string): Promise<void> => {
    try {
      await write();
      setStatus(done);
    } catch (error) {
      onError(t.copyFailed((error as Error).message));
    }
  };

  const run = async (action: Action): Promise<void> => {
    close();
    // A copy of a document with errors asks for a reason first; cancelling copies nothing. The Markdown copy then
    // carries the front matter with the override recorded.
    let copiedFrontMatter = frontMatter;
    if (COPIES.has(action) && gate) {
      const passed = await gate.beforeCopy((waiting) => setStatus(waiting ? t.checkingLastEdits : ''));
      if (passed === undefined) return;
      copiedFrontMatter = passed.frontMatter;
    }
    const source = editorCommands.current?.exportSource();
    if (!source) return;
    const { doc, markdown } = source;
    const page = (): string =>
      documentHtml(doc, {
        ...(meta.title === undefined ? {} : { title: meta.title }),
        ...(meta.language === undefined ? {} : { lang: meta.language }),
        stylesheet: true,
      });
    switch (action) {
      case 'copyChannel': {
        const plain = exportPlainText(doc, channel);
        const html = documentHtmlFragment(doc);
        void copy(async () => {
          if (typeof ClipboardItem === 'undefined') return navigator.clipboard.writeText(plain);
          await navigator.clipboard.write([
            new ClipboardItem({
              'text/html': new Blob([html], { type: 'text/html' }),
              'text/plain': new Blob([plain], { type: 'text/plain' }),
            }),
          ]);
        }, t.copiedFor(channel));
        break;
      }
      case 'copyMarkdown':
        void copy(() => navigator.clipboard.writeText(exportMarkdown(markdown, copiedFrontMatter)), t.copiedMarkdown);
        break;
      case 'copyHtml':
        void copy(() => navigator.clipboard.writeText(documentHtmlFragment(doc)), t.copiedHtml);
        break;
      case 'exportMarkdown':
        void save('md', exportMarkdown(markdown, frontMatter));
        break;
      case 'exportHtml':
        void save('html', page());
        break;
      case 'exportText':
        void save('txt', asTextFile(exportPlainText(doc, channel)));
        break;
    }
  };

  const onTriggerKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : ACTIONS.length - 1);
    }
  };

  const onMenuKeyDown = (event: React.KeyboardEvent): void => {
    const current = items.current.findIndex((item) => item === document.activeElement);
    const move = (index: number): void => {
      event.preventDefault();
      setFocusIndex(index);
      items.current[index]?.focus();
    };
    if (event.key === 'ArrowDown') move((current + 1) % ACTIONS.length);
    else if (event.key === 'ArrowUp') move((current - 1 + ACTIONS.length) % ACTIONS.length);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(ACTIONS.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="pv-export" ref={root}>
      <button
        type="button"
        ref={trigger}
        className="pv-button pv-button-quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t.exportHint}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onTriggerKeyDown}
      >
        {t.export}
      </button>
      {open && (
        <ul id={menuId} className="pv-export-menu" role="menu" aria-label={t.menu} onKeyDown={onMenuKeyDown}>
          {ACTIONS.map((action, i) => (
            <li key={action} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={i === focusIndex ? 0 : -1}
                className="pv-export-item"
                title={hints[action]}
                ref={(element) => {
                  items.current[i] = element;
                }}
                onClick={() => void run(action)}
              >
                {labels[action]}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pv-export-status" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
