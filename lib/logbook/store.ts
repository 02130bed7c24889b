import { wrap } from 'idb';
import {
  LOGBOOK_DB_NAME,
  LOGBOOK_DB_VERSION,
  MIGRATIONS,
  type LogbookDatabase,
  type LogbookDB,
  type UpgradeTransaction,
} from './db-schema';
import {
  draftSchema,
  emptyDraft,
  entryInputSchema,
  newEntryId,
  normaliseTags,
  type Draft,
  type EntryContext,
  type EntryInput,
  type LogEntry,
} from './entry';
import { LogbookError, MESSAGES, toLogbookError } from './errors';
import { redactNote } from './redaction';
import { decideMerge, type MergeOutcome } from './merge';

export interface OpenLogbookOptions {
  /** The IndexedDB factory: `indexedDB` in the extension, `new IDBFactory()` from fake-indexeddb in tests. */
  factory: IDBFactory;
  name?: string;
  /** Target version (tests open older versions to exercise migrations). */
  version?: number;
  now?: () => Date;
  newId?: () => string;
}

const DRAFT_KEY = 'capture';

/**
 * Opens the logbook database, running any pending migrations in one upgrade transaction.
 * Built on idb's `wrap` rather than `openDB` because `openDB` always uses the global
 * `indexedDB`; here the factory is injected.
 */
/** How long an open may wait for its turn before it is reported as blocked. */
const OPEN_TIMEOUT_MS = 4000;
/**
 * After a "blocked" event, how long the other connection gets to close. Chromium reports
 * "blocked" even when that connection closes as asked a moment later (seen in the E2E run).
 */
const BLOCKED_GRACE_MS = 1000;

export async function openLogbookDatabase(opts: OpenLogbookOptions): Promise<LogbookDatabase> {
  const target = opts.version ?? LOGBOOK_DB_VERSION;
  let request: IDBOpenDBRequest;
  try {
    request = opts.factory.open(opts.name ?? LOGBOOK_DB_NAME, target);
  } catch (err) {
    throw toLogbookError(err);
  }
  const opened = wrap(request) as unknown as Promise<LogbookDatabase>;
  return new Promise<LogbookDatabase>((resolve, reject) => {
    let settled = false;
    const giveUp = () => {
      if (settled) return;
      settled = true;
      reject(new LogbookError('blocked', MESSAGES.blocked));
    };
    // While an earlier upgrade waits for another tab, later opens are queued behind it and get no
    // event at all: give up after a while with the same clear message instead of hanging.
    let timer = setTimeout(giveUp, OPEN_TIMEOUT_MS);
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as LogbookDatabase;
      const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
      const from = event.oldVersion;
      const to = event.newVersion ?? target;
      void (async () => {
        for (let v = from + 1; v <= to; v++) {
          const step = MIGRATIONS[v - 1];
          if (!step) throw new Error(`no migration to v${v}`);
          await step(db, tx);
        }
      })().catch(() => {
        // Aborting rolls the whole upgrade back: the old database stays as it was.
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
      });
    });
    request.addEventListener('blocked', () => {
      // An older connection in another tab has not closed. Unless it does within a moment, tell
      // the user instead of hanging; if the upgrade goes through later, close that late connection.
      clearTimeout(timer);
      timer = setTimeout(giveUp, BLOCKED_GRACE_MS);
    });
    opened.then(
      (db) => {
        // Let a newer version (an updated extension in another tab) upgrade instead of blocking it.
        clearTimeout(timer);
        db.addEventListener('versionchange', () => db.close());
        if (settled) db.close();
        else resolve(db);
      },
      (err) => {
        clearTimeout(timer);
        if (!settled) reject(toLogbookError(err));
      },
    );
  });
}

/** Counts of a merged import. */
export interface MergeCounts {
  added: number;
  updated: number;
  duplicates: number;
  keptNewer: number;
}

/**
 * The logbook's storage. Every write is one IndexedDB transaction that also bumps a revision
 * counter, so caches (the search index) can tell when to rebuild and two tabs writing at once
 * never overwrite each other's notes (each note has its own key; edits check `updatedAt`).
 */
export class LogbookStore {
  private readonly now: () => Date;
  private readonly newId: () => string;

  private constructor(
    readonly db: LogbookDatabase,
    opts: OpenLogbookOptions,
  ) {
    this.now = opts.now ?? (() => new Date());
    this.newId = opts.newId ?? newEntryId;
  }

  /** Opens (and if needed migrates) the database. */
  static async open(opts: OpenLogbookOptions): Promise<LogbookStore> {
    return new LogbookStore(await openLogbookDatabase(opts), opts);
  }

