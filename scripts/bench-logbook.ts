/**
 * Logbook benchmark: capture-to-saved and search over 10,000 notes.
 * Runs in Node on fake-indexeddb (an in-memory IndexedDB); real browsers differ, so the
 * numbers are a regression guard, not a promise. Run alone: `npx tsx scripts/bench-logbook.ts`.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createLogbookHandlers } from '../entrypoints/background/handlers/logbook';
import { LogbookStore } from '../lib/logbook/store';
import { LogbookIndex } from '../lib/logbook/search';
import { ENTRY_KINDS, type LogEntry } from '../lib/logbook/entry';
import { DEFAULT_LOGBOOK_TAGS } from '../lib/logbook/default-tags';

const WORDS = ['borgeren', 'begrundelse', 'formål', 'hjemmebesøg', 'partshøring', 'ressourcer', 'leverandør', 'omfang', 'vurdering', 'samtale', 'klage', 'opfølgning'];

function fakeNotes(n: number): LogEntry[] {
  const start = Date.parse('2025-01-01T08:00:00.000Z');
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(start + i * 3_600_000).toISOString();
    const text = Array.from({ length: 25 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(' ');
    return {
      id: `bench-${String(i).padStart(6, '0')}`,
      kind: ENTRY_KINDS[i % 4]!,
      text: `${text} nr ${i}`,
      tags: [DEFAULT_LOGBOOK_TAGS[i % DEFAULT_LOGBOOK_TAGS.length]!],
      context: i % 3 ? { area: 'aeldre' } : {},
      flags: { nextMeeting: i % 11 === 0, askSupport: i % 13 === 0 },
      createdAt: at,
      updatedAt: at,
    };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const round = (x: number) => Math.round(x * 100) / 100;

export async function benchLogbook(): Promise<Record<string, number | string>> {
  const factory = new IDBFactory();
  const handlers = createLogbookHandlers({ factory: () => factory });
  const sender = {} as never;

  // Capture to saved: the background's whole add (open DB, validate, mask, write, commit).
  const capture: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    await handlers['logbook/add']({ kind: 'godt', text: `Hjemmebesøget gik godt, borgeren 010190-1234 deltog aktivt ${i}`, tags: ['borgerinddragelse'] }, sender);
    capture.push(performance.now() - t0);
  }

  // Fill to 10,000 notes in one transaction.
  const store = await LogbookStore.open({ factory });
  const tFill = performance.now();
  await store.merge(fakeNotes(10_000));
  const fillMs = performance.now() - tFill;
  const total = (await store.all()).length;
  store.close();

  const queries = [
    { text: 'partshøring hjemmebesøg' },
    { text: 'nr 9999' },
    { kinds: ['svaert' as const], tags: ['begrundelse'] },
    { flags: { nextMeeting: true }, from: '2025-03-01', to: '2025-09-30' },
  ];

  // Search through the handler: first call builds the index, later calls reuse it.
  const tCold = performance.now();
  await handlers['logbook/search']({ query: queries[0] }, sender);
  const coldMs = performance.now() - tCold;
  const warm: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      await handlers['logbook/search']({ query: q }, sender);
      warm.push(performance.now() - t0);
    }
  }

  // The pure index alone.
  const index = new LogbookIndex(fakeNotes(10_000));
  const pure: number[] = [];
  for (let r = 0; r < 10; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      index.search(q);
      pure.push(performance.now() - t0);
    }
  }

  const captureMedian = median(capture);
  const searchMedian = median(warm);
  return {
    environment: 'Node + fake-indexeddb (in-memory IndexedDB, not a browser)',
    notes: total,
    captureToSavedMedianMs: round(captureMedian),
    captureToSavedMaxMs: round(Math.max(...capture)),
    searchWarm10kMedianMs: round(searchMedian),
    searchWarm10kMaxMs: round(Math.max(...warm)),
    searchCold10kMs: round(coldMs),
    searchIndexOnly10kMedianMs: round(median(pure)),
    import10kMs: round(fillMs),
    captureUnder50ms: captureMedian < 50 ? 'ja' : 'nej',
    searchUnder50ms: searchMedian < 50 ? 'ja' : 'nej',
  };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  benchLogbook().then(
    (r) => {
      for (const [k, v] of Object.entries(r)) console.log(`${k}: ${v}`);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
