import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/main/csp';

/**
 * Puts the Content-Security-Policy in index.html. The built app gets the strict
 * policy (also sent as a header). The dev server of `npm start` needs inline
 * styles and a WebSocket for hot reload, and gets only those two exceptions.
 */
function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'porte-voix-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml() {
      const policy = dev
        ? CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*")
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        : CONTENT_SECURITY_POLICY;
      // frame-ancestors is ignored in a meta element; the header carries it.
      const meta = policy
        .split('; ')
        .filter((d) => !d.startsWith('frame-ancestors'))
        .join('; ');
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: meta }, injectTo: 'head-prepend' },
      ];
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), contentSecurityPolicy()],
    resolve: {
      alias: [
        // Its "browser" build decodes entities with document.createElement, which the engine's worker lacks;
        // the plain build (a table) works in the page and in the worker.
        {
          find: /^decode-named-character-reference$/,
          replacement: resolve('node_modules/decode-named-character-reference/index.js'),
        },
      ],
    },
    worker: { format: 'es' },
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
