import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { DashboardPage, type DownloadFile, type Send } from '../../../components/dashboard/DashboardPage';
import { elementShareRows, filterRecords, monthEnd, monthRange, EMPTY_FILTER } from '../../../components/dashboard/figures';
import { createFollowupHandlers } from '../../../entrypoints/background/handlers/followup';
import { parseFollowupCsv, recordsToCsv, type FollowupRecord } from '../../../lib/followup';
import { click, installDom, text } from '../service-level-ui/dom';
import { catalogue, freshFactory, panelRecord } from './helpers';

let root: HTMLElement;
let restore: () => void;
beforeEach(() => {
  ({ root, restore } = installDom());
});
afterEach(() => {
  render(null, root);
  restore();
});

const el = (elements: Record<string, boolean>) => elements;

/** A spread of records over three months (one with no records), two indsatser, letters before/after. */
function sample(): FollowupRecord[] {
  return [
    panelRecord({ indsats: 'Rengøring', omfang: '1 time hver 14. dag', sagsomraade: 'aeldre' }, new Date(2026, 0, 5), el({ retsgrundlag: true, begrundelse: false, cpr: true })),
    panelRecord({ indsats: 'Rengøring', omfang: '2 timer om ugen', sagsomraade: 'aeldre' }, new Date(2026, 0, 6), el({ retsgrundlag: false, begrundelse: false, cpr: false })),
    panelRecord({ indsats: 'Madservice', omfang: '7 hovedretter om ugen', sagsomraade: 'aeldre' }, new Date(2026, 0, 7)),
    panelRecord({ indsats: 'Rengøring', omfang: '1 time hver 14. dag', sagsomraade: 'aeldre' }, new Date(2026, 2, 2), el({ retsgrundlag: true, begrundelse: true, cpr: false })),
    panelRecord({ indsats: 'Socialpædagogisk støtte', omfang: '3 timer om ugen', sagsomraade: 'voksne' }, new Date(2026, 2, 3), el({ retsgrundlag: true, begrundelse: true })),
  ];
}

async function setup(records: FollowupRecord[], opts: { disabled?: string[] } = {}) {
  const factory = freshFactory();
  let stored: unknown;
  const handlers = createFollowupHandlers({
    factory: () => factory,
    settingsStore: { get: async () => stored, set: async (v) => void (stored = v) },
    getDisabledFeatures: async () => opts.disabled ?? [],
  });
  await handlers['followup/import-csv']({ csv: recordsToCsv(records) }, {} as never);
  const send = vi.fn(async (type: string, payload: unknown) => {
    if (type === 'config/effective') return { catalogue, disabledFeatures: opts.disabled ?? [] };
    const handler = (handlers as Record<string, (p: unknown, s: never) => Promise<unknown>>)[type];
    if (!handler) throw new Error(`no handler ${type}`);
    return handler(payload, {} as never);
  }) as unknown as Send;
  const downloads: DownloadFile[] = [];
  await act(async () => {
    render(h(DashboardPage, { send, download: (f: DownloadFile) => downloads.push(f), today: new Date(2026, 2, 10) }), root);
  });
  await settle();
  return { send, downloads, handlers, stored: () => stored };
}

