import { handleHostMethod, type IpcContext } from './handle';

/** IPC for the rule-packs service. */
export function registerRulePackHandlers(context: IpcContext): void {
  handleHostMethod(context, 'listRulePacks');
  handleHostMethod(context, 'chooseRulePackSource');
  handleHostMethod(context, 'importRulePack');
  handleHostMethod(context, 'removeRulePack');
}
