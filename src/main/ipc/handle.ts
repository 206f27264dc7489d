import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import { ipcContract } from '../../shared/ipc/contract';
import type { IpcChannel, IpcOutput } from '../../shared/ipc/contract';
import { createLogger } from '../logger';
import { isAppUrl } from '../security';
import { isTrustedWebContents } from '../window-registry';

const log = createLogger('ipc');

/** A handler's input after its schema parsed it. */
export type IpcHandlerInput<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['input']>;

/** What a handler knows about its caller, beyond the parsed input. */
export type IpcHandlerContext = { sender: WebContents };

export type IpcHandler<C extends IpcChannel> = (
  input: IpcHandlerInput<C>,
  context: IpcHandlerContext,
) => IpcOutput<C> | Promise<IpcOutput<C>>;

type ChannelSchemas = {
  [C in IpcChannel]: { input: z.ZodType<IpcHandlerInput<C>>; output: z.ZodType<IpcOutput<C>> };
};

// The contract seen per channel: TypeScript checks this assignment channel by channel, then lets
// handle() index it with a generic channel (indexing ipcContract itself collapses to a union).
const contractSchemas: ChannelSchemas = ipcContract;

/** Where trusted calls come from; the dev server's origin is added only in development. */
export type IpcTrust = { devOrigin?: string | undefined };

/** Throws unless the call comes from the main frame of our own window, showing our own page. */
export function assertTrustedSender(
  channel: string,
  event: IpcMainInvokeEvent,
  trust: IpcTrust,
): void {
  const frame = event.senderFrame;
  const refuse = (why: string): never => {
    log.warn(`Refused ${channel}: ${why}`);
    throw new Error(`${channel}: refused, ${why}`);
  };
  if (frame === null) refuse('the calling frame is gone');
  else if (!isTrustedWebContents(event.sender)) refuse('the caller is not an app window');
  else if (frame.parent !== null) refuse('the caller is a subframe');
  else if (!isAppUrl(frame.url, trust.devOrigin)) refuse('the caller is not the app page');
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

/**
 * Parses `value` with `schema`.
 * @throws Error naming the channel and each bad field (never echoing the value: it may hold
 *   personal data or megabytes of bytes).
 */
function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what}: ${describeIssues(result.error)}`);
  return result.data;
}

/**
 * Registers `handler` for `channel`. Every call is checked in this order: the sender (see
 * assertTrustedSender), the arguments (at most one, parsed with the contract's input schema),
 * then the handler's result (parsed with the output schema, so main never answers outside the
 * contract). A failed check rejects the renderer's promise with an Error saying why.
 */
export function handle<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  trust: IpcTrust = {},
): void {
  const schemas = contractSchemas[channel];
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    assertTrustedSender(channel, event, trust);
    if (args.length > 1) throw new Error(`${channel}: invalid input: expected one argument`);
    const input = parseOrThrow(schemas.input, args[0], `${channel}: invalid input`);
    const output = await handler(input, { sender: event.sender });
    try {
      return parseOrThrow(schemas.output, output, `${channel}: invalid output`);
    } catch (error) {
      // A bug in main, not the caller's fault: log it loudly, tell the renderer little.
      log.error('Handler answered outside the contract', error);
      throw new Error(`${channel}: internal error`);
    }
  });
}
