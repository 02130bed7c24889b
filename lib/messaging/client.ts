import { browser } from '../platform/browser';
import type { MessageType, RequestOf, ResponseOf, Reply } from './index';

/** Right after the browser starts, the background may not be listening yet. */
const NOT_LISTENING = /receiving end does not exist|could not establish connection/i;
const RETRIES = 5;
/** After an update or reload the old content script has lost its extension. */
const INVALIDATED = /extension context invalidated/i;

/**
 * Sends a typed message to the background and unwraps its reply. Imports only types from the
 * message table, so content scripts do not carry zod (the receiver validates). Retries a few
 * times (0.2 s, 0.4 s, … ) while the background is still starting.
 */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  let reply: Reply<K> | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
      break;
    } catch (error) {
      if (INVALIDATED.test(String((error as Error)?.message ?? error))) {
        throw new Error('Sidevogn er blevet opdateret. Genindlæs siden for at bruge panelet igen.');
      }
      if (attempt >= RETRIES || !NOT_LISTENING.test(String((error as Error)?.message ?? error))) throw error;
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
    }
  }
  if (!reply) throw new Error('Sidevogn svarede ikke. Genindlæs siden, og prøv igen.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
