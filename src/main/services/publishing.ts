/**
 * Publishing for the UI: the host adds the account and its secret (from the credential store) to what the page
 * sends, and turns a client's PublishError into a HostError whose message names the cause and the fix.
 */
import { HostError, type PublishOutcome, type PublishRequest } from '../../core/host';
import { PublishError, type HttpClient } from '../../core/publish/http';
import { publishDocument } from '../../core/publish/publish-document';
import type { CredentialStore } from './credentials';

/** How long one request to a blog may take before the publication fails with a timeout. */
export const PUBLISH_TIMEOUT_MS = 30_000;

export async function publishWithStoredAccount(
  credentials: CredentialStore,
  http: HttpClient,
  request: PublishRequest,
): Promise<PublishOutcome> {
  const account = await credentials.secretFor(request.target);
  try {
    const result = await publishDocument(http, account, {
      title: request.title,
      html: request.html,
      markdown: request.markdown,
      tags: request.tags,
      status: request.status,
      ...(request.excerpt === undefined ? {} : { excerpt: request.excerpt }),
      ...(request.canonicalUrl === undefined ? {} : { canonicalUrl: request.canonicalUrl }),
      ...(request.id === undefined ? {} : { id: request.id }),
    });
    return { site: account.url, ...result };
  } catch (error) {
    if (error instanceof PublishError) {
      throw new HostError(error.message, `EPUBLISH_${error.code.toUpperCase().replace(/-/g, '_')}`);
    }
    throw error;
  }
}
