import { browser } from '../platform/browser';
import type { MessageType, RequestOf, ResponseOf, Reply } from './index';

/**
 * Sends a typed message to the background and unwraps its reply. Imports only types from the
 * message table, so content scripts do not carry zod (the receiver validates).
 */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new Error('Sidevogn svarede ikke. Genindlæs siden, og prøv igen.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
