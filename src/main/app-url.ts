/** The app's own pages are served from this origin, never from the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'porte-voix';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The origin the window loads: the app's own, or electron-vite's dev server during `npm start`. */
export function trustedOrigin(devServerUrl: string | undefined): string {
  return devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
}

/**
 * Whether `url` belongs to `origin`. Compares scheme and host by hand: Node's
 * URL gives custom schemes such as app: the opaque origin "null".
 */
export function isSameOrigin(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.host !== '' && `${parsed.protocol}//${parsed.host}` === origin;
  } catch {
    return false;
  }
}

/**
 * Whether `url` may be handed to the system browser: http or https only, with a
 * host, without credentials, of a sane length. Everything else (file:, javascript:,
 * custom schemes of other apps, ...) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname.length > 0 &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
