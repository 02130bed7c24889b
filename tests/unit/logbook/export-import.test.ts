import { describe, expect, it } from 'vitest';
import { exportEntries, toCsv, toMarkdown } from '../../../lib/logbook/export';
import { buildImportReport, parseBackup } from '../../../lib/logbook/import';
import { clock, freshFactory, note, openStore } from './helpers';

describe('export', () => {
  const entries = [
    note({ kind: 'godt', text: 'Hjemmebesøg gik godt', tags: ['borgerinddragelse'], createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z' }),
    note({ kind: 'svaert', text: 'Begrundelsen blev for lang\n# ikke en overskrift', tags: ['begrundelse', 'afgørelse'], createdAt: '2026-02-02T10:00:00.000Z', updatedAt: '2026-02-02T10:00:00.000Z', flags: { nextMeeting: true, askSupport: false } }),
    note({ kind: 'svaert', text: 'Uden emne <script>', createdAt: '2026-02-03T10:00:00.000Z', updatedAt: '2026-02-03T10:00:00.000Z', context: { area: 'aeldre', indsats: 'Rengøring' } }),
    note({ kind: 'ide', text: 'slettet', deletedAt: '2026-02-04T10:00:00.000Z' }),
  ];

  it('groups Markdown by kind and tag, with the meeting list first, and escapes markup', () => {
    const md = toMarkdown(entries.filter((e) => !e.deletedAt), new Date('2026-03-01T12:00:00Z'));
    expect(md).toContain('# Logbog – erfaringer med metoden');
    expect(md).toContain('3 noter');
    const meeting = md.indexOf('## Tag med til næste opfølgningsmøde (1)');
    const good = md.indexOf('## Godt (1)');
    const hard = md.indexOf('## Svært (2)');
    expect(meeting).toBeGreaterThan(-1);
    expect(good).toBeGreaterThan(meeting);
    expect(hard).toBeGreaterThan(good);
    expect(md.indexOf('### begrundelse', hard)).toBeGreaterThan(hard);
    expect(md.indexOf('### Uden emne', hard)).toBeGreaterThan(md.indexOf('### begrundelse', hard));
    expect(md).toContain('\\<script\\>');
    expect(md).not.toContain('\n# ikke');
    expect(md).toContain('Ældre · Rengøring');
  });

  it('never exports soft-deleted notes', () => {
    for (const format of ['markdown', 'csv', 'json'] as const) {
      expect(exportEntries(entries, format).content).not.toContain('slettet');
    }
  });

  it('writes CSV for Danish Excel: BOM, semicolons, quoted newlines, no formulas', () => {
    const csv = toCsv([note({ text: '=HYPERLINK("x");2\nlinje', tags: ['a', 'b'] })]);
    expect(csv.startsWith('\uFEFFid;oprettet;')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""x"");2\nlinje"`);
    expect(row).toContain(';a, b;');
  });

  it('names files by date and type', () => {
    const f = exportEntries([], 'json', new Date(2026, 2, 5));
    expect(f.filename).toBe('logbog-backup-2026-03-05.json');
    expect(f.mimeType).toBe('application/json');
  });
});

describe('import', () => {
  it('round trip: export → wipe → import gives identical notes', async () => {
    const c = clock();
    const store = await openStore(freshFactory(), c.now);
    for (let i = 0; i < 25; i++) {
      c.advance(3_600_000);
      await store.add({
        kind: (['godt', 'svaert', 'spoergsmaal', 'ide'] as const)[i % 4]!,
        text: `Note ${i} – "citat"; æøå\nanden linje`,
        tags: i % 2 ? ['formål', 'begrundelse'] : [],
        context: i % 3 ? { area: 'voksne', indsats: `Indsats ${i}` } : {},
        flags: { nextMeeting: i % 5 === 0, askSupport: i % 7 === 0 },
      });
    }
    const before = await store.all();
    const backup = exportEntries(before, 'json').content;
    await store.clear();
    expect(await store.all()).toEqual([]);
    const parsed = parseBackup(backup);
    const merged = await store.merge(parsed.entries);
    expect(merged.added).toBe(25);
    expect(await store.all()).toEqual(before);

    // Importing the same file again adds nothing.
    const again = await store.merge(parseBackup(backup).entries);
    expect(again).toMatchObject({ added: 0, duplicates: 25 });
    store.close();
  });

  it('merges by id: newer copies replace older ones, older copies and duplicates are skipped', async () => {
    const store = await openStore();
    const ours = note({ id: 'merge-0001', text: 'vores', updatedAt: '2026-02-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' });
    const stale = note({ id: 'merge-0002', text: 'vores nyere', updatedAt: '2026-02-05T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' });
    await store.merge([ours, stale]);
    const r = await store.merge([
      { ...ours, text: 'fra fil, nyere', updatedAt: '2026-03-01T00:00:00.000Z' },
      { ...stale, text: 'fra fil, ældre', updatedAt: '2026-02-01T00:00:00.000Z' },
      note({ id: 'merge-0003' }),
    ]);
    expect(r).toMatchObject({ added: 1, updated: 1, keptNewer: 1, duplicates: 0 });
    expect((await store.get('merge-0001'))?.text).toBe('fra fil, nyere');
    expect((await store.get('merge-0002'))?.text).toBe('vores nyere');
    store.close();
  });

  it('validates each note, masks CPR numbers and reports in Danish', () => {
    const good = note({ id: 'import-0001', text: 'Borger 010190-1234 og 0202021236' });
    const json = JSON.stringify({
      format: 'sidevogn-logbog',
      version: 1,
      entries: [good, { ...good }, { id: 'x', text: 'mangler felter' }, { ...note({ id: 'import-0002' }), kind: 'andet' }, note({ id: 'import-0003', deletedAt: '2026-01-01T00:00:00.000Z' })],
    });
    const parsed = parseBackup(json);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]!.text).toBe('Borger XXXXXX-XXXX og XXXXXX-XXXX');
    expect(parsed.maskedCpr).toBe(2);
    expect(parsed.duplicatesInFile).toBe(1);
    expect(parsed.invalid.map((i) => i.position)).toEqual([3, 4, 5]);
    const report = buildImportReport(parsed, { added: 1, updated: 0, duplicates: 0, keptNewer: 0 });
    expect(report.summary.join(' ')).toMatch(/Filen indeholdt 5 noter\. 1 ny note blev tilføjet\..*1 note fandtes allerede.*2 CPR-numre blev skjult.*3 noter kunne ikke læses/);
  });

  it('refuses files that are not a logbook backup, with a Danish message', () => {
    expect(() => parseBackup('ikke json')).toThrow(/ikke gyldig JSON/);
    expect(() => parseBackup('{"entries": []}')).toThrow(/ikke en logbog-backup/);
    expect(() => parseBackup('{"format":"sidevogn-logbog","version":99,"entries":[]}')).toThrow(/nyere udgave/);
  });
});
