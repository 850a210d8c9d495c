import { isAbsolute, relative, resolve } from 'node:path';
import { HostError } from '../../core/host';
import type { FileDialogs } from '../../main/services/dialogs';

/**
 * The web host's stand-in for native dialogs: the browser asks the user for a
 * file name (see client/http-host.ts) and sends the answer with the request.
 * Names resolve inside the host's documents folder and can never leave it.
 */
export function createWebDialogs(documentsDir: string, answer: string | null | undefined): FileDialogs {
  const choose = async (): Promise<string | undefined> => {
    if (answer === null || answer === undefined || answer.trim() === '') return undefined;
    const path = resolve(documentsDir, answer.trim());
    const inside = relative(documentsDir, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw new HostError(
        `“${answer}” is outside the web host's documents folder (${documentsDir}). Enter a file name such as notes.md.`,
        'EOUTSIDE',
      );
    }
    return path;
  };
  return { chooseFileToOpen: choose, chooseFileToSave: choose, chooseRulePackSource: choose };
}

/**
 * A path the page asks to open or check without a dialog (the drafts library, recent documents): allowed
 * only inside the host's documents folder, like the dialogs' answers.
 */
export function insideDocumentsFolder(documentsDir: string, path: string): string {
  const resolved = resolve(documentsDir, path);
  const inside = relative(documentsDir, resolved);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new HostError(
      `“${path}” is outside the web host's documents folder (${documentsDir}): the web host opens only the files in it.`,
      'EOUTSIDE',
    );
  }
  return resolved;
}