  close(): void {
    this.db.close();
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** The write counter; it changes after every successful write. */
  async revision(): Promise<number> {
    const row = await this.db.get('meta', 'revision');
    return typeof row?.value === 'number' ? row.value : 0;
  }

  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toLogbookError(err);
    }
  }

  /**
   * Saves a new note: validates, masks CPR numbers, stores it and clears the draft in the same
   * transaction — so a failed save (quota) leaves the draft in place.
   */
  async add(input: EntryInput): Promise<{ entry: LogEntry; maskedCpr: number }> {
    const parsed = parseInput(input);
    const { value, maskedCpr } = redactNote(parsed);
    const at = this.stamp();
    const entry: LogEntry = { ...value, tags: normaliseTags(value.tags), id: this.newId(), createdAt: at, updatedAt: at };
    await this.run(() => {
      const tx = this.db.transaction(['entries', 'drafts', 'meta'], 'readwrite');
      const [entries, drafts, meta] = [tx.objectStore('entries'), tx.objectStore('drafts'), tx.objectStore('meta')];
      return write(tx, () => Promise.all([entries.add(entry), drafts.delete(DRAFT_KEY), bump(meta)]));
    });
    return { entry, maskedCpr };
  }

  async get(id: string): Promise<LogEntry | undefined> {
    return this.run(() => this.db.get('entries', id));
  }

  /**
   * Replaces a note's editable fields. When `baseUpdatedAt` is given and the stored note has
   * changed since (another tab edited it), refuses with a conflict instead of overwriting.
   */
  async update(id: string, input: EntryInput, baseUpdatedAt?: string): Promise<{ entry: LogEntry; maskedCpr: number }> {
    const parsed = parseInput(input);
    const { value, maskedCpr } = redactNote(parsed);
    const entry = await this.run(() => {
      const tx = this.db.transaction(['entries', 'meta'], 'readwrite');
      const [store, meta] = [tx.objectStore('entries'), tx.objectStore('meta')];
      return write(tx, async () => {
      const existing = await store.get(id);
      if (!existing || existing.deletedAt) {
        abortQuietly(tx);
        throw new LogbookError('not-found', MESSAGES.notFound);
      }
      if (baseUpdatedAt && existing.updatedAt !== baseUpdatedAt) {
        abortQuietly(tx);
        throw new LogbookError('conflict', MESSAGES.conflict);
      }
      const next: LogEntry = { ...existing, ...value, tags: normaliseTags(value.tags), updatedAt: this.later(existing.updatedAt) };
      await Promise.all([store.put(next), bump(meta)]);
      return next;
      });
    });
    return { entry, maskedCpr };
  }

  /** A timestamp strictly after `previous`, so optimistic checks see every edit. */
  private later(previous: string): string {
    const now = this.now();
    const prev = Date.parse(previous);
    return (now.getTime() > prev ? now : new Date(prev + 1)).toISOString();
  }

  /** Soft delete: the note gets a tombstone (`deletedAt`) and can be restored until purged. */
  async softDelete(id: string): Promise<LogEntry> {
    return this.mutate(id, (e) => ({ ...e, deletedAt: this.stamp() }));
  }

  /** Restores a soft-deleted note. */
  async undoDelete(id: string): Promise<LogEntry> {
    return this.mutate(id, (e) => {
      const { deletedAt: _gone, ...rest } = e;
      return rest;
    }, true);
  }

  private async mutate(id: string, fn: (e: LogEntry) => LogEntry, allowDeleted = false): Promise<LogEntry> {
    return this.run(() => {
      const tx = this.db.transaction(['entries', 'meta'], 'readwrite');
      const [store, meta] = [tx.objectStore('entries'), tx.objectStore('meta')];
      return write(tx, async () => {
        const existing = await store.get(id);
        if (!existing || (existing.deletedAt && !allowDeleted)) {
          abortQuietly(tx);
          throw new LogbookError('not-found', MESSAGES.notFound);
        }
        const next = fn(existing);
        await Promise.all([store.put(next), bump(meta)]);
        return next;
      });
    });
  }

  /** Removes tombstones older than `undoMs` for good. Returns how many were removed. */
  async purgeDeleted(undoMs: number): Promise<number> {
    const cutoff = this.now().getTime() - undoMs;
    return this.run(() => {
      const tx = this.db.transaction(['entries', 'meta'], 'readwrite');
      const [store, meta] = [tx.objectStore('entries'), tx.objectStore('meta')];
      return write(tx, async () => {
      let removed = 0;
      let cursor = await store.openCursor();
      while (cursor) {
        const d = cursor.value.deletedAt;
        if (d && Date.parse(d) <= cutoff) {
          await cursor.delete();
          removed++;
        }
        cursor = await cursor.continue();
      }
      if (removed) await bump(meta);
      return removed;
      });
    });
  }

  /** Every note (newest first); tombstones only when asked. */
  async all(opts: { includeDeleted?: boolean } = {}): Promise<LogEntry[]> {
    const rows = await this.run(() => this.db.getAll('entries'));
    return rows
      .filter((e) => opts.includeDeleted || !e.deletedAt)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The newest notes, optionally only those about the given area/indsats; walks the createdAt index backwards. */
  async recent(limit = 10, context?: EntryContext): Promise<LogEntry[]> {
    return this.run(async () => {
      const out: LogEntry[] = [];
      const tx = this.db.transaction('entries');
      let cursor = await tx.store.index('createdAt').openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        const e = cursor.value;
        if (!e.deletedAt && matchesContext(e, context)) out.push(e);
        cursor = await cursor.continue();
      }
      return out;
    });
  }

  /** The draft in the capture box, or an empty one. */
  async getDraft(): Promise<Draft> {
    const row = await this.run(() => this.db.get('drafts', DRAFT_KEY));
    const parsed = draftSchema.safeParse(row?.draft);
    return parsed.success ? parsed.data : emptyDraft();
  }

  /** Saves the draft (CPR numbers masked, like a note). */
  async saveDraft(draft: Partial<Draft>): Promise<{ draft: Draft; maskedCpr: number }> {
    const parsed = draftSchema.parse(draft);
    const { value, maskedCpr } = redactNote(parsed);
    const stored: Draft = { ...value, updatedAt: this.stamp() };
    await this.run(() => this.db.put('drafts', { key: DRAFT_KEY, draft: stored }).then(() => undefined));
    return { draft: stored, maskedCpr };
  }

  async clearDraft(): Promise<void> {
    await this.run(() => this.db.delete('drafts', DRAFT_KEY));
  }

  /**
   * Merges validated notes by id in one transaction (see `decideMerge`): new ids are added,
   * identical copies skipped, a newer copy replaces an older one, an older copy is ignored.
   */
  async merge(entries: readonly LogEntry[]): Promise<MergeCounts & { outcomes: MergeOutcome[] }> {
    return this.run(() => {
      const tx = this.db.transaction(['entries', 'meta'], 'readwrite');
      const [store, meta] = [tx.objectStore('entries'), tx.objectStore('meta')];
      return write(tx, async () => {
      const counts: MergeCounts = { added: 0, updated: 0, duplicates: 0, keptNewer: 0 };
      const outcomes: MergeOutcome[] = [];
      for (const incoming of entries) {
        const outcome = decideMerge(await store.get(incoming.id), incoming);
        outcomes.push(outcome);
        if (outcome === 'add') counts.added++;
        else if (outcome === 'update') counts.updated++;
        else if (outcome === 'duplicate') counts.duplicates++;
        else counts.keptNewer++;
        if (outcome === 'add' || outcome === 'update') await store.put(incoming);
      }
      if (counts.added || counts.updated) await bump(meta);
      return { ...counts, outcomes };
      });
    });
  }

  /** Hard-deletes the given notes (retention). Returns how many existed. */
  async deleteMany(ids: readonly string[]): Promise<number> {
    return this.run(() => {
      const tx = this.db.transaction(['entries', 'meta'], 'readwrite');
      const [store, meta] = [tx.objectStore('entries'), tx.objectStore('meta')];
      return write(tx, async () => {
      let removed = 0;
      for (const id of ids) {
        if (await store.getKey(id)) {
          await store.delete(id);
          removed++;
        }
      }
      if (removed) await bump(meta);
      return removed;
      });
    });
  }

  /** Removes every note and the draft (tests, and "wipe" before a restore). */
  async clear(): Promise<void> {
    await this.run(() => {
      const tx = this.db.transaction(['entries', 'drafts', 'meta'], 'readwrite');
      const [entries, drafts, meta] = [tx.objectStore('entries'), tx.objectStore('drafts'), tx.objectStore('meta')];
      return write(tx, () => Promise.all([entries.clear(), drafts.clear(), bump(meta)]));
    });
  }
}

