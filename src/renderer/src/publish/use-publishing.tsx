import { useCallback, useEffect, useRef, useState } from 'react';
import { setFrontMatterFields } from '../../../core/article/front-matter-edit';
import type { Diagnostic } from '../../../core/engine/diagnostic';
import type { PorteVoixHost, PorteVoixMenu } from '../../../core/host';
import { recordOverride, recordPublication } from '../../../core/publish/front-matter-records';
import type { DocumentFileCommands } from '../editor/plugins/DocumentFilePlugin';
import type { EditorCommands } from '../editor/plugins/EditorCommandsPlugin';
import { PublishButton } from './PublishButton';
import { PublishDialog, type PublishedRecord } from './PublishDialog';
import { gateFacts, type GatePack } from './publish-gate';
import { useFrontMatter } from './use-front-matter';
import { usePublishGate, type PublishGate } from './use-publish-gate';

interface Options {
  host: PorteVoixHost;
  /** The document's front matter, as the app holds it. */
  frontMatter: string | undefined;
  /** The app's own setter of `frontMatter` (the Article panel's edits go through it too). */
  setFrontMatter: (yaml: string | undefined) => void;
  fileCommands: React.RefObject<DocumentFileCommands | null>;
  editorCommands: React.RefObject<EditorCommands | null>;
  /** Every finding of the last check (those ignored here included). */
  diagnostics: readonly Diagnostic[];
  /**
   * Every finding of the newest check, once it has finished: the text as it is now, for the gate. `undefined` when
   * that check failed or did not finish in time; the gate then uses `diagnostics`.
   */
  currentDiagnostics: () => Promise<readonly Diagnostic[] | undefined>;
  /** The rule packs loaded. */
  packs: readonly GatePack[];
  /** The packs turned off in the settings. */
  disabledPacks: readonly string[];
  /** Where the document is saved; undefined when it never was. */
  documentPath: string | undefined;
  /** The native menu (desktop app only): its File → Publish… opens the dialog. */
  menu?: PorteVoixMenu | undefined;
}

/**
 * Publishing in the app: the header's Publish… button (and Ctrl+Shift+P), the Publish dialog, and the pre-publish
 * gate that the Export menu's copies share. What they record (publications, overrides) goes into the front matter
 * as the Article panel's edits do: the document becomes unsaved, and Save keeps it.
 */
export function usePublishing(options: Options): { gate: PublishGate; button: React.ReactNode; ui: React.ReactNode } {
  const { host, frontMatter, setFrontMatter, fileCommands, editorCommands } = options;
  const access = useFrontMatter(frontMatter, setFrontMatter, fileCommands);
  const [open, setOpen] = useState(false);

  // The gate reads the findings and packs as they are when a copy or a publication starts: it first waits for the
  // check of the last edit, so an error typed just before copying is seen.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const facts = useCallback(async () => {
    const current = await latest.current.currentDiagnostics();
    const { diagnostics, packs, disabledPacks } = latest.current;
    return gateFacts(current ?? diagnostics, packs, disabledPacks);
  }, []);
  const { gate, dialog: gateDialog } = usePublishGate(facts, access);

  const onPublished = useCallback(
    ({ target, outcome, tags, override }: PublishedRecord): string | undefined => {
      try {
        access.edit((yaml) => {
          let next = override === undefined ? yaml : recordOverride(yaml, override);
          next = recordPublication(next, target, {
            site: outcome.site,
            id: outcome.id,
            url: outcome.url,
            status: outcome.status,
            ...(outcome.imageSha256 === undefined ? {} : { imageSha256: outcome.imageSha256 }),
          });
          return tags === undefined ? next : setFrontMatterFields(next, { tags });
        });
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
    [access],
  );

  // File → Publish… in the native menu (its accelerator is the same Ctrl+Shift+P: opening twice opens once).
  const { menu } = options;
  useEffect(
    () =>
      menu?.onMenuCommand((command) => {
        if (command === 'publish' && document.querySelector('dialog[open]') === null) setOpen(true);
      }),
    [menu],
  );

  const source = () => editorCommands.current?.exportSource();

  const button = <PublishButton onOpen={() => setOpen(true)} />;
  const ui = (
    <>
      {open && (
        <PublishDialog
          host={host}
          source={source}
          documentPath={options.documentPath}
          frontMatter={frontMatter}
          gate={gate}
          onPublished={onPublished}
          // The browser gives the focus back to where it was (the button, or the text for the shortcut).
          onClose={() => setOpen(false)}
        />
      )}
      {gateDialog}
    </>
  );
  return { gate, button, ui };
}
