import { useEffect, useId, useRef, useState } from 'react';
import type { CredentialStorageInfo, PorteVoixHost, PublishAccount, PublishTarget } from '../../../core/host';
import { PUBLISH_TARGET_INFO } from '../../../core/publish/targets';
import { useLocalized } from '../i18n/i18n';
import { PUBLISH_STRINGS } from './publish-strings';

interface Props {
  host: PorteVoixHost;
  target: PublishTarget;
  /** The account set up for `target`, without its secret. */
  account: PublishAccount | undefined;
  storage: CredentialStorageInfo;
  /** A publication is under way: the account cannot change meanwhile. */
  busy: boolean;
  /** The accounts changed (saved or forgotten): read them again. */
  onChanged: () => Promise<void>;
  /** The host refused a secret because its storage is weak (it knows better than what it said first). */
  onWeakStorage: () => void;
}

type Mode = 'view' | 'edit' | 'forget';

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/**
 * The account of one blog: who and where, with Change… and Forget this account; or, when there is none, the form
 * that sets it up (site address, WordPress user name, the secret with where to get it). The secret field is never
 * prefilled and is emptied once saved. Where the host can only keep secrets weakly (no keyring), the form says so
 * and asks for consent; where it cannot encrypt at all, it explains why no account can be saved.
 */
