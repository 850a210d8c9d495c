import type { IpcMain } from 'electron';
import { HOST_CHANNELS, hostFailure, type HostMethod, type HostResult, type PorteVoixHost } from '../../core/host';
import { validateHostArguments } from '../../core/host-schema';
import { isTrustedSender } from './trusted-sender';

export interface IpcContext {
  ipcMain: IpcMain;
  trustedOrigin: string;
  host: PorteVoixHost;
}

/** Raised, and logged, when a message fails the sender or argument checks: nothing runs. */
export class RefusedIpcError extends Error {
  override name = 'RefusedIpcError';
}

/**
 * Registers one host method on its channel. The sender must be the app's own
 * top-level frame and the arguments must fit the contract; anything else is
 * refused before the service runs. User-facing failures travel as a HostResult.
 */
export function handleHostMethod(context: IpcContext, method: HostMethod): void {
  const validate = validateHostArguments[method] as (args: readonly unknown[]) => unknown[];
  const implementation = context.host[method] as (...args: unknown[]) => Promise<unknown>;
  context.ipcMain.handle(HOST_CHANNELS[method], async (event, ...args: unknown[]): Promise<HostResult<unknown>> => {
    if (!isTrustedSender(event, context.trustedOrigin)) {
      const url = event.senderFrame?.url ?? 'a destroyed frame';
      console.warn(`[ipc] refused ${method} from ${url}`);
      throw new RefusedIpcError(`${method}: refused, the sender is not the app's own window`);
    }
    let valid: unknown[];
    try {
      valid = validate(args);
    } catch (error) {
      console.warn(`[ipc] refused ${method}: ${(error as Error).message}`);
      throw new RefusedIpcError((error as Error).message);
    }
    try {
      return { ok: true, value: await implementation.apply(context.host, valid) };
    } catch (error) {
      return hostFailure(error);
    }
  });
}
