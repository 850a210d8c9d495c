import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { readArticleMeta } from '../../../core/article/meta';
import type {
  CredentialStorageInfo,
  PorteVoixHost,
  PublishAccount,
  PublishOutcome,
  PublishStatus,
  PublishTarget,
} from '../../../core/host';
import { readPublication, sameSite, type OverrideRecord } from '../../../core/publish/front-matter-records';
import { PUBLISH_STATUSES, PUBLISH_TARGET_INFO, PUBLISH_TARGETS } from '../../../core/publish/targets';
import { useLocale, useLocalized } from '../i18n/i18n';
import { shortcut } from '../ui/shortcut';
import { AccountSection } from './AccountSection';
import { overrideRecord } from './publish-gate';
import {
  buildPublishRequest,
  featuredImageOf,
  formatTags,
  hasBody,
  initialStatus,
  isPublicStatus,
  parseTags,
  sameTags,
  type PublishSource,
} from './publish-request';
import { PUBLISH_STRINGS } from './publish-strings';
import { PublishPreview } from './PublishPreview';
import type { PublishGate } from './use-publish-gate';
import './publish.css';

/** What a successful publication asks the app to record in the front matter. */
export interface PublishedRecord {
  target: PublishTarget;
  outcome: PublishOutcome;
  /** The tags sent, when the writer changed them in the dialog (they go to the front matter too). */
  tags?: string[];
  /** The reason given at the gate, when the document had errors. */
  override?: OverrideRecord;
}

interface Props {
  host: PorteVoixHost;
  /** The document as it is in the editor (read once: the dialog is modal, the text cannot change meanwhile). */
  source: () => PublishSource | undefined;
  /** Where the document is saved (its featured image is found from its folder); undefined when it never was. */
  documentPath: string | undefined;
  /** The document's front matter as it is now (it changes once a publication is recorded). */
  frontMatter: string | undefined;
  gate: PublishGate;
  /** Records a publication in the front matter; returns why it could not, else undefined. */
  onPublished: (record: PublishedRecord) => string | undefined;
  onClose: () => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'invalid'; message: string }
  | { kind: 'publishing' }
  /** The gate waits for the check of the last edit. */
  | { kind: 'checking' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; outcome: PublishOutcome; recordProblem: string | undefined };

interface Accounts {
  storage: CredentialStorageInfo;
  accounts: PublishAccount[];
}

const SAFE_LINK = /^https?:\/\//i;

/** The blog the dialog opens on: where the document was published last, else the first with an account. */
function firstTarget(frontMatter: string | undefined, accounts: readonly PublishAccount[]): PublishTarget {
  const has = (target: PublishTarget): boolean => accounts.some((a) => a.target === target);
  return (
    PUBLISH_TARGETS.find((target) => has(target) && readPublication(frontMatter, target) !== undefined) ??
    PUBLISH_TARGETS.find(has) ??
    'wordpress'
  );
}

/**
 * The Publish dialog: the blog, its account (set up, changed or forgotten here), the status (a draft by default),
 * the tags (from the front matter, editable), and a preview of exactly what will be sent, saying whether it creates
 * a post or updates the one recorded in the front matter. Publishing shows its progress and, once done, a link to
 * the post; a failure shows the host's message (cause and fix), leaves the document as it was, and Retry tries again.
 * A document with error-level findings passes the gate first. Ctrl+Enter publishes; Escape closes (not while
 * publishing).
 */
