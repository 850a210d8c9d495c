import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';
import { readStaticFile, securityHeaders } from './static-files';

/** Must run before the app is ready: app:// behaves as a secure, standard origin (workers, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at app://porte-voix/ and nothing else, with the CSP as a header. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Forbidden', { status: 403 });
    const file = await readStaticFile(rendererRoot, url.pathname);
    if (file.status !== 200)
      return new Response(file.status === 404 ? 'Not found' : 'Forbidden', { status: file.status });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { 'Content-Type': file.contentType, ...securityHeaders(CONTENT_SECURITY_POLICY) },
    });
  });
}
