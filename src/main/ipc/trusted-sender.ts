import type { IpcMainInvokeEvent } from 'electron';
import { isSameOrigin } from '../app-url';

/**
 * Whether an IPC message comes from the app's own page: the top-level frame
 * (not an iframe) of one of the app's windows, showing the app's origin.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, trustedOrigin: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isSameOrigin(frame.url, trustedOrigin);
}
