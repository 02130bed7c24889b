import { describe, expect, it } from 'vitest';
import { describeScope, findScopesInText, parseScope, type ParsedScope } from '../../../lib/service-level';

/** [text, kind, unit, perWeek min, perWeek max] — perWeek in the base unit (minutes for time). */
type RateCase = [string, string, number, number];

const W = 52 / 12; // weeks per month

// Rates: text → base unit and per-week amount (min, max).
const RATES: RateCase[] = [
  ['1 time hver 14. dag', 'minutter', 30, 30],
  ['2 gange om ugen', 'gange', 2, 2],
  ['hver anden uge', 'gange', 0.5, 0.5],
  ['25 gange om året', 'gange', 25 / 52, 25 / 52],
  ['2 besøg dagligt', 'besøg', 14, 14],
  ['30 minutter 3 gange ugentligt', 'minutter', 90, 90],
  ['1 weekend om måneden', 'weekender', 1 / W, 1 / W],
  ['7 hovedretter om ugen', 'hovedretter', 7, 7],
  ['en time om ugen', 'minutter', 60, 60],
  ['et besøg om dagen', 'besøg', 7, 7],
  ['to timer om ugen', 'minutter', 120, 120],
  ['tre besøg dagligt', 'besøg', 21, 21],
  ['fire timer om måneden', 'minutter', 240 / W, 240 / W],
  ['fem gange om ugen', 'gange', 5, 5],
  ['seks hovedretter om ugen', 'hovedretter', 6, 6],
  ['halvanden time om ugen', 'minutter', 90, 90],
  ['en halv time dagligt', 'minutter', 210, 210],
  ['1,5 time om ugen', 'minutter', 90, 90],
  ['1½ time om ugen', 'minutter', 90, 90],
  ['2-3 timer om ugen', 'minutter', 120, 180],
  ['2 – 3 timer om ugen', 'minutter', 120, 180],
  ['mellem 2 og 4 besøg om ugen', 'besøg', 2, 4],
  ['2 til 3 samtaler om måneden', 'samtaler', 2 / W, 3 / W],
  ['3 gange dagligt', 'gange', 21, 21],
  ['2 gange ugentligt', 'gange', 2, 2],
  ['1 gang månedligt', 'gange', 1 / W, 1 / W],
  ['4 gange årligt', 'gange', 4 / 52, 4 / 52],
  ['hver dag', 'gange', 7, 7],
  ['hver uge', 'gange', 1, 1],
  ['hver 3. uge', 'gange', 1 / 3, 1 / 3],
  ['hver fjortende dag', 'gange', 0.5, 0.5],
  ['hvert år', 'gange', 1 / 52, 1 / 52],
  ['1 time hver fjortende dag', 'minutter', 30, 30],
  ['1 time hver 14 dag', 'minutter', 30, 30],
  ['1 time pr. 14. dag', 'minutter', 30, 30],
  ['1 time pr. uge', 'minutter', 60, 60],
  ['10 timer/uge', 'minutter', 600, 600],
  ['3 t. om ugen', 'minutter', 180, 180],
  ['45 min. dagligt', 'minutter', 315, 315],
  ['et kvarter dagligt', 'minutter', 105, 105],
  ['3 gange ugentligt à 30 minutter', 'minutter', 90, 90],
  ['2 x 30 min. om ugen', 'minutter', 60, 60],
  ['2 timers praktisk hjælp om ugen', 'minutter', 120, 120],
  ['2 daglige besøg', 'besøg', 14, 14],
  ['1 ugentlig samtale', 'samtaler', 1, 1],
  ['4 døgn om måneden', 'døgn', 4 / W, 4 / W],
  ['hver anden weekend', 'weekender', 0.5, 0.5],
  ['2 gange på 14 dage', 'gange', 1, 1],
  ['ugentligt 2 timer', 'minutter', 120, 120],
  ['12 gange om året', 'gange', 12 / 52, 12 / 52],
  ['2 timer hver uge', 'minutter', 120, 120],
  ['Rengøring: 1 time hver 14. dag', 'minutter', 30, 30],
  ['  2 besøg   dagligt  ', 'besøg', 14, 14],
  ['2 BESØG DAGLIGT', 'besøg', 14, 14],
  ['1 time hver 14. dag.', 'minutter', 30, 30],
  ['hvert andet år', 'gange', 1 / 104, 1 / 104],
  ['1 gang i kvartalet', 'gange', 1 / (3 * W), 1 / (3 * W)],
  ['ca. 2 timer om ugen', 'minutter', 120, 120],
  ['op til 3 timer om ugen', 'minutter', 0, 180],
  ['højst 2 besøg om dagen', 'besøg', 0, 14],
];

