import { describe, expect, it } from 'vitest';
import { analyzeLetter, decisionTypeFromScreen } from '../../../lib/letter/index';

const type = (text: string, afgoerelsestype?: string) => analyzeLetter(text, { context: { afgoerelsestype } }).decisionType;

describe('decision type from the text', () => {
  it.each([
    ['Du får hjælp til rengøring hver anden uge.', 'bevilling'],
    ['Vi bevilger dig 2 besøg dagligt.', 'bevilling'],
    ['Din ansøgning om en rollator er imødekommet.', 'bevilling'],
    ['Kommunen har besluttet at give dig støtte.', 'bevilling'],
    ['Der er truffet afgørelse om, at borgeren tildeles madservice.', 'bevilling'],
    ['Du får afslag på hjælp til rengøring.', 'afslag'],
    ['Vi har desværre ikke mulighed for at bevilge dig en handicapbil.', 'afslag'],
    ['Du får ikke hjælp til indkøb.', 'afslag'],
    ['Din ansøgning er ikke imødekommet.', 'afslag'],
    ['Kommunen kan ikke give dig tilskud til briller.', 'afslag'],
    ['Du får hjælp til indkøb, men ikke til tøjvask.', 'delvis'],
    ['Vi kan ikke give dig rengøring hver uge, men du får rengøring hver anden uge.', 'delvis'],
    ['Vi bevilger delvist din ansøgning.', 'delvis'],
    ['Hjælpen ophører den 1. juni.', 'aendring'],
    ['Din hjælp til rengøring nedsættes fra 2 timer til 1 time om ugen.', 'aendring'],
    ['Vi har talt med dig om din situation.', 'ukendt'],
    // Refusals that mention an alternative or a negated grant word stay refusals.
    ['Afslag på ansøgning om elcykel\n\nKære Hans\n\nDu får afslag på en elcykel. Du kan i stedet søge om et hjælpemiddel efter servicelovens § 112.', 'afslag'],
    ['Din ansøgning om støtte kan ikke imødekommes. Vi kan tilbyde dig et forløb i vores aktivitetscenter.', 'afslag'],
    ['Du får afslag. Du kan eventuelt få hjælp fra en frivillig besøgsven.', 'afslag'],
    // Grants in plural, of a measure, and with an end date.
    ['Kære Anna og Peter\n\nI får familiebehandling i 6 måneder efter barnets lov § 32.', 'bevilling'],
    ['Vi har besluttet, at Emil skal anbringes uden for hjemmet. I har givet samtykke til anbringelsen.', 'bevilling'],
    ['Du får en rollator. Bevillingen ophører den 31. december 2025.', 'bevilling'],
    ['Du får hjælp til rengøring. Hvis dit behov ændres, skal du kontakte os.', 'bevilling'],
    // Changes of existing help.
    ['Vi har besluttet at ændre dit tilskud fra 1.400 til 900 kr. om måneden.', 'aendring'],
    ['Fremover går vi fra 2 til 1 session om ugen.', 'aendring'],
    ['Ordningen med ledsagelse stopper den 1. maj.', 'aendring'],
    ['Du får fortsat hjælp til rengøring, men hjælpen nedsættes til 1 time hver 14. dag.', 'aendring'],
    // A grant to a named child or relative, a refusal received, inverted refusals, and a
    // contact person (help, not a "kontakt os").
    ['Kære Lise og Per\n\nSofie får aflastning 2 døgn om måneden. I får ikke aflastning hver weekend.', 'delvis'],
    ['Kære Kim\n\nJeres søn får en kontaktperson 4 timer om ugen.', 'bevilling'],
    ['Du bor i en lejlighed med elevator, og du får derfor afslag på trappelift.', 'afslag'],
    ['Du får 10 timer om måneden. Resten af timerne kan du ikke få.', 'delvis'],
    ['Den elektriske seng kan vi desværre ikke bevilge.', 'afslag'],
    ['Du får en fast kontaktperson, som du mødes med to gange om ugen.', 'bevilling'],
    ['Derfor får du ikke tilskud til briller.', 'afslag'],
    // Plain-language grants ("Du kan få …" when nothing else states a result), entitlement,
    // and a change of time or form.
    ['Kære Hans\n\nDu kan få en rollator. Vi bestiller den i dag.', 'bevilling'],
    ['Du kan få aktindsigt i din sag.', 'ukendt'],
    ['Du er berettiget til tilskud til briller.', 'bevilling'],
    ['Du er ikke berettiget til tilskud til briller.', 'afslag'],
    ['Din hjælp til bad flyttes til om aftenen fra 1. maj.', 'aendring'],
    // Dates and clock times are not reductions.
    ['Du får aflastning fra 1. april til 30. juni.', 'bevilling'],
    ['Du får hjælp fra kl. 10 til 8 timer senere.', 'bevilling'],
  ])('%s → %s', (text, expected) => {
    expect(type(text)).toBe(expected);
  });

  it('does not take complaint guidance for the result', () => {
    expect(type('Vi har talt med dig.\n\nSådan klager du\nDu kan få hjælp til at klage hos os.')).toBe('ukendt');
  });

  it('reads the result from the title heading too', () => {
    expect(type('Afgørelse om ophør af hjemmehjælp\n\nKære Jens\n\nVi har set på din sag igen.')).toBe('aendring');
  });
});

