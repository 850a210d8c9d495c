import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the browser side of the web test host: one classic script that defines window.porteVoix. */
export default defineConfig({
  build: {
    outDir: 'out/web',
    emptyOutDir: true,
    lib: {
      entry: resolve('src/web/client/http-host.ts'),
      formats: ['iife'],
      name: 'PorteVoixWebHost',
      fileName: () => 'web-host.js',
    },
  },
});