describe('parseScope: rates', () => {
  it.each(RATES)('%s', (text, base, min, max) => {
    const s = parseScope(text);
    expect(s.kind).toBe('rate');
    if (s.kind !== 'rate') return;
    expect(s.baseUnit).toBe(base);
    expect(s.perWeek.min).toBeCloseTo(min, 9);
    expect(s.perWeek.max).toBeCloseTo(max, 9);
    expect(s.perMonth.max).toBeCloseTo(max * W, 9);
  });
});

describe('parseScope: structure is kept', () => {
  it('keeps quantity, unit, times and period', () => {
    const s = parseScope('30 minutter 3 gange ugentligt');
    expect(s).toMatchObject({ kind: 'rate', quantity: { min: 30, max: 30 }, unit: 'minutter', times: { min: 3, max: 3 }, period: { count: 1, unit: 'uge' } });
  });
  it('"hver 14. dag" is a period of 14 days with one occasion', () => {
    const s = parseScope('1 time hver 14. dag');
    expect(s).toMatchObject({ kind: 'rate', unit: 'timer', period: { count: 14, unit: 'dag' } });
    if (s.kind === 'rate') expect(s.measures.gange?.max).toBeCloseTo(0.5);
  });
  it('"op til" marks the range as an upper bound and "ca." as approximate', () => {
    expect(parseScope('op til 3 timer om ugen')).toMatchObject({ quantity: { min: 0, max: 3, upTo: true } });
    expect(parseScope('ca. 2 timer om ugen')).toMatchObject({ quantity: { min: 2, max: 2, approximate: true } });
  });
  it('keeps the original text', () => {
    expect(parseScope('To timer om ugen').text).toBe('To timer om ugen');
  });
  it('describes scopes in canonical Danish', () => {
    expect(describeScope(parseScope('to timer om ugen'))).toBe('2 timer om ugen');
    expect(describeScope(parseScope('1 time hver fjortende dag'))).toBe('1 time hver 14. dag');
    expect(describeScope(parseScope('3 gange ugentligt à 30 minutter'))).toBe('30 minutter 3 gange om ugen');
  });
});

describe('parseScope: totals', () => {
  it.each([
    ['i alt 10 samtaler', 'samtaler', 10],
    ['I alt 8 besøg', 'besøg', 8],
    ['10 samtaler', 'samtaler', 10],
    ['2 timer', 'minutter', 120],
    ['i alt 120 døgn', 'døgn', 120],
  ])('%s', (text, base, total) => {
    const s = parseScope(text);
    expect(s.kind).toBe('total');
    if (s.kind === 'total') {
      expect(s.baseUnit).toBe(base);
      expect(s.total.max).toBe(total);
    }
  });
});

describe('parseScope: unspecified and unparseable', () => {
  it.each(['efter behov', 'Efter behov', 'ved behov', 'efter aftale', 'individuelt tilrettelagt', 'løbende'])('%s is unspecified', (text) => {
    expect(parseScope(text).kind).toBe('unspecified');
  });
  it('empty text is unspecified', () => {
    expect(parseScope('').kind).toBe('unspecified');
    expect(parseScope('   ').kind).toBe('unspecified');
  });
  it.each([
    'blabla',
    'meget hjælp',
    'om ugen',
    'hver',
    '2 om ugen',
    'timer om ugen',
    '2 timer om ugen eller efter behov',
    'mindst 2 timer om ugen',
    '2 besøg dagligt og 1 time hver 14. dag',
    '2 timer om ugen, evt. 3',
    'hver 0. uge',
    '3-2 timer om ugen extra',
  ])('%s is unparseable and never guessed', (text) => {
    const s: ParsedScope = parseScope(text);
    expect(s.kind).toBe('unparseable');
    expect(s.text).toBe(text);
    if (s.kind === 'unparseable') expect(s.reason.length).toBeGreaterThan(10);
  });
});

describe('findScopesInText', () => {
  const letter =
    'Du får bevilget hjælp til rengøring 1 time hver 14. dag. Du klarer dig hver dag selv. Vi har ringet til dig 2 gange. ' +
    'Desuden får du 2 besøg dagligt af hjemmeplejen, og i alt 10 samtaler. Du kan klage inden 4 uger.';
  const found = findScopesInText(letter);
  it('finds the scope statements with exact offsets', () => {
    expect(found.map((f) => letter.slice(f.start, f.end))).toEqual(['1 time hver 14. dag', '2 besøg dagligt', 'i alt 10 samtaler']);
  });
  it('ignores prose like "hver dag" and bare counts like "2 gange"', () => {
    expect(found.some((f) => f.scope.text.includes('hver dag'))).toBe(false);
    expect(found.some((f) => f.scope.text === '2 gange')).toBe(false);
  });
  it('finds "hver anden uge" in prose', () => {
    const text = 'Der bliver gjort rent hver anden uge.';
    const f = findScopesInText(text);
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('hver anden uge');
  });
  it('returns nothing for a letter without scopes', () => {
    expect(findScopesInText('Vi har modtaget din ansøgning den 3. november 2026.')).toEqual([]);
  });
});