/**
 * Runs the requests of one write transaction and waits for it to commit. When it fails, the
 * transaction's own error wins over the requests' AbortErrors: a full disk shows up as a
 * QuotaExceededError on the transaction, and that is what the user must be told.
 */
async function write<T>(tx: { abort(): void; done: Promise<void>; error?: DOMException | null }, work: () => Promise<T>): Promise<T> {
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const result = await work();
    await done;
    return result;
  } catch (err) {
    if (err instanceof LogbookError) throw err;
    try {
      tx.abort();
    } catch {
      /* already committed or aborted */
    }
    const txError = await done.then(
      () => undefined,
      (e: unknown) => e,
    );
    const name = (txError as { name?: string } | undefined)?.name;
    throw txError && name !== 'AbortError' ? txError : err;
  }
}

/** Aborts a transaction we chose to give up on, without an unhandled rejection from `done`. */
function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  tx.abort();
}

type MetaStore = { get(key: string): Promise<LogbookDB['meta']['value'] | undefined>; put(v: LogbookDB['meta']['value']): Promise<unknown> };

async function bump(meta: MetaStore): Promise<void> {
  const row = await meta.get('revision');
  const n = typeof row?.value === 'number' ? row.value : 0;
  await meta.put({ key: 'revision', value: n + 1 });
}

function parseInput(input: EntryInput) {
  const result = entryInputSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new LogbookError('invalid', issue?.message ?? 'Noten er ikke gyldig.');
  }
  return result.data;
}

/** True when the note is about the given context (fields not given do not narrow). */
export function matchesContext(e: LogEntry, context?: EntryContext): boolean {
  if (!context) return true;
  if (context.area && e.context.area !== context.area) return false;
  if (context.indsats && (e.context.indsats ?? '').toLocaleLowerCase('da') !== context.indsats.toLocaleLowerCase('da')) return false;
  return true;
}
