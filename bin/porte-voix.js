#!/usr/bin/env node
// porte-voix: the command-line checker. Runs the built CLI (out/cli) when there
// is one, otherwise the TypeScript sources through tsx (a checkout after `npm install`).
import { existsSync } from 'node:fs';

const built = new URL('../out/cli/main.js', import.meta.url);
let main;
if (existsSync(built)) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('../src/cli/main.ts', import.meta.url).href));
}
process.exitCode = await main(process.argv.slice(2));
