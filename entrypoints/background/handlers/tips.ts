import { browser } from '../../../lib/platform/browser';
import type { TipsState } from '../../../lib/messaging/tips';
import type { Handler } from '../router';

/**
 * Read marks of tips and checklist ticks, kept in storage.local of the extension.
 *
 * No personal data is stored here: only ids of tips, checklists and items from the config
 * pack. Ticks are deliberately not kept per case (that would need a case number); the
 * caseworker resets a list such as "Før afgørelsen sendes" with its button before the next case.
 */

const KEY = 'tips:state';
/** Enough for years of weekly tips; the oldest marks go first. */
const MAX_READ = 1000;
const MAX_CHECKLISTS = 200;

function clean(value: unknown): TipsState {
  const v = (value ?? {}) as Partial<TipsState>;
  const readTipIds = Array.isArray(v.readTipIds) ? v.readTipIds.filter((id): id is string => typeof id === 'string') : [];
  const checklistTicks: Record<string, string[]> = {};
  if (v.checklistTicks && typeof v.checklistTicks === 'object') {
    for (const [list, items] of Object.entries(v.checklistTicks)) {
      if (Array.isArray(items)) checklistTicks[list] = items.filter((id): id is string => typeof id === 'string');
    }
  }
  return { readTipIds, checklistTicks };
}

async function load(): Promise<TipsState> {
  const stored = await browser.storage.local.get(KEY);
  return clean(stored[KEY]);
}

// Updates are chained so two quick ticks do not overwrite each other (read-modify-write).
// Losing this chain when the service worker stops is harmless: it only orders writes in flight.
let queue: Promise<unknown> = Promise.resolve();

function update(change: (state: TipsState) => TipsState): Promise<TipsState> {
  const run = queue.then(async () => {
    const next = change(await load());
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export const tipsHandlers: {
  'tips/state-get': Handler<'tips/state-get'>;
  'tips/mark-read': Handler<'tips/mark-read'>;
  'tips/tick': Handler<'tips/tick'>;
  'tips/reset-ticks': Handler<'tips/reset-ticks'>;
} = {
  'tips/state-get': () => load(),
  'tips/mark-read': ({ tipId }) =>
    update((state) => ({
      ...state,
      readTipIds: state.readTipIds.includes(tipId) ? state.readTipIds : [...state.readTipIds, tipId].slice(-MAX_READ),
    })),
  'tips/tick': ({ checklistId, itemId, ticked }) =>
    update((state) => {
      const items = new Set(state.checklistTicks[checklistId] ?? []);
      if (ticked) items.add(itemId);
      else items.delete(itemId);
      const checklistTicks = { ...state.checklistTicks };
      delete checklistTicks[checklistId];
      if (items.size > 0) checklistTicks[checklistId] = [...items];
      // Keep the newest lists when someone ticks in very many (re-inserted above, so last = newest).
      const lists = Object.keys(checklistTicks);
      for (const old of lists.slice(0, Math.max(0, lists.length - MAX_CHECKLISTS))) delete checklistTicks[old];
      return { ...state, checklistTicks };
    }),
  'tips/reset-ticks': ({ checklistId }) =>
    update((state) => {
      const checklistTicks = { ...state.checklistTicks };
      delete checklistTicks[checklistId];
      return { ...state, checklistTicks };
    }),
};
