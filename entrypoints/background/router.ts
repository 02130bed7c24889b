import { browser, type Browser } from '../../lib/platform/browser';
import { isPrivileged, parseEnvelope, type MessageType, type RequestOf, type ResponseOf, type Reply } from '../../lib/messaging';
import { handlers } from './handlers';

export type Sender = Browser.runtime.MessageSender;
export type Handler<K extends MessageType> = (payload: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>>;
/** Every message the background receives must have a handler: a missing one fails the build. */
export type HandlerMap = { [K in ReceivedType]: Handler<K> };
/** Messages the background sends to tabs, not receives. */
type SentToTabs = 'panel/toggle' | 'panel/capture';
export type ReceivedType = Exclude<MessageType, SentToTabs>;

const extensionOrigin = () => new URL(browser.runtime.getURL('/')).origin;

/** True when the sender is one of our own extension pages (Studio, logbook, dashboard). */
export function isExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const url = sender.url ?? '';
  try {
    return new URL(url).origin === extensionOrigin();
  } catch {
    return false;
  }
}

/** Validates, checks the sender, dispatches. Errors go back as Danish text, never thrown across. */
export async function route(message: unknown, sender: Sender): Promise<Reply<MessageType>> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'Ukendt afsender.' };
  const parsed = parseEnvelope(message);
  if (!parsed.ok) return parsed;
  const { type, payload } = parsed.envelope;
  if (isPrivileged(type) && !isExtensionPage(sender)) {
    return { ok: false, error: 'Denne handling kan kun udføres fra Sidevogns egne sider.' };
  }
  const handler = (handlers as Partial<Record<MessageType, Handler<MessageType>>>)[type];
  if (!handler) return { ok: false, error: `Ingen modtager for ${type}.` };
  try {
    return { ok: true, value: await handler(payload as never, sender) };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: text || 'Der skete en ukendt fejl.' };
  }
}
