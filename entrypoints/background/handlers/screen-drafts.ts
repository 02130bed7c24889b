import { browser } from '../../../lib/platform/browser';
import type { Handler } from '../router';
import { screenDraftSchema, type ScreenDraft } from '../../../lib/messaging/screen-drafts';

const KEY = 'sidevogn.studio.screenDrafts';
const MAX_DRAFTS = 20;

async function readDrafts(): Promise<ScreenDraft[]> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(raw)) return [];
  // Anything that does not validate (an older format, a damaged value) is left out, not thrown.
  return raw.flatMap((d) => {
    const r = screenDraftSchema.safeParse(d);
    return r.success ? [r.data] : [];
  });
}

function uuid(): string {
  return crypto.randomUUID();
}

type ScreenDraftHandlers = {
  'config/screen-draft-save': Handler<'config/screen-draft-save'>;
  'config/screen-drafts': Handler<'config/screen-drafts'>;
  'config/screen-draft-delete': Handler<'config/screen-draft-delete'>;
};

export const screenDraftHandlers: ScreenDraftHandlers = {
  'config/screen-draft-save': async ({ siteId, origin, screen, letterEditor }) => {
    const draft: ScreenDraft = {
      id: uuid(),
      createdAt: new Date().toISOString(),
      ...(siteId ? { siteId } : {}),
      origin,
      screen: letterEditor ? { ...screen, letterEditor } : screen,
    };
    const drafts = [draft, ...(await readDrafts())].slice(0, MAX_DRAFTS);
    await browser.storage.local.set({ [KEY]: drafts });
    return { id: draft.id, count: drafts.length };
  },
  'config/screen-drafts': async () => ({ drafts: await readDrafts() }),
  'config/screen-draft-delete': async ({ id }) => {
    const drafts = (await readDrafts()).filter((d) => d.id !== id);
    await browser.storage.local.set({ [KEY]: drafts });
    return { count: drafts.length };
  },
};
