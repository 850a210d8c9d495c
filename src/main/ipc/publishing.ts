import { handleHostMethod, type IpcContext } from './handle';

/** IPC for publishing: blog accounts (secrets go in, never out) and publication. */
export function registerPublishingHandlers(context: IpcContext): void {
  handleHostMethod(context, 'getCredentialStorage');
  handleHostMethod(context, 'listPublishAccounts');
  handleHostMethod(context, 'savePublishAccount');
  handleHostMethod(context, 'forgetPublishAccount');
  handleHostMethod(context, 'publishDocument');
}
