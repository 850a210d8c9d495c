import { useId, useMemo } from 'react';
import type { PublishRequest } from '../../../core/host';
import { PUBLISH_TARGET_INFO } from '../../../core/publish/targets';
import { sanitizePastedHtml } from '../editor/sanitize-html';
import { useLocalized } from '../i18n/i18n';
import { PUBLISH_STRINGS } from './publish-strings';

/**
 * The HTML body as the preview shows it: the fragment the blog receives (already escaped, see
 * `documentHtmlFragment`), sanitized once more as pasted HTML is, its links opening outside the app.
 */
function previewHtml(fragment: string): string {
  const doc = sanitizePastedHtml(fragment);
  for (const link of Array.from(doc.body.querySelectorAll('a[href]'))) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  return doc.body.innerHTML;
}

/**
 * What will be sent, exactly: title, status, tags, excerpt, the featured image, whether it creates a post or updates one, and the
 * body (the HTML rendered in the page, without scripts or remote content; DEV's Markdown as text).
 */
export function PublishPreview({
  request,
  imagePath,
}: {
  request: PublishRequest;
  /** The front matter's featured image, as written (WordPress and Ghost upload it; DEV is not sent it). */
  imagePath?: string | undefined;
}): React.JSX.Element {
  const t = useLocalized(PUBLISH_STRINGS);
  const id = useId();
  const label = PUBLISH_TARGET_INFO[request.target].label;
  const markdown = request.target === 'devto';
  const html = useMemo(() => (markdown ? '' : previewHtml(request.html)), [markdown, request.html]);
  return (
    <section className="pv-publish-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.preview}</h3>
      <dl className="pv-publish-facts">
        <dt>{t.titleLabel}</dt>
        <dd className="pv-publish-title">{request.title === '' ? '—' : request.title}</dd>
        <dt>{t.status}</dt>
        <dd>{t.statusNames[request.status]}</dd>
        <dt>{t.tags}</dt>
        <dd>
          {request.tags.length === 0 ? (
            t.none
          ) : (
            <ul className="pv-publish-tags">
              {request.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
        </dd>
        {request.excerpt !== undefined && (
          <>
            <dt>{t.excerpt}</dt>
            <dd>{request.excerpt}</dd>
          </>
        )}
        {imagePath !== undefined && (
          <>
            <dt>{t.featuredImage}</dt>
            <dd>{request.target === 'devto' ? `${imagePath}: ${t.imageNotSent(label)}` : imagePath}</dd>
          </>
        )}
        <dt>{t.post}</dt>
        <dd>{request.id === undefined ? t.createsNew(label) : t.updates(request.id)}</dd>
      </dl>
      <h4 id={`${id}-body`} className="pv-publish-body-title">
        {markdown ? t.bodyMarkdown : t.body}
      </h4>
      {markdown ? (
        <pre className="pv-publish-body pv-publish-markdown" tabIndex={0} aria-labelledby={`${id}-body`}>
          {request.markdown}
        </pre>
      ) : (
        <div
          className="pv-publish-body"
          role="region"
          tabIndex={0}
          aria-labelledby={`${id}-body`}
          // The fragment is escaped by documentHtmlFragment and sanitized again here: text, structure and safe links.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </section>
  );
}
