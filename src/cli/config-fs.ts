/** The Node implementation of the core's ConfigFs: real files, the platform's path rules. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { ConfigFs } from '../core/rules/vale-config';

export const nodeConfigFs: ConfigFs = {
  readText(file) {
    try {
      // A folder with a config file's name (RedHat's `.vale/`) is not a config file.
      if (!statSync(file).isFile()) return undefined;
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  exists(file) {
    try {
      statSync(file);
      return true;
    } catch {
      return false;
    }
  },
  join: (...parts) => path.join(...parts),
  dirname: (file) => path.dirname(file),
  isAbsolute: (file) => path.isAbsolute(file),
  resolve: (...parts) => path.resolve(...parts),
};
