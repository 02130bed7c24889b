import type { Handler } from '../router';
import type { LogbookMessageType } from '../../../lib/messaging/logbook';
import { LogbookStore } from '../../../lib/logbook/store';
import { LogbookIndex } from '../../../lib/logbook/search';
import { exportEntries } from '../../../lib/logbook/export';
import { buildImportReport, parseBackup } from '../../../lib/logbook/import';
import { confirmExpired, findExpired } from '../../../lib/logbook/retention';
import { findPossibleNames } from '../../../lib/logbook/redaction';
import { suggestForContext } from '../../../lib/logbook/suggest';
import { effectiveLogbookSettings, type LogbookSettings } from '../../../lib/logbook/settings-schema';
import type { EntryInput } from '../../../lib/logbook/entry';

export interface LogbookHandlerDeps {
  /** The IndexedDB factory; the extension's own `indexedDB` by default (tests pass fake-indexeddb). */
  factory?: () => IDBFactory;
  /** The logbook part of the effective config pack (tags, retention from policy). Defaults apply when absent. */
  getSettings?: () => Promise<Partial<LogbookSettings> | undefined>;
  now?: () => Date;
  dbName?: string;
}

export type LogbookHandlers = { [K in LogbookMessageType]: Handler<K> };

/**
 * Builds the logbook handlers. The database is opened per call and closed after: an MV3
 * service worker can be stopped between any two messages, so nothing that matters lives in
 * memory. The one cache — the search index — is keyed by the store's write revision and is
 * simply rebuilt after a restart or any write.
 */
export function createLogbookHandlers(deps: LogbookHandlerDeps = {}): LogbookHandlers {
  const factory = deps.factory ?? (() => globalThis.indexedDB);
  const now = deps.now ?? (() => new Date());
  const settings = async () => effectiveLogbookSettings(await deps.getSettings?.());
  let cache: { revision: number; index: LogbookIndex } | undefined;

  async function withStore<T>(fn: (store: LogbookStore) => Promise<T>): Promise<T> {
    const store = await LogbookStore.open({ factory: factory(), now, ...(deps.dbName ? { name: deps.dbName } : {}) });
    try {
      return await fn(store);
    } finally {
      store.close();
    }
  }

  async function index(store: LogbookStore): Promise<LogbookIndex> {
    const revision = await store.revision();
    if (!cache || cache.revision !== revision) {
      cache = { revision, index: new LogbookIndex(await store.all({ includeDeleted: true })) };
    }
    return cache.index;
  }

  async function names(text: string): Promise<string[]> {
    return (await settings()).warnOnNames ? findPossibleNames(text) : [];
  }

  return {
    'logbook/add': async (payload) => {
      const saved = await withStore((s) => s.add(payload as EntryInput));
      return { ...saved, possibleNames: await names(saved.entry.text) };
    },
    'logbook/recent': (payload) => withStore((s) => s.recent(payload.limit ?? 10, payload.context)).then((entries) => ({ entries })),
    'logbook/draft-get': () => withStore((s) => s.getDraft()).then((draft) => ({ draft })),
    'logbook/draft-save': async (payload) => {
      const { draft, maskedCpr } = await withStore((s) => s.saveDraft(payload.draft));
      return { savedAt: draft.updatedAt ?? now().toISOString(), maskedCpr };
    },
    'logbook/tags': async (payload) => {
      const cfg = await settings();
      const suggestion = suggestForContext(payload.context, cfg.tags);
      return {
        tags: cfg.tags,
        suggested: suggestion.tags,
        context: suggestion.context,
        contextLabel: suggestion.label,
        warnOnNames: cfg.warnOnNames,
      };
    },
    'logbook/search': async (payload) => {
      const idx = await withStore(index);
      const entries = idx.search({ ...payload.query, includeDeleted: false });
      return { entries, total: entries.length };
    },
    'logbook/update': async (payload) => {
      const saved = await withStore((s) => s.update(payload.id, payload.input as EntryInput, payload.baseUpdatedAt));
      return { ...saved, possibleNames: await names(saved.entry.text) };
    },
    'logbook/delete': async (payload) => {
      const undoMs = (await settings()).undoSeconds * 1000;
      const entry = await withStore(async (s) => {
        await s.purgeDeleted(undoMs);
        return s.softDelete(payload.id);
      });
      return { entry, undoUntil: new Date(Date.parse(entry.deletedAt!) + undoMs).toISOString() };
    },
    'logbook/undo-delete': async (payload) => ({ entry: await withStore((s) => s.undoDelete(payload.id)) }),
    'logbook/export': async (payload) => {
      const entries = await withStore(async (s) => {
        if (payload.ids) {
          const wanted = new Set(payload.ids);
          return (await s.all()).filter((e) => wanted.has(e.id));
        }
        return payload.query ? (await index(s)).search({ ...payload.query, includeDeleted: false }) : s.all();
      });
      const file = exportEntries(entries, payload.format, now());
      return { ...file, count: entries.length };
    },
    'logbook/import': async (payload) => {
      const parsed = parseBackup(payload.json);
      const merged = await withStore((s) => s.merge(parsed.entries));
      const { outcomes: _outcomes, ...counts } = merged;
      return buildImportReport(parsed, counts);
    },
    'logbook/retention-check': async (payload) => {
      const cfg = await settings();
      const months = payload.months ?? cfg.retentionMonths;
      return withStore(async (s) => {
        await s.purgeDeleted(cfg.undoSeconds * 1000);
        return findExpired(await s.all(), now(), months);
      });
    },
    'logbook/retention-apply': async (payload) => {
      const months = payload.months ?? (await settings()).retentionMonths;
      const removed = await withStore(async (s) => s.deleteMany(confirmExpired(await s.all(), payload.ids, now(), months)));
      return { removed };
    },
  };
}

/** The handlers the router dispatches to (real IndexedDB, default settings until config is wired). */
export const logbookHandlers: LogbookHandlers = createLogbookHandlers();
