import { handleHostMethod, type IpcContext } from './handle';

/** IPC for the app-info service. */
export function registerAppInfoHandlers(context: IpcContext): void {
  handleHostMethod(context, 'getAppInfo');
}
