import { describe, expect, it } from 'vitest';
import { findPossibleNames } from '../../../lib/logbook/redaction';
import { suggestForContext } from '../../../lib/logbook/suggest';
import { DEFAULT_LOGBOOK_TAGS, effectiveLogbookSettings, logbookSettingsSchema } from '../../../lib/logbook/settings-schema';

describe('possible-name warning', () => {
  it.each([
    ['Talte med Jens Hansen i dag', ['Jens Hansen']],
    ['Spurgte Anne Marie Sørensen om det.', ['Anne Marie Sørensen']],
    ['Jens Hansen ringede', ['Jens Hansen']],
  ])('flags %s', (text, names) => expect(findPossibleNames(text)).toEqual(names));

  it.each([
    'Ankestyrelsen Siger noget andet',
    'Hvordan skriver jeg begrundelsen? Det er svært.',
    'Jeg talte med borgeren om Barnets Lov',
    'Mødet i Marts var godt',
    'personlig pleje efter Serviceloven',
  ])('stays silent on %s', (text) => expect(findPossibleNames(text)).toEqual([]));
});

describe('settings', () => {
  it('gives the default tag list as data when the pack says nothing', () => {
    const parsed = logbookSettingsSchema.parse({});
    expect(parsed.tags).toEqual([...DEFAULT_LOGBOOK_TAGS]);
    expect(parsed.retentionMonths).toBe(12);
    expect(DEFAULT_LOGBOOK_TAGS).toEqual(expect.arrayContaining(['helhedsvurdering', 'funktions- og ressourcevurdering', 'afgørelse', 'begrundelse', 'formål', 'borgerinddragelse', 'klagevejledning', 'serviceniveau']));
    expect(effectiveLogbookSettings({ tags: [], retentionMonths: 6 })).toMatchObject({ tags: [...DEFAULT_LOGBOOK_TAGS], retentionMonths: 6, warnOnNames: true });
  });
  it('rejects a bad retention with a Danish message', () => {
    const r = logbookSettingsSchema.safeParse({ retentionMonths: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('mindst 1 måned');
  });
});

describe('context suggestions', () => {
  it('suggests only tags from the available list', () => {
    const s = suggestForContext({ screen: 'funktionsvurdering' }, ['formål']);
    expect(s.tags).toEqual([]);
    const t = suggestForContext({ screen: 'Funktionsvurdering' }, DEFAULT_LOGBOOK_TAGS);
    expect(t.tags).toEqual(['funktions- og ressourcevurdering', 'borgerens ressourcer']);
  });
  it('keeps only area and indsats as context', () => {
    const s = suggestForContext({ area: 'boern', indsats: '  Aflastning ', screen: 'x' } as never, []);
    expect(s.context).toEqual({ area: 'boern', indsats: 'Aflastning' });
    expect(s.label).toBe('Børn og unge · Aflastning');
  });
});
