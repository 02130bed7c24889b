import { describe, expect, it } from 'vitest';
import { createFollowupHandlers } from '../../../entrypoints/background/handlers/followup';
import { followupMessages } from '../../../lib/messaging/followup';
import { messages, parseEnvelope } from '../../../lib/messaging';
import { parseFollowupCsv } from '../../../lib/followup';
import { catalogue, freshFactory, panelRecord } from './helpers';

const sender = {} as never;
const march3 = new Date(2026, 2, 3);

function setup(opts: { disabled?: string[]; stored?: unknown; policyFails?: boolean } = {}) {
  const factory = freshFactory();
  let stored: unknown = opts.stored;
  const state = { disabled: opts.disabled ?? [] };
  const h = createFollowupHandlers({
    factory: () => factory,
    settingsStore: { get: async () => stored, set: async (v) => void (stored = v) },
    getDisabledFeatures: async () => {
      if (opts.policyFails) throw new Error('ingen konfiguration');
      return state.disabled;
    },
    now: () => new Date(2026, 2, 10, 12),
  });
  return { h, state, stored: () => stored, factory };
}

const rec = (omfang = '1 time hver 14. dag', elements?: Record<string, boolean>) =>
  panelRecord({ indsats: 'Rengøring', omfang, afgoerelsestype: 'Bevilget' }, march3, elements);