async function settle() {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

function select(labelText: string, value: string) {
  const label = [...root.querySelectorAll('label')].find((l) => text(l) === labelText)!;
  const sel = (globalThis as unknown as { document: Document }).document.getElementById(label.getAttribute('for')!) as HTMLSelectElement;
  // linkedom's select.value has no setter; the component reads currentTarget.value.
  Object.defineProperty(sel, 'value', { value, configurable: true, writable: true });
  act(() => {
    sel.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
  });
}

const charts = () => [...root.querySelectorAll('svg[role=img]')];

describe('dashboard figures', () => {
  it('month range has no gaps and filters are inclusive', () => {
    const recs = sample();
    expect(monthRange(recs)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(filterRecords(recs, { ...EMPTY_FILTER, fromMonth: '2026-03' })).toHaveLength(2);
    expect(filterRecords(recs, { ...EMPTY_FILTER, area: 'voksne' })).toHaveLength(1);
    expect(filterRecords(recs, { ...EMPTY_FILTER, indsatsId: 'praktisk-hjaelp-rengoering', toMonth: '2026-01' })).toHaveLength(2);
  });

  it('building-block shares, before/after a month', () => {
    const recs = sample();
    const all = elementShareRows(recs);
    expect(all.series).toEqual([{ key: 'alle', label: 'Alle breve', letters: 4 }]);
    expect(all.rows.find((r) => r.id === 'retsgrundlag')!.values).toEqual([{ series: 'alle', share: 0.75, n: 4 }]);
    const split = elementShareRows(recs, '2026-03');
    expect(split.series.map((s) => [s.label, s.letters])).toEqual([
      ['Før marts 2026', 2],
      ['Fra marts 2026', 2],
    ]);
    const begr = split.rows.find((r) => r.id === 'begrundelse')!;
    expect(begr.label).toBe('Konkret begrundelse');
    expect(begr.values.map((v) => v.share)).toEqual([0, 1]);
    expect(split.rows.find((r) => r.id === 'cpr')!.negative).toBe(true);
  });
});

describe('DashboardPage', () => {
  it('says the figures hold no names, CPR numbers, case numbers or free text', async () => {
    await setup(sample());
    expect(text(root.querySelector('.db-privacy'))).toMatch(/ingen navne, CPR-numre, sagsnumre eller fritekst/);
  });

  it('shows key figures and charts with accessible summaries and table alternatives', async () => {
    await setup(sample());
    const stats = [...root.querySelectorAll('.db-stat')].map((s) => text(s));
    expect(stats[0]).toBe('Bevillinger5');
    expect(stats[3]).toBe('Tjekkede afgørelsesbreve4');
    expect(charts().length).toBe(4);
    const monthly = charts()[0]!;
    expect(monthly.getAttribute('aria-label')).toContain('januar 2026: 3 bevillinger, 1 uden for rammen');
    expect(monthly.getAttribute('aria-label')).toContain('februar 2026: 0 bevillinger');
    // Three months → three bars' worth of axis labels; the empty month has no rects.
    expect([...monthly.querySelectorAll('text')].map((t) => text(t))).toEqual(expect.arrayContaining(['jan. 2026', 'feb. 2026', 'mar. 2026']));
    const details = [...root.querySelectorAll('figure details')];
    expect(details.length).toBe(charts().length);
    const firstTable = details[0]!.querySelector('table')!;
    expect([...firstTable.querySelectorAll('thead th')].map((th) => text(th))).toEqual(['Måned', 'Inden for rammen', 'Uden for rammen', 'Ikke vurderet', 'I alt', 'Andel uden for rammen']);
    expect(text(firstTable.querySelector('tbody tr'))).toMatch(/^januar 2026/);
    // "Uden for rammen" is hatched as well as red: not colour alone.
    expect(monthly.querySelector('pattern')).not.toBeNull();
  });

  it('per-indsats table: scope median per week against the frame, cost against the frame', async () => {
    await setup(sample());
    const table = [...root.querySelectorAll('table')].find((t) => text(t.querySelector('caption')) === 'Pr. indsats')!;
    const row = [...table.querySelectorAll('tbody tr')].find((r) => text(r).startsWith('Praktisk hjælp – rengøring'))!;
    const cells = [...row.querySelectorAll('th, td')].map((c) => text(c));
    expect(cells[1]).toBe('3');
    expect(cells[2]).toMatch(/^33\s%/);
    expect(cells[3]).toMatch(/om ugen \(median af 3\)/);
    expect(cells[4]).toMatch(/^højst 30 minutter om ugen/);
    expect(cells[5]).toMatch(/pr\. bevilling/);
  });

  it('building blocks use Danish labels and compare before/after a chosen month', async () => {
    await setup(sample());
    const blocks = charts()[3]!;
    expect(blocks.getAttribute('aria-label')).toContain('Retsgrundlag (lov og §): Alle breve 75 %');
    select('Sammenlign før og efter', '2026-03');
    const after = charts()[3]!;
    expect(after.getAttribute('aria-label')).toContain('Konkret begrundelse: Før marts 2026 0 %, Fra marts 2026 100 %');
    expect(text(root)).toContain('CPR-nummer i brevet (færre er bedre)');
  });

  it('filters by area, indsats and month range', async () => {
    await setup(sample());
    select('Område', 'voksne');
    expect(text(root.querySelector('.db-stat dd'))).toBe('1');
    select('Område', '');
    select('Indsats', 'praktisk-hjaelp-rengoering');
    expect(text(root.querySelector('.db-stat dd'))).toBe('3');
    expect(text(root)).toContain('Pr. måned for Praktisk hjælp – rengøring');
    select('Fra måned', '2026-03');
    expect(text(root.querySelector('.db-stat dd'))).toBe('1');
    click([...root.querySelectorAll('button')].find((b) => text(b) === 'Nulstil udsnittet'));
    expect(text(root.querySelector('.db-stat dd'))).toBe('5');
  });

  it('exports the filtered records as CSV that reads back to the same records', async () => {
    const { downloads } = await setup(sample());
    select('Område', 'aeldre');
    click([...root.querySelectorAll('button')].find((b) => text(b).startsWith('Eksportér udsnittet')));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toBe('sidevogn-opfoelgning-2026-01_til_2026-03.csv');
    const back = parseFollowupCsv(downloads[0]!.content);
    expect(back.errors).toEqual([]);
    expect(back.records.map((r) => r.area)).toEqual(['aeldre', 'aeldre', 'aeldre', 'aeldre']);
  });

  it('imports several colleagues’ files, shows a report per file, and counts duplicates once', async () => {
    await setup(sample().slice(0, 2));
    const colleague = sample();
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.hasAttribute('multiple')).toBe(true);
    const files = [
      { name: 'anna.csv', text: async () => recordsToCsv(colleague) },
      { name: 'bo.csv', text: async () => recordsToCsv(colleague.slice(0, 1)) },
      { name: 'noter.csv', text: async () => 'navn;tekst\r\nJens;hej\r\n' },
    ];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    await act(async () => {
      input.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
    });
    await settle();
    const report = [...root.querySelectorAll('.db-report > div')].map((d) => text(d));
    expect(report).toHaveLength(3);
    expect(report[0]).toContain('anna.csv: 5 gyldige rækker læst, 5 nye tilføjet.');
    expect(report[1]).toContain('1 række fandtes allerede');
    expect(report[2]).toContain('Linje 1: ukendte kolonner');
    // The sample's ids are new to this store (fresh ids), so 2 + 5 records in all.
    expect(text(root.querySelector('.db-stat dd'))).toBe('7');
  });

  it('the recording switch reflects the user and policy, and can be turned off', async () => {
    const { stored } = await setup(sample());
    const box = [...root.querySelectorAll('label')].find((l) => text(l) === 'Registrér opfølgningstal')!.querySelector('input') as HTMLInputElement;
    // linkedom has no `checked` property, so Preact writes the attribute.
    expect(box.checked ?? box.hasAttribute('checked')).toBe(true);
    Object.defineProperty(box, 'checked', { value: false, configurable: true, writable: true });
    await act(async () => {
      box.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
    });
    await settle();
    expect(stored()).toEqual({ record: false });
    expect(text(root.querySelector('[role=status]'))).toBe('Sidevogn registrerer ikke længere opfølgningstal.');

    render(null, root);
    await setup(sample(), { disabled: ['opfoelgning'] });
    const locked = [...root.querySelectorAll('label')].find((l) => text(l) === 'Registrér opfølgningstal')!.querySelector('input') as HTMLInputElement;
    expect(locked.hasAttribute('disabled')).toBe(true);
    expect(text(root)).toContain('slået fra af kommunens IT');
  });

  it('clear asks first, then deletes everything', async () => {
    await setup(sample());
    click([...root.querySelectorAll('button')].find((b) => text(b).startsWith('Slet alle opfølgningstal')));
    expect(text(root)).toContain('Slet alle 5 rækker på denne computer?');
    click([...root.querySelectorAll('button')].find((b) => text(b) === 'Ja, slet alle'));
    await settle();
    expect(text(root)).toContain('Der er endnu ingen opfølgningstal.');
    expect(charts()).toHaveLength(0);
  });
});