describe('decision type from the case screen', () => {
  it.each([
    ['Delvis bevilling', 'delvis'],
    ['Afslag', 'afslag'],
    ['Ophør', 'aendring'],
    ['Nedsættelse af hjælp', 'aendring'],
    ['Bevilling', 'bevilling'],
    ['Imødekommet', 'bevilling'],
  ])('%s → %s', (screen, expected) => {
    expect(decisionTypeFromScreen(screen)).toBe(expected);
  });

  it('overrides the text when given, and leaves it when not understood', () => {
    expect(type('Du får hjælp til rengøring hver uge.', 'Afslag')).toBe('afslag');
    expect(type('Du får hjælp til rengøring hver uge.', 'Noget andet')).toBe('bevilling');
  });
});

describe('decision type in phrasing from real municipal letters', () => {
  it.each([
    // The law quoted or restated grants nothing; the refusal in the subject line stands.
    ['Afslag på tilskud til kørsel\n\nDu har søgt om tilskud til kørsel. Efter bestemmelsen kan der ydes tilskud til personer med varigt nedsat funktionsevne. Vi vurderer, at du ikke er i målgruppen.', 'afslag'],
    ['Afslag på botilbud\n\nDet følger af servicelovens § 107, at kommunen kan tilbyde ophold til personer med særlige sociale problemer.', 'afslag'],
    ['Vi giver dig afslag på støtte.\n\nServicelovens § 85 har følgende ordlyd: "Kommunalbestyrelsen skal tilbyde hjælp, omsorg eller støtte til personer, der har behov for det."', 'afslag'],
    // Once the result is stated, the case history under its own heading decides nothing.
    ['Afgørelse\nAnmodningen om hjemgivelse afvises.\n\nSagens forløb\nMor har gået i behandling, og behandlingen er forlænget til maj.', 'afslag'],
    ['Afgørelse\nDu får afslag på aflastning.\n\nBaggrund\nDin bostøtte blev bevilget i 2023.', 'afslag'],
    // A grant compared with the application is partial, without the word "delvis".
    ['Kære Maja\n\nDu har søgt om ledsagelse 15 timer om måneden. Vi har besluttet, at du får ledsagelse 10 timer om måneden. Det er en del af det, du søgte om.', 'delvis'],
    ['Du får hjælp til rengøring hver 3. uge. Det er mindre end du har søgt om.', 'delvis'],
    // A change of place, provider or time in plain words.
    ['Vedrørende\nEmma, 9 år – ændring af aflastningssted\n\nAfgørelse\nEmmas aflastning flyttes fra plejefamilien til en institution fra 1. juni.', 'aendring'],
    ['Hej Ib\n\ntidspunktet for dit bad bliver lavet om fra mandag. du får stadig bad 1 gang om ugen men vi kommer kl 11', 'aendring'],
  ])('%s → %s', (text, expected) => {
    expect(type(text)).toBe(expected);
  });

  it.each([
    // A change asked for or denied is no change.
    ['Vi har modtaget din ansøgning om ændring af din hjælp. Du får afslag.', 'afslag'],
    ['Der er ingen ændring af dit behov, og du får fortsat hjælp til bad 2 gange om ugen.', 'bevilling'],
    // A grant is still a grant when the letter just says which part of the law it follows.
    ['Efter servicelovens § 83 bevilger vi dig hjælp til rengøring hver 14. dag.', 'bevilling'],
    // Comparison words without the application are no partial grant on their own.
    ['Du får madservice. Maden er en del af det kommunale tilbud.', 'bevilling'],
  ])('%s → %s (guarded)', (text, expected) => {
    expect(type(text)).toBe(expected);
  });
});

describe('decision type from the subject line and from amounts', () => {
  it.each([
    // The grant only in the subject line.
    ['Vedr.: Bevilling af badebænk\n\nKære Ole\n\nVi har behandlet din ansøgning om en badebænk.', 'bevilling'],
    ['Bevilling til ledsagelse\n\nKære Ole\n\nVi har set på din sag.', 'bevilling'],
    // Less than the application, read from the amounts in the same unit.
    ['Kære Ole\n\nDu har søgt om 3 timers ledsagelse om ugen. Du får 2 timer om ugen.', 'delvis'],
    ['Kære Ole\n\nDu har søgt om rengøring hver uge. Vi bevilger rengøring hver 2. uge.', 'delvis'],
    ['Kære Ole\n\nI har søgt om aflastning 2 weekender om måneden. Vi bevilger aflastning 1 weekend om måneden.', 'delvis'],
  ])('%s → %s', (text, expected) => {
    expect(type(text)).toBe(expected);
  });

  it.each([
    // The same amount, a larger one, another unit, and "bevilling" in the body are no change of type.
    ['Kære Ole\n\nDu har søgt om hjælp 2 gange om ugen. Du får hjælp 2 gange om ugen.', 'bevilling'],
    ['Kære Ole\n\nDu har søgt om ledsagelse 5 timer om måneden. Du får 8 timer om måneden.', 'bevilling'],
    ['Kære Ole\n\nDu har søgt om 3 timers ledsagelse om ugen. Du får ledsagelse 4 gange om måneden.', 'bevilling'],
    ['Kære Ole\n\nVi har talt med dig om din bevilling af hjælp.', 'ukendt'],
  ])('%s → %s (guarded)', (text, expected) => {
    expect(type(text)).toBe(expected);
  });
});