export function PublishDialog({
  host,
  source,
  documentPath,
  frontMatter,
  gate,
  onPublished,
  onClose,
}: Props): React.JSX.Element {
  const t = useLocalized(PUBLISH_STRINGS);
  const locale = useLocale();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const publishButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [snapshot] = useState(source);
  const [loaded, setLoaded] = useState<Accounts>();
  const [loadError, setLoadError] = useState<string>();
  const [target, setTarget] = useState<PublishTarget>();
  const [chosenStatus, setChosenStatus] = useState<PublishStatus>();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  /** The gate's answer for the publication under way, kept for Retry (undefined: ask the gate). */
  const gatePass = useRef<Awaited<ReturnType<PublishGate['beforePublish']>>>(undefined);
  const busy = phase.kind === 'publishing' || phase.kind === 'checking';
  /**
   * A publication is under way, from the click on (the phase shows it only once the gate has waited a while): a
   * second click or Ctrl+Enter meanwhile does nothing.
   */
  const running = useRef(false);
  /** Whether the dialog is still open: one closed while the gate waited publishes nothing. */
  const stillOpen = useRef(true);
  useEffect(() => {
    stillOpen.current = true;
    return () => {
      stillOpen.current = false;
    };
  }, []);

  const meta = useMemo(
    () =>
      readArticleMeta(
        { title: snapshot?.doc.title ?? '', blocks: [], ...(frontMatter === undefined ? {} : { frontMatter }) },
        locale,
      ).meta,
    [snapshot, frontMatter, locale],
  );
  const [openingTags] = useState(() => meta.tags);
  const [tagsText, setTagsText] = useState(() => formatTags(meta.tags));
  const tags = useMemo(() => parseTags(tagsText), [tagsText]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const readAccounts = useCallback(async (): Promise<void> => {
    try {
      const [storage, accounts] = await Promise.all([host.getCredentialStorage(), host.listPublishAccounts()]);
      setLoaded({ storage, accounts });
      setTarget((current) => current ?? firstTarget(frontMatter, accounts));
    } catch (error) {
      setLoadError(t.loadFailed((error as Error).message));
    }
  }, [host, frontMatter, t]);

  // Once, when the dialog opens (later reads come from the account section).
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    void readAccounts();
  }, [readAccounts]);

  const shownTarget = target ?? 'wordpress';
  const label = PUBLISH_TARGET_INFO[shownTarget].label;
  const account = loaded?.accounts.find((a) => a.target === shownTarget);
  const record = readPublication(frontMatter, shownTarget);
  const sameSiteRecord = account !== undefined && record !== undefined && sameSite(record.site, account.url);
  const postId = sameSiteRecord ? record.id : undefined;
  const status = chosenStatus ?? initialStatus(sameSiteRecord ? record : undefined);
  const title = meta.title ?? '';

  const image = useMemo(() => featuredImageOf(frontMatter), [frontMatter]);
  const imagePath = image !== undefined && 'path' in image ? image.path : undefined;

  const request =
    snapshot &&
    buildPublishRequest(snapshot, {
      target: shownTarget,
      title,
      excerpt: meta.excerpt,
      tags,
      status,
      id: postId,
      image: imagePath === undefined || documentPath === undefined ? undefined : { documentPath, path: imagePath },
      previousImageSha256: sameSiteRecord ? record.imageSha256 : undefined,
    });

  const publish = async (): Promise<void> => {
    if (busy || running.current || !account || !snapshot || !request) return;
    if (request.title === '') {
      setPhase({ kind: 'invalid', message: t.noTitle });
      return;
    }
    if (!hasBody(snapshot, request.title)) {
      setPhase({ kind: 'invalid', message: t.noBody });
      return;
    }
    // WordPress and Ghost take the image: a path they cannot use, or an unsaved document with one, stops here.
    if (shownTarget !== 'devto' && image !== undefined) {
      if ('problem' in image) {
        setPhase({ kind: 'invalid', message: image.problem });
        return;
      }
      if (documentPath === undefined) {
        setPhase({ kind: 'invalid', message: t.saveForImage(image.path) });
        return;
      }
    }
    running.current = true;
    try {
      if (gatePass.current === undefined) {
        const shown = phase;
        gatePass.current = await gate.beforePublish((waiting) => setPhase(waiting ? { kind: 'checking' } : shown));
        if (gatePass.current === undefined || !stillOpen.current) return;
      }
      const override = gatePass.current.override;
      setPhase({ kind: 'publishing' });
      try {
        const outcome = await host.publishDocument(request);
        const recordProblem = onPublished({
          target: request.target,
          outcome,
          ...(sameTags(tags, openingTags) ? {} : { tags }),
          ...(override === undefined
            ? {}
            : { override: overrideRecord(override.facts, 'publish', override.reason, new Date()) }),
        });
        // The next publication is another one: the gate asks again.
        gatePass.current = undefined;
        setPhase({ kind: 'done', outcome, recordProblem });
      } catch (error) {
        setPhase({ kind: 'failed', message: (error as Error).message });
      }
    } finally {
      running.current = false;
    }
  };

  // The buttons were disabled while publishing, and the focus lost with them: Retry after a failure, Close after a
  // success (Enter then does the likely next thing, never publishes twice by mistake).
  useEffect(() => {
    if (phase.kind === 'failed') publishButton.current?.focus();
    else if (phase.kind === 'done') closeButton.current?.focus();
  }, [phase.kind]);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    // Not from the account form, whose Enter saves the account.
    if ((event.target as HTMLElement).closest('form') !== null) return;
    event.preventDefault();
    void publish();
  };

  const changeTarget = (next: PublishTarget): void => {
    setTarget(next);
    setChosenStatus(undefined);
    setPhase({ kind: 'idle' });
    gatePass.current = undefined;
  };

  const unpublishing =
    postId !== undefined && status === 'draft' && record !== undefined && isPublicStatus(record.status);

  return (
    <dialog
      ref={dialog}
      className="pv-dialog pv-publish"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p id={`${id}-intro`} className="pv-dialog-intro">
        {t.intro}
      </p>
      <div className="pv-publish-grid" aria-busy={busy}>
        <div className="pv-publish-settings">
          <div className="pv-publish-line">
            <label className="pv-publish-label" htmlFor={`${id}-target`}>
              {t.target}
            </label>
            <select
              id={`${id}-target`}
              className="pv-select"
              value={shownTarget}
              disabled={busy}
              onChange={(event) => changeTarget(event.target.value as PublishTarget)}
            >
              {PUBLISH_TARGETS.map((each) => (
                <option key={each} value={each}>
                  {PUBLISH_TARGET_INFO[each].label}
                </option>
              ))}
            </select>
          </div>
          {loadError !== undefined ? (
            <p className="pv-publish-error" role="alert">
              {loadError}
            </p>
          ) : loaded === undefined ? (
            <p className="pv-publish-note" role="status">
              {t.loading}
            </p>
          ) : (
            <AccountSection
              key={shownTarget}
              host={host}
              target={shownTarget}
              account={account}
              storage={loaded.storage}
              busy={busy}
              onChanged={readAccounts}
              onWeakStorage={() => setLoaded((l) => l && { ...l, storage: { ...l.storage, weak: true } })}
            />
          )}
          <fieldset className="pv-publish-status" disabled={busy}>
            <legend className="pv-publish-label">{t.status}</legend>
            {PUBLISH_STATUSES.map((each) => (
              <label key={each} className="pv-check">
                <input
                  type="radio"
                  name={`${id}-status`}
                  value={each}
                  checked={status === each}
                  onChange={() => setChosenStatus(each)}
                />
                {t.statusNames[each]}
              </label>
            ))}
          </fieldset>
          {unpublishing && <p className="pv-publish-warning">{t.unpublishWarning(postId)}</p>}
          <div className="pv-publish-line">
            <label className="pv-publish-label" htmlFor={`${id}-tags`}>
              {t.tags}
            </label>
            <input
              id={`${id}-tags`}
              className="pv-input"
              value={tagsText}
              disabled={busy}
              spellCheck={false}
              aria-describedby={`${id}-tags-hint`}
              onChange={(event) => setTagsText(event.target.value)}
            />
            <p id={`${id}-tags-hint`} className="pv-publish-hint pv-publish-line-end">
              {t.tagsHint}
            </p>
          </div>
        </div>
        {request && <PublishPreview request={request} imagePath={imagePath} />}
      </div>
      <div className="pv-publish-outcome">
        {busy && <progress className="pv-publish-progress" aria-label={t.progress} />}
        <div role="status" className="pv-publish-note">
          {phase.kind === 'checking' && t.checkingLastEdits}
          {phase.kind === 'publishing' && t.publishing(label)}
          {phase.kind === 'done' && (
            <Published blog={label} outcome={phase.outcome} recordProblem={phase.recordProblem} />
          )}
        </div>
        {(phase.kind === 'failed' || phase.kind === 'invalid') && (
          <div className="pv-publish-error" role="alert">
            {phase.kind === 'failed' && <p className="pv-publish-error-title">{t.failed}</p>}
            <p>{phase.message}</p>
            {phase.kind === 'failed' && <p>{t.unchanged}</p>}
          </div>
        )}
      </div>
      <div className="pv-dialog-actions pv-publish-actions">
        {account !== undefined && (
          <button
            ref={publishButton}
            type="button"
            className="pv-button"
            disabled={busy}
            title={t.keys(shortcut('Mod+Enter'))}
            onClick={() => void publish()}
          >
            {phase.kind === 'failed' ? t.retry : t.publish}
          </button>
        )}
        <button
          ref={closeButton}
          type="button"
          className="pv-button pv-button-quiet"
          disabled={busy}
          onClick={() => dialog.current?.close()}
        >
          {t.close}
        </button>
      </div>
    </dialog>
  );
}

/** The outcome of a publication: where the post is, what the front matter now says, what the blog changed. */
function Published({
  blog,
  outcome,
  recordProblem,
}: {
  /** The blog's name (WordPress, Ghost, DEV). */
  blog: string;
  outcome: PublishOutcome;
  recordProblem: string | undefined;
}) {
  const t = useLocalized(PUBLISH_STRINGS);
  return (
    <div className="pv-publish-done">
      <p>
        {t.published(blog, t.outcomeStatus(outcome.status))}{' '}
        {SAFE_LINK.test(outcome.url) ? (
          <a href={outcome.url} target="_blank" rel="noopener noreferrer">
            {t.openPost}
          </a>
        ) : null}
      </p>
      {SAFE_LINK.test(outcome.url) && <p className="pv-publish-url">{outcome.url}</p>}
      {recordProblem === undefined ? (
        <p>{t.recorded(outcome.id)}</p>
      ) : (
        <p className="pv-publish-error">{t.recordFailed(recordProblem)}</p>
      )}
      {outcome.warnings.length > 0 && (
        <>
          <p>{t.warnings}</p>
          <ul className="pv-publish-warnings">
            {outcome.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
