import { app, session, shell, type WebContents } from 'electron';
import { isSafeExternalUrl, isSameOrigin } from './app-url';

/**
 * Electron's security checklist, for every web contents the app ever creates:
 * no navigation away from the app, no new windows (a validated http(s) link
 * opens in the system browser instead), no webviews, no permissions.
 */
export function hardenWebContents(trustedOrigin: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (isSameOrigin(url, trustedOrigin)) return;
      event.preventDefault();
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isSameOrigin(url, trustedOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/** The app needs no camera, microphone, location, notifications, ...: every request is denied. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
}
