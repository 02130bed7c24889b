/**
 * Letters written in different municipal styles (our own short texts, not the evaluation
 * corpus): the engine must read the result and the building blocks whatever the phrasing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter, htmlToText, type ElementId } from '../../../lib/letter/index';

const date = new Date('2025-08-01');
const present = (text: string) => {
  const a = analyzeLetter(text, { date });
  return new Set(Object.entries(a.elements).filter(([, e]) => e.present).map(([id]) => id as ElementId));
};

describe('styles', () => {
  it('passive voice, third person and headings', () => {
    const text = `Vedr. ansøgning om ledsagelse

Der er truffet afgørelse om, at ansøgningen om ledsagelse ikke kan imødekommes.

Begrundelse
Der er ved vurderingen lagt vægt på, at borgeren selv kan færdes i nærområdet. Det fremgår af funktionsvurderingen fra den 4. februar. Borgeren har oplyst, at hun ønsker at komme i svømmehallen.

Lovgrundlag
Lov om social service § 97

Klagevejledning
Afgørelsen kan påklages til Ankestyrelsen. Klagen skal sendes til Aarhus Kommune inden 4 uger, fra afgørelsen er modtaget. Kommunen genvurderer sagen.`;
    const a = analyzeLetter(text, { date });
    expect(a.decisionType).toBe('afslag');
    const p = present(text);
    for (const id of ['retsgrundlag', 'begrundelse', 'hovedhensyn', 'faktiske-oplysninger', 'borgerens-synspunkter', 'klagevejledning', 'klagefrist', 'genvurdering', 'klageinstans'] as const) {
      expect(p.has(id), id).toBe(true);
    }
  });

  it('"Vi bevilger dig …" with scope, purpose and follow-up', () => {
    const text = 'Kære Anna\n\nVi bevilger dig 2 besøg dagligt til personlig pleje. Målet er, at du igen kan klare dit bad selv. Vi ser på hjælpen igen efter 3 måneder.\n\nHjælpen gives efter ældrelovens § 10.';
    const a = analyzeLetter(text, { date });
    expect(a.decisionType).toBe('bevilling');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const id of ['formaal', 'omfang', 'opfoelgning', 'retsgrundlag'] as const) expect(a.elements[id].present, id).toBe(true);
  });

  it('"Kommunen har besluttet, at du ikke kan få …" is a refusal', () => {
    expect(analyzeLetter('Kommunen har besluttet, at du ikke kan få hjælp til rengøring.').decisionType).toBe('afslag');
  });

  it('"Borgeren bevilges 2 timers hjemmehjælp ugentligt" has a scope', () => {
    const a = analyzeLetter('Borgeren bevilges 2 timers hjemmehjælp ugentligt.');
    expect(a.decisionType).toBe('bevilling');
    expect(a.elements.omfang.present).toBe(true);
  });

  it('"Vi har besluttet at stoppe din hjælp" is a change', () => {
    expect(analyzeLetter('Vi har besluttet at stoppe din hjælp til indkøb fra 1. maj.').decisionType).toBe('aendring');
  });

  it('a full grant with no klagevejledning has no error findings', () => {
    const text = 'Din ansøgning om en rampe er imødekommet. Vi har godkendt rampen efter servicelovens § 116. Formålet er, at du kan komme ud med din kørestol. Vi følger op, når rampen er sat op. Din søn hjælper dig med at holde den ryddet.';
    const a = analyzeLetter(text, { date });
    expect(a.decisionType).toBe('bevilling');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a formal "De" letter is flagged, "de" (they) in a du-letter is not', () => {
    const formal = analyzeLetter('Kære fru Jensen\n\nDe bevilges hermed hjælp til rengøring 1 time hver 14. dag. De kan klage inden 4 uger.');
    expect(formal.findings.filter((f) => f.ruleId === 'formel-tiltale').length).toBeGreaterThanOrEqual(2);
    const informal = analyzeLetter('Du får hjælp til rengøring. Dine børn har ringet til os. De får besked om afgørelsen.');
    expect(informal.findings.filter((f) => f.ruleId === 'formel-tiltale')).toEqual([]);
  });

  it('an HTML letter from a rich editor maps findings back to the source', () => {
    const html = '<p>Kære Jens</p><p>Du får <b>afslag</b>. Du kan klage inden <span>8 uger</span>.</p>';
    const { text, map } = htmlToText(html);
    const f = analyzeLetter(text).findings.find((x) => x.ruleId === 'klagefrist-forkert')!;
    expect(html.slice(map[f.start]!, map[f.end - 1]! + 1)).toBe('8 uger');
  });
});
