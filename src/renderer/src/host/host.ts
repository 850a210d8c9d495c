import type { PorteVoixApi, PorteVoixHost, PorteVoixMenu } from '../../../core/host';

declare global {
  interface Window {
    /** Set by the preload (desktop app) or by the web test host's script. */
    porteVoix?: PorteVoixApi;
  }
}

/** The host serving this UI. Without one the page cannot work, and says so. */
export function getHost(): PorteVoixHost {
  const host = window.porteVoix;
  if (!host) {
    throw new Error('Porte-voix has no host: open it with `npm start` (desktop app) or `npm run web` (browser).');
  }
  return host;
}

/** The native menu, when there is one (the desktop app); undefined in a browser. */
export function getMenu(): PorteVoixMenu | undefined {
  const api = window.porteVoix;
  if (!api?.onMenuCommand) return undefined;
  return { onMenuCommand: (listener) => api.onMenuCommand?.(listener) ?? (() => undefined) };
}
