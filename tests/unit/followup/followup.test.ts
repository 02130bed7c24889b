import { describe, expect, it } from 'vitest';
import {
  aggregateFollowup,
  buildRecord,
  createMemoryFollowupStore,
  CSV_HEADERS,
  decisionTypeFromText,
  estimateMonthlyCost,
  followupRecordSchema,
  mergeRecords,
  parseFollowupCsv,
  recordsToCsv,
  validateFollowupRecord,
  type FollowupRecord,
} from '../../../lib/followup';
import { assessCase, exampleCatalogue, parseScope } from '../../../lib/service-level';

const catalogue = exampleCatalogue();
const entry = (id: string) => catalogue.entries.find((e) => e.id === id)!;
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function record(ctx: { indsats: string; omfang: string; afgoerelsestype?: string }, day: Date, elements?: Record<string, boolean>): FollowupRecord {
  const a = assessCase(catalogue, ctx, day);
  return buildRecord(ctx, a.matches[0], a.scope, a.verdict, elements, day, { id: uuid() });
}

describe('buildRecord', () => {
  const r = record({ indsats: 'Rengøring', omfang: '2 timer om ugen', afgoerelsestype: 'Delvis bevilling' }, new Date(2026, 2, 3), {
    retsgrundlag: true,
    begrundelse: false,
    'ikke-et-element': true,
  });
  it('keeps ids, numbers and dates only', () => {
    expect(r).toMatchObject({
      date: '2026-03-03',
      area: 'aeldre',
      indsatsId: 'praktisk-hjaelp-rengoering',
      insideFrame: false,
      decisionType: 'delvis',
      elements: { retsgrundlag: true, begrundelse: false },
      scope: { kind: 'rate', unit: 'timer', baseUnit: 'minutter', quantity: { min: 2, max: 2 }, period: { count: 1, unit: 'uge' }, perWeek: { min: 120, max: 120 } },
    });
    expect(JSON.stringify(r)).not.toContain('Rengøring');
    expect(JSON.stringify(r)).not.toContain('2 timer om ugen');
    expect(Object.keys(r.elements)).not.toContain('ikke-et-element');
  });
  it('estimates the monthly cost from the catalogue price', () => {
    // 120 min/week × 52/12 weeks = 520 min = 8.67 h × 400 kr.
    expect(r.estimatedMonthlyCost).toBe(Math.round((520 / 60) * 400));
    expect(estimateMonthlyCost(entry('madservice'), parseScope('7 hovedretter om ugen'))).toBe(Math.round(7 * (52 / 12) * 78));
    expect(estimateMonthlyCost(entry('familiebehandling'), parseScope('i alt 12 samtaler'))).toBe(Math.round((12 / 6) * 1200));
    expect(estimateMonthlyCost(entry('boligindretning'), parseScope('1 gang'))).toBeUndefined();
  });
  it('generates a UUID by default and null fields without a match', () => {
    const bare = buildRecord({}, undefined, undefined, undefined, undefined, new Date(2026, 0, 1));
    expect(bare.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(bare).toMatchObject({ indsatsId: null, scope: null, insideFrame: null, estimatedMonthlyCost: null, decisionType: 'ukendt', elements: {} });
  });
  it('maps decision types from screen text', () => {
    expect(decisionTypeFromText('Bevilget')).toBe('bevilling');
    expect(decisionTypeFromText('Delvis bevilling')).toBe('delvis');
    expect(decisionTypeFromText('Afslag')).toBe('afslag');
    expect(decisionTypeFromText('Nedsættelse af hjælp')).toBe('aendring');
    expect(decisionTypeFromText('Andet')).toBe('ukendt');
  });
});

describe('record strictness', () => {
  const good = record({ indsats: 'Madservice', omfang: '7 hovedretter om ugen' }, new Date(2026, 2, 3));
  it('accepts a built record', () => {
    expect(followupRecordSchema.safeParse(good).success).toBe(true);
  });
  it.each([
    ['an extra top-level field (name)', { ...good, navn: 'Jens Hansen' }],
    ['a CPR number', { ...good, cpr: '010203-1234' }],
    ['free text in scope', { ...good, scope: { ...good.scope, text: '7 hovedretter om ugen' } }],
    ['a case number as id', { ...good, id: '2026-12345' }],
    ['an unknown element key', { ...good, elements: { noter: true } }],
    ['free text as indsats', { ...good, indsatsId: 'Borgeren Jens Hansen ønsker mad' }],
    ['an unknown decision type', { ...good, decisionType: 'måske' }],
    ['a date with time', { ...good, date: '2026-03-03T10:00:00Z' }],
  ])('rejects %s', (_label, value) => {
    const r = validateFollowupRecord(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(/skal|ukendte|må ikke/);
  });
  it('the store rejects what the schema rejects', async () => {
    const store = createMemoryFollowupStore();
    await expect(store.add({ ...good, note: 'x' } as unknown as FollowupRecord)).rejects.toThrow();
    await store.add(good);
    expect(await store.list()).toEqual([good]);
  });
});

describe('aggregateFollowup', () => {
  const march = new Date(2026, 2, 10);
  const april = new Date(2026, 3, 10);
  const records = [
    record({ indsats: 'Rengøring', omfang: '1 time hver 14. dag' }, march, { retsgrundlag: true, begrundelse: true }),
    record({ indsats: 'Rengøring', omfang: '2 timer om ugen' }, march, { retsgrundlag: true, begrundelse: false }),
    record({ indsats: 'Rengøring', omfang: 'efter behov' }, april),
    record({ indsats: 'Madservice', omfang: '7 hovedretter om ugen' }, april, { retsgrundlag: false }),
  ];
  const summary = aggregateFollowup(records, catalogue);

  it('counts per month and per indsats', () => {
    expect(summary.total.count).toBe(4);
    expect(summary.byMonth.map((g) => [g.month, g.count])).toEqual([
      ['2026-03', 2],
      ['2026-04', 2],
    ]);
    expect(summary.byIndsats.map((g) => [g.indsatsId, g.count])).toEqual([
      ['madservice', 1],
      ['praktisk-hjaelp-rengoering', 3],
    ]);
    expect(summary.byMonthAndIndsats).toHaveLength(3);
  });
  it('share outside the frame counts only judged records', () => {
    const cleaning = summary.byIndsats.find((g) => g.indsatsId === 'praktisk-hjaelp-rengoering')!;
    expect(cleaning).toMatchObject({ judged: 2, outsideCount: 1, outsideShare: 0.5, unknownCount: 1 });
  });
  it('scope median/mean per week against the frame', () => {
    const cleaning = summary.byIndsats.find((g) => g.indsatsId === 'praktisk-hjaelp-rengoering')!;
    expect(cleaning.scope).toMatchObject({ baseUnit: 'minutter', n: 2, medianPerWeek: 75, meanPerWeek: 75, frameMaxPerWeek: 30 });
    expect(cleaning.scope?.meanShareOfFrame).toBeCloseTo(2.5);
    expect(cleaning.cost?.n).toBe(2);
    expect(cleaning.cost?.frameMonthly).toBe(Math.round(30 * (52 / 12) / 60 * 400));
  });
  it('share of letters with each building block', () => {
    expect(summary.total.letters.checked).toBe(3);
    expect(summary.total.letters.shares.retsgrundlag).toBeCloseTo(2 / 3);
    expect(summary.total.letters.shares.begrundelse).toBe(0.5);
    expect(summary.total.letters.shares.klagevejledning).toBeUndefined();
  });
  it('is empty for no records', () => {
    const empty = aggregateFollowup([]);
    expect(empty.total).toMatchObject({ count: 0, outsideShare: null, scope: null, cost: null });
    expect(empty.byMonth).toEqual([]);
  });
});

describe('CSV', () => {
  const records = [
    record({ indsats: 'Rengøring', omfang: 'op til 1,5 time hver 14. dag', afgoerelsestype: 'Bevilget' }, new Date(2026, 2, 3), { retsgrundlag: true, cpr: false }),
    record({ indsats: 'Familiebehandling', omfang: 'ca. 10 samtaler' }, new Date(2026, 2, 4)),
    record({ indsats: 'Kontaktperson', omfang: 'efter behov' }, new Date(2026, 2, 5)),
    buildRecord({}, undefined, undefined, undefined, undefined, new Date(2026, 2, 6), { id: uuid() }),
  ];
  const csv = recordsToCsv(records);

  it('is written for Danish Excel', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header).toBe(CSV_HEADERS.join(';'));
    expect(header).toContain('afgørelsestype');
    expect(first).toContain(';0;1,5;'); // quantity 0-1,5 timer with a decimal comma
    expect(first).toContain(';14;dag;0;45;'); // every 14 days = 0-45 minutes a week
  });
  it('round-trips every record exactly', () => {
    const back = parseFollowupCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.records).toEqual(records);
  });
  it('accepts what Excel writes back (quotes, LF, no BOM)', () => {
    const lines = csv.slice(1).split('\r\n');
    const quoted = lines.map((l, i) => (i === 1 ? l.split(';').map((c) => `"${c}"`).join(';') : l)).join('\n');
    expect(parseFollowupCsv(quoted).records).toEqual(records);
  });
  it('reports bad rows with line numbers and keeps the good ones', () => {
    const lines = csv.slice(1).split('\r\n');
    const cells = lines[2]!.split(';');
    cells[CSV_HEADERS.indexOf('dato')] = '3. marts';
    cells[CSV_HEADERS.indexOf('pr_uge_maks')] = 'mange';
    lines[2] = cells.join(';');
    const cells4 = lines[4]!.split(';');
    cells4[CSV_HEADERS.indexOf('inden_for_rammen')] = 'måske';
    lines[4] = cells4.join(';');
    const result = parseFollowupCsv(lines.join('\r\n'));
    expect(result.records).toHaveLength(2);
    expect(result.errors).toContain('Linje 3, kolonnen «pr_uge_maks»: "mange" er ikke et tal (brug komma som decimaltegn)');
    expect(result.errors).toContain('Linje 5, kolonnen «inden_for_rammen»: skal være "ja", "nej" eller tom, ikke "måske"');
  });
  it('names the column of a schema error', () => {
    const lines = csv.slice(1).split('\r\n');
    const cells = lines[1]!.split(';');
    cells[CSV_HEADERS.indexOf('dato')] = '03-03-2026';
    lines[1] = cells.join(';');
    expect(parseFollowupCsv(lines.join('\n')).errors).toEqual(['Linje 2, kolonnen «dato»: skal være en dato som 2026-03-01']);
  });
  it('refuses extra columns, so free text cannot come in', () => {
    const lines = csv.slice(1).split('\r\n');
    lines[0] += ';noter';
    lines[1] += ';Borgeren er sur';
    const result = parseFollowupCsv(lines.join('\n'));
    expect(result.records).toEqual([]);
    expect(result.errors[0]).toContain('ukendte kolonner: noter');
  });
  it('combines several exports and drops repeated ids', () => {
    const a = parseFollowupCsv(recordsToCsv(records.slice(0, 3))).records;
    const b = parseFollowupCsv(recordsToCsv(records.slice(1))).records;
    const merged = mergeRecords(a, b);
    expect(merged.records).toHaveLength(4);
    expect(merged.duplicates).toBe(2);
    expect(aggregateFollowup(merged.records).total.count).toBe(4);
  });
  it('the memory store dedupes by id too', async () => {
    const store = createMemoryFollowupStore();
    expect(await store.addMany(records)).toEqual({ added: 4, duplicates: 0 });
    expect(await store.addMany(records.slice(0, 2))).toEqual({ added: 0, duplicates: 2 });
    expect(await store.list({ from: '2026-03-04', to: '2026-03-05' })).toHaveLength(2);
    expect(await store.remove(records[0]!.id)).toBe(true);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});
