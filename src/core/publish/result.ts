/** What every publishing client returns once the service has accepted the post. */
export interface PublishResult {
  /** The service's id of the post, as a string; store it to update the same post on the next publication. */
  id: string;
  /** The post's public (or preview) address as the service reports it. */
  url: string;
  /** The service's own status word, e.g. 'draft', 'publish', 'published'. */
  status: string;
  /** Changes the client made to the input (e.g. tags dropped), for the user to see. Empty when none. */
  warnings: string[];
}
