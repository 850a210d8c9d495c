/**
 * Publishing for the UI: the host adds the account and its secret (from the credential store) to what the page
 * sends, and turns a client's PublishError into a HostError whose message names the cause and the fix.
 */
import { HostError, type PublishOutcome, type PublishRequest } from '../../core/host';
import { PublishError, type HttpClient } from '../../core/publish/http';
import { publishDocument } from '../../core/publish/publish-document';
import type { FeaturedImage } from '../../core/publish/featured-image';
import type { CredentialStore } from './credentials';
import { nodeDocumentFs } from './documents';
import { readFeaturedImage } from './featured-image-file';

/** How long one request to a blog may take before the publication fails with a timeout. */
export const PUBLISH_TIMEOUT_MS = 30_000;

export async function publishWithStoredAccount(
  credentials: CredentialStore,
  http: HttpClient,
  request: PublishRequest,
  /** The path as this host allows it (the web host: inside its documents folder), for the document and its image. */
  allowDocumentPath: (path: string) => string = (path) => path,
): Promise<PublishOutcome> {
  const account = await credentials.secretFor(request.target);
  let sent: FeaturedImage | undefined;
  const { image } = request;
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
      ...(image === undefined
        ? {}
        : {
            image: {
              path: image.path,
              load: async () =>
                (sent = await readFeaturedImage(
                  allowDocumentPath(image.documentPath),
                  image.path,
                  nodeDocumentFs,
                  allowDocumentPath,
                )),
            },
          }),
      ...(request.previousImageSha256 === undefined ? {} : { previousImageSha256: request.previousImageSha256 }),
    });
    return { site: account.url, ...result, ...(sent === undefined ? {} : { imageSha256: sent.sha256 }) };
  } catch (error) {
    if (error instanceof PublishError) {
      throw new HostError(error.message, `EPUBLISH_${error.code.toUpperCase().replace(/-/g, '_')}`);
    }
    throw error;
  }
}
