/**
 * Round 61: ressourcer, formaal and borgerens-synspunkter — "mål" as a body's measurements ("i Karls mål"), a purpose
 * written through a template's bracketed field label ("[formål: at du selv kan …]"), a trial told with "selv" before the
 * past verb ("du selv gik"), a speaker named after the verb with a relative clause on them ("sagde Malte, der går i 8.
 * klasse, at …") and the child named only in the subject line ("Emne: Ny kørestol til Sofie"), held-out sets 42 and 43
 * measured once before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const END = '\n\nMed venlig hilsen\nRikke Dal\nSagsbehandler\n';

describe('formaal: "mål" as measurements', () => {
  const letter = (s: string) => 'Afgørelse om kørestol\n\nKære Hanne\n\nDu får bevilget en ny kørestol efter serviceloven § 112.\n\n' + s + END;
  it('a chair ordered "i Karls mål med nakkestøtte" names no aim', () =>
    expect(present(letter('Vi har bestilt stolen i Karls mål med nakkestøtte og bremser.'), 'formaal')).toBe(false));
  it('"Målet med stolen er, at …" still names one', () =>
    expect(present(letter('Målet med stolen er, at Karl kan sidde oprejst ved spisebordet.'), 'formaal')).toBe(true));
});

describe('ressourcer: a purpose written through a bracketed field label', () => {
  const letter = (s: string) => 'Afgørelse om rollator\n\nKære Erik\n\nDu får bevilget en rollator.\n\n' + s + END;
  it('"Formålet … er [formål: at du selv kan …]" is the aim, not a resource', () =>
    expect(present(letter('Formålet med rollatoren er [formål: at du selv kan gå ned til bageren].'), 'ressourcer')).toBe(false));
  it('a field that reports what the reader can do is still a resource', () =>
    expect(present(letter('Ved besøget viste det sig [observation: at du selv kan rejse dig fra lænestolen].'), 'ressourcer')).toBe(true));
});

describe('ressourcer: "selv" before the past verb of a trial', () => {
  const letter = (s: string) => 'Afgørelse om gangbuk\n\nKære Grete\n\nDu får bevilget en gangbuk.\n\n' + s + END;
  it('"du selv gik fra stuen til køkkenet" is something managed on one\'s own', () =>
    expect(present(letter('Ved afprøvningen så jeg, at du selv gik fra stuen til køkkenet med gangbukken.'), 'ressourcer')).toBe(true));
  it('the same walk done by the therapist with the reader names no resource', () =>
    expect(present(letter('Ved afprøvningen gik terapeuten med dig fra stuen til køkkenet med gangbukken.'), 'ressourcer')).toBe(false));
});

describe('borgerens-synspunkter: a speaker named after the verb with a relative clause', () => {
  const letter = (s: string) =>
    'Afgørelse efter barnets lov § 32\n\nKære Lone\n\nMalte får en kontaktperson 2 timer om ugen.\n\nBegrundelse\n' + s + END;
  it('"sagde Malte, der går i 8. klasse, at han …" is the child\'s own view', () =>
    expect(present(letter('Til mødet sagde Malte, der går i 8. klasse, at han helst vil have hjælp efter skoletid.'), 'borgerens-synspunkter')).toBe(true));
  it('his teacher with the same kind of clause is another speaker', () =>
    expect(present(letter('Til mødet sagde Maltes lærer, der kender ham godt, at han har brug for hjælp efter skoletid.'), 'borgerens-synspunkter')).toBe(false));
});

describe('borgerens-synspunkter: the child named only in the subject line', () => {
  const letter = (subject: string) =>
    `Emne: ${subject}\n\nKære Lise og Per\n\nTak for afprøvningen i sidste uge, hvor Sofie skubbede stolen rundt i hallen og sagde, at den var let at styre.\n\nVi har bestilt stolen, og den kommer om tre uger.` + END;
  it('"Ny kørestol til Sofie" makes Sofie the party, so her words are a view', () =>
    expect(present(letter('Ny kørestol til Sofie'), 'borgerens-synspunkter')).toBe(true));
  it('a subject line that names no one leaves Sofie\'s words unowned', () =>
    expect(present(letter('Ny kørestol'), 'borgerens-synspunkter')).toBe(false));
});
