/**
 * Round 46: a physical task "kan ikke få rollatoren over dørtrinnet" is no refusal and a change named by its effect date
 * ("Ændringen gælder fra …") is a change (decisionType); a review named as the source ("truffet på baggrund af
 * revurdering") and a need said away with only the law after it are no reason (begrundelse); a call "så I kan aftale en
 * første dag" is no purpose (formaal); a relative who "passer sine egne ting" is no network (ressourcer); the review
 * the decision rests on and a "Forventet varighed:" label over an unfilled field are no follow-up (opfoelgning). Held-out
 * sets 22 and 23 measured once before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const run = (t: string) => analyzeLetter(t, opts);
const el = (t: string) => run(t).elements;
const GRANT = 'Kære Anna\n\nDu får en ny bruseniche som boligindretning efter servicelovens § 116.\n\n';
const CHANGE = 'Kære Erik\n\nVi har besluttet at sætte din hjælp til rengøring ned til hver 3. uge efter servicelovens § 83.\n\n';
const REFUSAL = 'Kære Mads\n\nDu har søgt om en støttekontaktperson efter servicelovens § 85.\n\n';
const CARE = 'Kære Ruth\n\nDu får afløsning i hjemmet hver torsdag fra kl. 12 til 16 efter servicelovens § 84.\n\n';
const CHILD = 'Kære Maria og Jens\n\nI får familiebehandling efter barnets lov § 32 én gang om ugen.\n\n';

describe('decisionType: moving a thing is no refusal; a change named by its effect date', () => {
  it('"kan ikke få rollatoren ind over kanten" in a grant stays a grant', () =>
    expect(run(`${GRANT}Terapeuten så, at du ikke kan få rollatoren ind over kanten til badet uden at løfte den.`).decisionType).toBe('bevilling'));
  it('"kan ikke få dækket" a second item still refuses part', () =>
    expect(run(`${GRANT}Du kan ikke få dækket et nyt toilet, som du også har søgt om.`).decisionType).not.toBe('bevilling'));
  it('"kan ikke få tilskuddet ud over halvdelen" still refuses part', () =>
    expect(run(`${GRANT}Du kan ikke få tilskuddet ud over halvdelen af prisen.`).decisionType).not.toBe('bevilling'));
  it('"Ændringen gælder fra 1. april" after a new way of paying is a change', () =>
    expect(run('Kære Ole\n\nDet er besluttet, at dit tilskud til hjælpere fremover beregnes på en ny måde. Ændringen gælder fra 1. april 2026.\n\nMed venlig hilsen').decisionType).toBe('aendring'));
  it('a law change in force in a grant is no change of the help', () =>
    expect(run(`${GRANT}Lovændringen træder i kraft 1. juli, men den har ingen betydning for dig.`).decisionType).toBe('bevilling'));
});

describe('begrundelse: a review as the source, a need said away', () => {
  it('"truffet på baggrund af revisitation" alone is no reason', () =>
    expect(el(`${CHANGE}Afgørelsen er truffet på baggrund af revisitation.`).begrundelse.present).toBe(false));
  it('what the review found, tied to the result, is a reason', () =>
    expect(el(`${CHANGE}Ved revisitationen så vi, at du nu selv tørrer støv af og tømmer skraldespanden, og derfor nedsætter vi hjælpen.`).begrundelse.present).toBe(true));
  it('"det er vurderet, at du ikke har behov for støtte efter serviceloven" is the conclusion again', () =>
    expect(el(`${REFUSAL}Det er vurderet, at du ikke har behov for støttekontaktperson efter serviceloven. Du får derfor afslag.`).begrundelse.present).toBe(false));
  it('the need said away with the facts behind it is a reason', () =>
    expect(el(`${REFUSAL}Du har ikke behov for en støttekontaktperson, fordi du selv holder dine aftaler og har en fast hverdag på værkstedet.`).begrundelse.present).toBe(true));
});

describe('formaal: a call to set up the first day', () => {
  it('"ringer til dig, så I kan aftale en første gang" is no purpose', () =>
    expect(el(`${REFUSAL}Din nye kontakt ringer til dig på mandag, så I kan aftale en første gang, hvor du kan kigge forbi.`).formaal.present).toBe(false));
  it('what the help is to lead to still counts', () =>
    expect(el(`${CARE}Afløsningen skal give dig tid, så du kan komme til dit kor og se dine venner.`).formaal.present).toBe(true));
});

describe('ressourcer: a relative\'s own affairs', () => {
  it('"din mand kan holde fri og passe sine egne ting" is no help from him', () =>
    expect(el(`${CARE}Formålet er, at din mand kan holde fri som pårørende og passe sine egne ting.`).ressourcer.present).toBe(false));
  it('a husband who looks after her is network', () =>
    expect(el(`${CARE}Din mand passer dig resten af ugen og laver maden.`).ressourcer.present).toBe(true));
});

describe('opfoelgning: the review the decision rests on, an unfilled duration field', () => {
  it('"truffet på baggrund af revisitation" is no follow-up', () =>
    expect(el(`${CHANGE}Afgørelsen er truffet på baggrund af revisitation.`).opfoelgning.present).toBe(false));
  it('a new revisitation announced is one', () =>
    expect(el(`${CHANGE}Vi ser på hjælpen igen ved en ny revisitation i september 2026.`).opfoelgning.present).toBe(true));
  it('"Forventet varighed:" over "forventes at vare [ANGIV VARIGHED]" is empty', () =>
    expect(el(`${CHILD}Forventet varighed:\nForløbet forventes at vare [ANGIV VARIGHED].\n\nMed venlig hilsen`).opfoelgning.present).toBe(false));
  it('the same label with a time filled in is a follow-up', () =>
    expect(el(`${CHILD}Forventet varighed:\nForløbet forventes at vare 6 måneder.\n\nMed venlig hilsen`).opfoelgning.present).toBe(true));
});
