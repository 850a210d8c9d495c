import { handleHostMethod, type IpcContext } from './handle';

/** IPC for the drafts library: the documents the user opened or saved, newest first. */
export function registerLibraryHandlers(context: IpcContext): void {
  handleHostMethod(context, 'listLibrary');
  handleHostMethod(context, 'updateLibraryEntry');
  handleHostMethod(context, 'forgetLibraryEntry');
}
