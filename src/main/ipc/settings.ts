import { handleHostMethod, type IpcContext } from './handle';

/** IPC for the settings service. */
export function registerSettingsHandlers(context: IpcContext): void {
  handleHostMethod(context, 'getSettings');
  handleHostMethod(context, 'setSetting');
  handleHostMethod(context, 'getSettingsNotice');
}
