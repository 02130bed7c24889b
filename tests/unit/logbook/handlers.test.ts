import { describe, expect, it } from 'vitest';
import { createLogbookHandlers } from '../../../entrypoints/background/handlers/logbook';
import { logbookMessages } from '../../../lib/messaging/logbook';
import { clock, freshFactory } from './helpers';

const sender = {} as never;

function setup(settings?: Record<string, unknown>) {
  const factory = freshFactory();
  const c = clock('2026-03-02T09:00:00.000Z');
  const h = createLogbookHandlers({ factory: () => factory, now: c.now, ...(settings ? { getSettings: async () => settings } : {}) });
  return { h, c };
}

describe('logbook background handlers', () => {
  it('has a handler for every logbook message, and only the capture messages are open to content scripts', () => {
    const { h } = setup();
    expect(Object.keys(h).sort()).toEqual(Object.keys(logbookMessages).sort());
    const open = Object.entries(logbookMessages).filter(([, d]) => !d.privileged).map(([k]) => k).sort();
    expect(open).toEqual(['logbook/add', 'logbook/draft-get', 'logbook/draft-save', 'logbook/recent', 'logbook/tags']);
  });

  it('add → recent → search → update → delete → undo, with responses that match the message schemas', async () => {
    const { h, c } = setup();
    const added = await h['logbook/add']({ kind: 'spoergsmaal', text: 'Spurgte Jens Hansen om 010190-1234', tags: ['bisidder'], context: { area: 'voksne' } }, sender);
    expect(logbookMessages['logbook/add'].response.safeParse(added).success).toBe(true);
    expect(added.maskedCpr).toBe(1);
    expect(added.possibleNames).toEqual(['Jens Hansen']);
    c.advance(1000);
    await h['logbook/add']({ kind: 'godt', text: 'Anden note' }, sender);

    expect((await h['logbook/recent']({ context: { area: 'voksne' } }, sender)).entries.map((e) => e.id)).toEqual([added.entry.id]);
    const found = await h['logbook/search']({ query: { text: 'spurgte' } }, sender);
    expect(found.total).toBe(1);

    c.advance(1000);
    const upd = await h['logbook/update']({ id: added.entry.id, input: { kind: 'spoergsmaal', text: 'Omskrevet' }, baseUpdatedAt: added.entry.updatedAt }, sender);
    expect(upd.entry.text).toBe('Omskrevet');
    expect((await h['logbook/search']({ query: { text: 'omskrevet' } }, sender)).total).toBe(1);

    const del = await h['logbook/delete']({ id: added.entry.id }, sender);
    expect(Date.parse(del.undoUntil) - Date.parse(del.entry.deletedAt!)).toBe(600_000);
    expect((await h['logbook/search']({}, sender)).total).toBe(1);
    await h['logbook/undo-delete']({ id: added.entry.id }, sender);
    expect((await h['logbook/search']({}, sender)).total).toBe(2);
  });

  it('keeps the draft across "restarts" (new handler objects) and masks CPR in it', async () => {
    const factory = freshFactory();
    const first = createLogbookHandlers({ factory: () => factory });
    const r = await first['logbook/draft-save']({ draft: { kind: 'svaert', text: 'halvt 010190-1234', tags: [], context: {}, flags: { nextMeeting: true, askSupport: false } } }, sender);
    expect(r.maskedCpr).toBe(1);
    const second = createLogbookHandlers({ factory: () => factory });
    const { draft } = await second['logbook/draft-get']({}, sender);
    expect(draft).toMatchObject({ kind: 'svaert', text: 'halvt XXXXXX-XXXX', flags: { nextMeeting: true } });
  });

  it('suggests tags from the configured list and a context chip, never other screen data', async () => {
    const { h } = setup({ tags: ['begrundelse', 'formål', 'serviceniveau', 'klagevejledning'] });
    const r = await h['logbook/tags']({ context: { area: 'aeldre', indsats: 'Personlig pleje', screen: 'Afgørelse om hjælp' } }, sender);
    expect(r.tags).toEqual(['begrundelse', 'formål', 'serviceniveau', 'klagevejledning']);
    expect(r.suggested).toEqual(['begrundelse', 'formål', 'klagevejledning', 'serviceniveau']);
    expect(r.context).toEqual({ area: 'aeldre', indsats: 'Personlig pleje' });
    expect(r.contextLabel).toBe('Ældre · Personlig pleje');
  });

  it('falls back to the default tag list and turns the name warning off on request', async () => {
    const { h } = setup({ tags: [], warnOnNames: false });
    const r = await h['logbook/tags']({}, sender);
    expect(r.tags).toContain('helhedsvurdering');
    expect(r.tags).toContain('funktions- og ressourcevurdering');
    const added = await h['logbook/add']({ kind: 'godt', text: 'Mødte Jens Hansen' }, sender);
    expect(added.possibleNames).toEqual([]);
  });

  it('exports, imports with a report, and applies retention only to confirmed ids', async () => {
    const { h, c } = setup({ retentionMonths: 1 });
    const old = await h['logbook/add']({ kind: 'godt', text: 'gammel' }, sender);
    c.advance(40 * 86_400_000);
    await h['logbook/add']({ kind: 'ide', text: 'ny' }, sender);

    const json = await h['logbook/export']({ format: 'json' }, sender);
    expect(json.count).toBe(2);
    const md = await h['logbook/export']({ format: 'markdown', query: { kinds: ['ide'] } }, sender);
    expect(md.count).toBe(1);

    const check = await h['logbook/retention-check']({}, sender);
    expect(check).toMatchObject({ months: 1, count: 1, ids: [old.entry.id] });
    const onlyOld = await h['logbook/export']({ format: 'json', ids: check.ids }, sender);
    expect(onlyOld.count).toBe(1);
    expect((await h['logbook/retention-apply']({ ids: check.ids }, sender)).removed).toBe(1);
    expect((await h['logbook/search']({}, sender)).total).toBe(1);

    const report = await h['logbook/import']({ json: json.content }, sender);
    expect(report).toMatchObject({ total: 2, added: 1, duplicates: 1 });
    expect(logbookMessages['logbook/import'].response.safeParse(report).success).toBe(true);
    expect((await h['logbook/search']({}, sender)).total).toBe(2);
  });
});