export function AccountSection({ host, target, account, storage, busy, onChanged, onWeakStorage }: Props) {
  const t = useLocalized(PUBLISH_STRINGS);
  const id = useId();
  const info = PUBLISH_TARGET_INFO[target];
  const [mode, setMode] = useState<Mode>('view');
  const [url, setUrl] = useState(account?.url ?? info.defaultUrl ?? '');
  const [user, setUser] = useState(account?.user ?? '');
  const [secret, setSecret] = useState('');
  const [consent, setConsent] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ text: string; field?: 'url' | 'user' | 'secret' | 'consent' }>();
  const [done, setDone] = useState('');
  const urlField = useRef<HTMLInputElement>(null);
  const userField = useRef<HTMLInputElement>(null);
  const secretField = useRef<HTMLInputElement>(null);
  const consentField = useRef<HTMLInputElement>(null);
  const forgetButton = useRef<HTMLButtonElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode === 'forget') forgetButton.current?.focus();
  }, [mode]);

  const editing = account === undefined || mode === 'edit';

  const save = async (): Promise<void> => {
    const missing = (field: 'url' | 'user' | 'secret', label: string): boolean => {
      setProblem({ text: t.required(label), field });
      ({ url: urlField, user: userField, secret: secretField })[field].current?.focus();
      return true;
    };
    if (url.trim() === '' && missing('url', t.siteUrl)) return;
    if (info.needsUser && user.trim() === '' && missing('user', t.user)) return;
    if (secret.trim() === '' && missing('secret', t.secret[target])) return;
    if (storage.weak && !consent) {
      setProblem({ text: t.weakConsentMissing, field: 'consent' });
      consentField.current?.focus();
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await host.savePublishAccount(
        { target, url: url.trim(), user: info.needsUser ? user.trim() : '' },
        secret,
        storage.weak && consent,
      );
      setSecret('');
      setConsent(false);
      setMode('view');
      setDone(t.accountSaved(info.label));
      await onChanged();
    } catch (error) {
      if (codeOf(error) === 'EWEAKSTORAGE') {
        onWeakStorage();
        setProblem({ text: t.weakConsentMissing, field: 'consent' });
      } else {
        setProblem({ text: (error as Error).message });
      }
    } finally {
      setSaving(false);
    }
  };

  const forget = async (): Promise<void> => {
    setSaving(true);
    setProblem(undefined);
    try {
      await host.forgetPublishAccount(target);
      setMode('view');
      setUrl(info.defaultUrl ?? '');
      setUser('');
      setDone(t.forgotten(info.label));
      await onChanged();
    } catch (error) {
      setProblem({ text: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  const status = (
    <p className="pv-publish-note" role="status">
      {done}
    </p>
  );
  const alert = problem !== undefined && (
    <p id={`${id}-problem`} className="pv-publish-error" role="alert">
      {problem.text}
    </p>
  );
  const describedBy = (field: 'url' | 'user' | 'secret' | 'consent', hint?: string): string | undefined =>
    [hint, problem?.field === field ? `${id}-problem` : undefined].filter(Boolean).join(' ') || undefined;

  if (!editing) {
    return (
      <section className="pv-publish-account" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{t.account}</h3>
        <p className="pv-publish-account-name">{t.accountOf(account.user, account.url)}</p>
        {mode === 'forget' ? (
          <div className="pv-publish-confirm">
            <p id={`${id}-forget`}>{t.forgetConfirm(info.label)}</p>
            <button
              ref={forgetButton}
              type="button"
              className="pv-button pv-button-danger"
              aria-describedby={`${id}-forget`}
              disabled={saving || busy}
              onClick={() => void forget()}
            >
              {t.forgetYes}
            </button>
            <button
              type="button"
              className="pv-button pv-button-quiet"
              disabled={saving}
              onClick={() => {
                setMode('view');
                requestAnimationFrame(() => changeButton.current?.focus());
              }}
            >
              {t.forgetNo}
            </button>
          </div>
        ) : (
          <div className="pv-publish-row">
            <button
              ref={changeButton}
              type="button"
              className="pv-button pv-button-quiet"
              disabled={busy}
              onClick={() => {
                setUrl(account.url);
                setUser(account.user);
                setDone('');
                setMode('edit');
              }}
            >
              {t.changeAccount}
            </button>
            <button
              type="button"
              className="pv-button pv-button-quiet"
              disabled={busy}
              onClick={() => {
                setDone('');
                setMode('forget');
              }}
            >
              {t.forget}
            </button>
          </div>
        )}
        {alert}
        {status}
      </section>
    );
  }

  if (!storage.available) {
    return (
      <section className="pv-publish-account" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{t.unavailableTitle}</h3>
        <p className="pv-publish-warning">{t.unavailable(storage.backend)}</p>
        {status}
      </section>
    );
  }

  return (
    <section className="pv-publish-account" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.setupTitle(info.label)}</h3>
      <form
        className="pv-publish-account-fields"
        aria-busy={saving}
        onSubmit={(event) => {
          event.preventDefault();
          if (!saving) void save();
        }}
      >
        <label className="pv-publish-label" htmlFor={`${id}-url`}>
          {t.siteUrl}
        </label>
        <input
          ref={urlField}
          id={`${id}-url`}
          className="pv-input"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder={info.defaultUrl ?? t.siteUrlPlaceholder}
          value={url}
          aria-invalid={problem?.field === 'url'}
          aria-describedby={describedBy('url')}
          onChange={(event) => setUrl(event.target.value)}
        />
        {info.needsUser && (
          <>
            <label className="pv-publish-label" htmlFor={`${id}-user`}>
              {t.user}
            </label>
            <input
              ref={userField}
              id={`${id}-user`}
              className="pv-input"
              autoComplete="username"
              spellCheck={false}
              value={user}
              aria-invalid={problem?.field === 'user'}
              aria-describedby={describedBy('user')}
              onChange={(event) => setUser(event.target.value)}
            />
          </>
        )}
        <label className="pv-publish-label" htmlFor={`${id}-secret`}>
          {t.secret[target]}
        </label>
        <input
          ref={secretField}
          id={`${id}-secret`}
          className="pv-input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          aria-invalid={problem?.field === 'secret'}
          aria-describedby={describedBy('secret', `${id}-secret-hint`)}
          onChange={(event) => setSecret(event.target.value)}
        />
        <p id={`${id}-secret-hint`} className="pv-publish-hint">
          {t.secretHint[target]} {storage.weak ? '' : t.storedHow(storage.backend)}
        </p>
        {storage.weak && (
          <div className="pv-publish-warning" role="group" aria-labelledby={`${id}-weak`}>
            <p id={`${id}-weak`} className="pv-publish-warning-title">
              {t.weakTitle}
            </p>
            <p id={`${id}-weak-text`}>{t.weakText(storage.backend)}</p>
            <label className="pv-check">
              <input
                ref={consentField}
                type="checkbox"
                checked={consent}
                aria-invalid={problem?.field === 'consent'}
                aria-describedby={describedBy('consent', `${id}-weak-text`)}
                onChange={(event) => {
                  setConsent(event.target.checked);
                  if (problem?.field === 'consent') setProblem(undefined);
                }}
              />
              {t.weakConsent}
            </label>
          </div>
        )}
        {alert}
        <div className="pv-publish-row">
          <button type="submit" className="pv-button" aria-disabled={saving || busy} disabled={busy}>
            {saving ? t.savingAccount : t.saveAccount}
          </button>
          {account !== undefined && (
            <button
              type="button"
              className="pv-button pv-button-quiet"
              onClick={() => {
                setSecret('');
                setProblem(undefined);
                setMode('view');
              }}
            >
              {t.cancel}
            </button>
          )}
        </div>
      </form>
      {status}
    </section>
  );
}
