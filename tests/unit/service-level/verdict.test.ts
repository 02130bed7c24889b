import { describe, expect, it } from 'vitest';
import {
  catalogueEntrySchema,
  judgeFrame,
  parseScope,
  SERVICE_LEVEL_REMINDER,
  type CatalogueEntry,
  type FrameRule,
} from '../../../lib/service-level';

function entry(frame: FrameRule[], extra: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return catalogueEntrySchema.parse({
    id: 'test',
    area: 'aeldre',
    name: 'Testindsats',
    legalBasis: ['Serviceloven § 83'],
    targetGroup: 'Alle',
    purpose: 'At teste',
    frame,
    competence: { insideFrame: ['sagsbehandler'], outsideFrame: ['visitationsudvalg'] },
    ...extra,
  });
}

const cleaning = entry([{ max: 1, unit: 'timer', period: '14 dage' }]);
const support = entry([{ min: 1, max: 5, unit: 'timer', period: 'uge' }], { competence: { insideFrame: ['sagsbehandler'], outsideFrame: ['teamleder'] } });
const monthly = entry([{ max: 2, unit: 'besøg', period: 'måned' }]);
const yearly = entry([{ max: 25, unit: 'gange', period: 'år' }]);
const total = entry([{ max: 10, unit: 'samtaler' }]);

const judge = (e: CatalogueEntry, text: string) => judgeFrame(e, parseScope(text));

describe('judgeFrame: edges of the frame', () => {
  it('exactly at the maximum is inside', () => {
    expect(judge(cleaning, '1 time hver 14. dag').status).toBe('inside');
    expect(judge(cleaning, '30 minutter om ugen').status).toBe('inside');
    expect(judge(cleaning, 'en halv time om ugen').status).toBe('inside');
    expect(judge(cleaning, '2 timer om måneden').status).toBe('inside'); // 2 h / (52/12 weeks) < 30 min
  });
  it('just over the maximum is outside', () => {
    expect(judge(cleaning, '31 minutter om ugen').status).toBe('outside');
    expect(judge(cleaning, '1,1 time hver 14. dag').status).toBe('outside');
    expect(judge(cleaning, '2,2 timer om måneden').status).toBe('outside'); // 2.2 h × 12/52 = 30.46 min/week
  });
  it('the frame on a year compares with 52 weeks (25 a year vs every other week)', () => {
    expect(judge(yearly, '25 gange om året').status).toBe('inside');
    expect(judge(yearly, 'hver anden uge').status).toBe('outside'); // 26 a year
    expect(judge(yearly, '2 gange om måneden').status).toBe('inside'); // 24 a year
  });
  it('months use 52/12 weeks both ways', () => {
    expect(judge(monthly, '2 besøg om måneden').status).toBe('inside');
    expect(judge(monthly, '24 besøg om året').status).toBe('inside');
    expect(judge(monthly, '25 besøg om året').status).toBe('outside');
    expect(judge(monthly, '1 besøg hver 14. dag').status).toBe('outside'); // 26 a year > 24
  });
  it('at the minimum is inside; under it is outside', () => {
    expect(judge(support, '1 time om ugen').status).toBe('inside');
    expect(judge(support, '60 minutter om ugen').status).toBe('inside');
    expect(judge(support, '59 minutter om ugen').status).toBe('outside');
    expect(judge(support, '5 timer om ugen').status).toBe('inside');
    expect(judge(support, '5,5 timer om ugen').status).toBe('outside');
  });
  it('a range is outside when its top exceeds the maximum', () => {
    expect(judge(support, '4-6 timer om ugen').status).toBe('outside');
    expect(judge(support, '2-5 timer om ugen').status).toBe('inside');
  });
  it('"op til" has no lower bound to fall under', () => {
    expect(judge(support, 'op til 3 timer om ugen').status).toBe('inside');
  });
  it('totals compare with total rules only', () => {
    expect(judge(total, 'i alt 10 samtaler').status).toBe('inside');
    expect(judge(total, 'i alt 11 samtaler').status).toBe('outside');
    expect(judge(total, '1 samtale om ugen')).toMatchObject({ status: 'unknown', missing: 'unit' });
  });
});

describe('judgeFrame: explanations and who decides', () => {
  it('names who decides outside the frame and why, in plain Danish', () => {
    const v = judge(cleaning, '2 timer om ugen');
    expect(v.status).toBe('outside');
    expect(v.explanation).toContain('2 timer om ugen er over rammen på højst 1 time hver 14. dag');
    expect(v.decidedBy).toEqual(['visitationsudvalg']);
    expect(v.decidedByText).toContain('visitationsudvalget');
  });
  it('says under the frame with the minimum', () => {
    const v = judge(support, '30 minutter om ugen');
    expect(v.explanation).toContain('under rammen på 1-5 timer om ugen');
    expect(v.decidedByText).toContain('teamlederen');
  });
  it('inside: the caseworker may grant', () => {
    const v = judge(cleaning, 'hver anden uge 1 time');
    expect(v.status).toBe('inside');
    expect(v.decidedBy).toEqual(['sagsbehandler']);
    expect(v.decidedByText).toContain('sagsbehandleren');
  });
});

describe('judgeFrame: cannot tell', () => {
  it.each([
    [undefined, 'scope'],
    ['', 'scope'],
    ['efter behov', 'unspecified'],
    ['noget hjælp', 'unparseable'],
    ['3 hovedretter om ugen', 'unit'],
  ] as const)('%s → %s', (text, missing) => {
    const v = judgeFrame(cleaning, text === undefined ? undefined : parseScope(text));
    expect(v.status).toBe('unknown');
    expect(v.missing).toBe(missing);
    expect(v.decidedBy).toEqual([]);
    expect(v.explanation.length).toBeGreaterThan(20);
  });
  it('an entry without a frame cannot be judged', () => {
    expect(judge(entry([]), '1 time om ugen')).toMatchObject({ status: 'unknown', missing: 'frame' });
  });
  it('minutes and hours compare; visits and hours do not', () => {
    expect(judge(cleaning, '20 minutter om ugen').status).toBe('inside');
    expect(judge(cleaning, '2 besøg om ugen').status).toBe('unknown');
  });
});

describe('judgeFrame: the reminder and warnings', () => {
  it('every verdict carries the individual-assessment reminder', () => {
    for (const text of ['1 time hver 14. dag', '5 timer om ugen', 'efter behov', 'xyz']) {
      const v = judge(cleaning, text);
      expect(v.reminder).toBe(SERVICE_LEVEL_REMINDER);
    }
    expect(SERVICE_LEVEL_REMINDER).toContain('individuel vurdering');
    expect(SERVICE_LEVEL_REMINDER).toContain('§ 60, stk. 3');
  });
  it('warns about the example catalogue and an expired standard', () => {
    const old = entry([{ max: 1, unit: 'timer', period: 'uge' }], { validTo: '2025-12-31' });
    const v = judgeFrame(old, parseScope('1 time om ugen'), { isExample: true, today: new Date(2026, 0, 2) });
    expect(v.warnings.join(' ')).toContain('eksempelkatalog');
    expect(v.warnings.join(' ')).toContain('31. december 2025');
    expect(judgeFrame(old, parseScope('1 time om ugen'), { today: new Date(2025, 11, 31) }).warnings).toEqual([]);
  });
});
