import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createWebHostServer } from './server';

/** `npm run web`: the built renderer and the test host on http://127.0.0.1:5199 (PORT overrides). */
const root = resolve(import.meta.dirname, '../../..');
const rendererRoot = join(root, 'out/renderer');
const webHostScript = join(root, 'out/web/web-host.js');
for (const needed of [join(rendererRoot, 'index.html'), webHostScript]) {
  if (!existsSync(needed)) {
    console.error(`Porte-voix web host: ${needed} is missing. Run \`npm run web\`, which builds it first.`);
    process.exit(1);
  }
}
const port = Number(process.env['PORT'] ?? 5199);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Porte-voix web host: PORT=${process.env['PORT']} is not a port number. Use a number such as 5199.`);
  process.exit(1);
}
const dataDir = resolve(process.env['PORTE_VOIX_DATA'] ?? join(homedir(), '.porte-voix-web'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const server = createWebHostServer({
  rendererRoot,
  webHostScript,
  dataDir,
  appInfo: {
    name: 'Porte-voix',
    version: pkg.version,
    platform: process.platform,
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
  },
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Porte-voix web host: port ${port} is already in use. Stop the other program or set PORT to a free port.`
      : `Porte-voix web host: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Porte-voix web host: http://127.0.0.1:${port}/ (data in ${dataDir})`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
