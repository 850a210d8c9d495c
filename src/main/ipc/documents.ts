import { handleHostMethod, type IpcContext } from './handle';

/** IPC for the documents service: open and save text documents through native dialogs. */
export function registerDocumentHandlers(context: IpcContext): void {
  handleHostMethod(context, 'openTextDocument');
  handleHostMethod(context, 'saveTextDocument');
  // Without a dialog: a path from the drafts library, and whether a file changed on disk.
  handleHostMethod(context, 'openTextDocumentAt');
  handleHostMethod(context, 'checkTextDocument');
}