describe('follow-up background handlers', () => {
  it('has a handler for every follow-up message, and only followup/record is open to content scripts', () => {
    const { h } = setup();
    expect(Object.keys(h).sort()).toEqual(Object.keys(followupMessages).sort());
    const open = Object.entries(followupMessages).filter(([, d]) => !d.privileged).map(([k]) => k);
    expect(open).toEqual(['followup/record']);
    expect(Object.keys(messages)).toContain('followup/record');
  });

  it('the envelope refuses a record with free text, a name or a case number before any handler runs', () => {
    const r = rec();
    expect(parseEnvelope({ type: 'followup/record', payload: { record: r } }).ok).toBe(true);
    expect(parseEnvelope({ type: 'followup/record', payload: { record: { ...r, omfangTekst: '1 time hver 14. dag' } } }).ok).toBe(false);
    expect(parseEnvelope({ type: 'followup/record', payload: { record: { ...r, id: 'SAG-2026-0042' } } }).ok).toBe(false);
    expect(parseEnvelope({ type: 'followup/record', payload: { record: { ...r, elements: { 'Jens Hansen': true } } } }).ok).toBe(false);
  });

  it('records once per allocation and day; repeated screens refresh instead of adding', async () => {
    const { h } = setup();
    expect(await h['followup/record']({ record: rec() }, sender)).toEqual({ recorded: true });
    expect(await h['followup/record']({ record: rec() }, sender)).toEqual({ recorded: false, reason: 'duplicate' });
    expect(await h['followup/record']({ record: rec(undefined, { retsgrundlag: true }) }, sender)).toEqual({
      recorded: false,
      reason: 'duplicate',
      updated: true,
    });
    expect(await h['followup/record']({ record: rec('2 timer om ugen') }, sender)).toEqual({ recorded: true });
    const { records } = await h['followup/list']({}, sender);
    expect(records).toHaveLength(2);
    expect(followupMessages['followup/list'].response.safeParse({ records }).success).toBe(true);
  });

  it('drops records when the user switched recording off, and again records when switched on', async () => {
    const { h, stored } = setup();
    expect(await h['followup/settings-get']({}, sender)).toEqual({ enabled: true, userEnabled: true, policyDisabled: false });
    expect(await h['followup/settings-set']({ enabled: false }, sender)).toEqual({ enabled: false, userEnabled: false, policyDisabled: false });
    expect(stored()).toEqual({ record: false });
    expect(await h['followup/record']({ record: rec() }, sender)).toEqual({ recorded: false, reason: 'off-by-user' });
    expect((await h['followup/list']({}, sender)).records).toEqual([]);
    await h['followup/settings-set']({ enabled: true }, sender);
    expect((await h['followup/record']({ record: rec() }, sender)).recorded).toBe(true);
  });

  it('policy wins over the user switch, and a config that cannot be read means no recording', async () => {
    const { h, state } = setup({ disabled: ['opfoelgning'] });
    expect(await h['followup/settings-set']({ enabled: true }, sender)).toEqual({ enabled: false, userEnabled: true, policyDisabled: true });
    expect(await h['followup/record']({ record: rec() }, sender)).toEqual({ recorded: false, reason: 'off-by-policy' });
    state.disabled = ['logbog'];
    expect((await h['followup/record']({ record: rec() }, sender)).recorded).toBe(true);
    const broken = setup({ policyFails: true });
    expect((await broken.h['followup/record']({ record: rec() }, sender)).reason).toBe('off-by-policy');
  });

  it('exports CSV for Danish Excel and imports colleagues’ files merged by id with Danish line errors', async () => {
    const mine = setup();
    await mine.h['followup/record']({ record: rec() }, sender);
    await mine.h['followup/record']({ record: rec('2 timer om ugen') }, sender);
    const file = await mine.h['followup/export-csv']({}, sender);
    expect(file).toMatchObject({ filename: 'sidevogn-opfoelgning-2026-03-10.csv', count: 2, mimeType: 'text/csv;charset=utf-8' });
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    expect(parseFollowupCsv(file.content).records).toEqual((await mine.h['followup/list']({}, sender)).records);
    expect((await mine.h['followup/export-csv']({ from: '2026-04-01' }, sender)).count).toBe(0);

    const theirs = setup();
    await theirs.h['followup/record']({ record: panelRecord({ indsats: 'Madservice', omfang: '7 hovedretter om ugen' }, march3) }, sender);
    const first = await theirs.h['followup/import-csv']({ csv: file.content, fileName: 'anna.csv' }, sender);
    expect(first).toMatchObject({ read: 2, added: 2, duplicates: 0, errors: [] });
    expect(first.summary[0]).toBe('anna.csv: 2 gyldige rækker læst, 2 nye tilføjet.');
    const again = await theirs.h['followup/import-csv']({ csv: file.content }, sender);
    expect(again).toMatchObject({ read: 2, added: 0, duplicates: 2 });
    expect(again.summary.join(' ')).toMatch(/2 rækker fandtes allerede/);
    expect((await theirs.h['followup/list']({}, sender)).records).toHaveLength(3);

    const lines = file.content.split('\r\n');
    lines[2] = lines[2]!.replace('2026-03-03', '3. marts');
    const bad = await theirs.h['followup/import-csv']({ csv: lines.join('\r\n') }, sender);
    expect(bad.read).toBe(1);
    expect(bad.errors).toEqual([expect.stringMatching(/^Linje 3, kolonnen «dato»: /)]);
    expect(bad.summary.join(' ')).toMatch(/1 fejl/);

    const notOurs = await theirs.h['followup/import-csv']({ csv: 'navn;cpr\r\nJens;010190-1234\r\n' }, sender);
    expect(notOurs).toMatchObject({ read: 0, added: 0 });
    expect(notOurs.errors[0]).toMatch(/^Linje 1: ukendte kolonner/);
  });

  it('clear removes everything and says how much', async () => {
    const { h } = setup();
    await h['followup/record']({ record: rec() }, sender);
    await h['followup/record']({ record: rec('3 timer om ugen') }, sender);
    expect(await h['followup/clear']({}, sender)).toEqual({ removed: 2 });
    expect((await h['followup/list']({}, sender)).records).toEqual([]);
  });

  it('records built by the panel for every example entry pass the message schema', () => {
    expect(catalogue.entries.length).toBeGreaterThan(10);
    for (const entry of catalogue.entries) {
      const record = panelRecord({ indsats: entry.name, omfang: '2 timer om ugen', sagsomraade: entry.area }, march3);
      expect(record.indsatsId).toBe(entry.id);
      expect(followupMessages['followup/record'].request.safeParse({ record }).success).toBe(true);
    }
  });
});
