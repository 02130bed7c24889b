/**
 * Round 36: ressourcer, borgerens-synspunkter and vejledning-andre-ydelser, batches ct/cu/cv measured once
 * unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const V = 'vejledning-andre-ydelser' as const;
const R = 'ressourcer' as const;
const S = 'borgerens-synspunkter' as const;

describe('vejledning-andre-ydelser: other help in new wordings', () => {
  it('a team that welcomes newcomers guides; one the citizen already goes to does not', () => {
    expect(present('Din genoptræning slutter 1. marts. Seniorholdet i Nordby Hallen tager gerne nye med om onsdagen.', V)).toBe(true);
    expect(present('Din genoptræning slutter 1. marts. Du går på seniorholdet om onsdagen i Nordby Hallen.', V)).toBe(false);
  });
  it('a talk to book with a youth guidance counsellor guides; a fact about one does not', () => {
    expect(present('Kontaktpersonen stopper 1. august. Vil Sofie tale om valg af skole, kan hun booke en tid hos sin UU-vejleder.', V)).toBe(true);
    expect(present('Kontaktpersonen stopper 1. august. Sofie har haft et møde med sin UU-vejleder i maj.', V)).toBe(false);
  });
  it('a foundation with an adviser guides; a foundation named as a fact does not', () => {
    expect(present('Du får 10 timers BPA om ugen. Sclerosefonden har en rådgiver, du kan ringe til om hjælp i hjemmet.', V)).toBe(true);
    expect(present('Du får 10 timers BPA om ugen. Du fik i fjor et legat fra Sclerosefonden.', V)).toBe(false);
  });
  it('turning to another office instead, in a refusal, guides; applying again does not', () => {
    expect(present('Du får afslag på en ældrebolig. Du kan i stedet rette henvendelse til boligselskabet om en almindelig lejlighed i stueetagen.', V)).toBe(true);
    expect(present('Du får afslag på en ældrebolig. Du kan søge igen, hvis din situation ændrer sig.', V)).toBe(false);
  });
  it('asking one’s own worker about another help guides; bringing that worker along does not', () => {
    expect(present('Din plads i værkstedet stopper 1. juni. Får du brug for støtte i dit nye arbejde, kan du spørge din rådgiver i jobcentret om en mentor.', V)).toBe(true);
    expect(present('Din plads i værkstedet stopper 1. juni. Du er velkommen til at tage din rådgiver fra jobcentret med til mødet.', V)).toBe(false);
  });
  it('in a consideration, what the citizen can still do within the help is no guidance', () => {
    expect(present('Din støtte nedsættes til 3 timer om ugen. Vi har lagt vægt på, at du stadig kan kontakte bostøtten, hvis der sker noget uventet.', V)).toBe(false);
    expect(present('Din støtte nedsættes til 3 timer om ugen. Du kan også kontakte Headspace, hvis du har brug for at tale med nogen.', V)).toBe(true);
  });
  it('in a full grant of care, another aid to borrow guides; the aid granted on loan does not', () => {
    expect(present('Du får hjælp til bad to gange om ugen. Terapeuten foreslår en toiletforhøjer; det er et hjælpemiddel, som du kan låne i hjælpemiddeldepotet.', V)).toBe(true);
    expect(present('Du får en rollator. Rollatoren er et hjælpemiddel, som du kan låne, så længe du har brug for den.', V)).toBe(false);
  });
  it('help given instead under another provision guides; the smaller grant of the same help does not', () => {
    expect(present('Du får bevilget en trappelift efter servicelovens § 116. Du får afslag på en elevator. I stedet får du udlånt en gangstol efter servicelovens § 112.', V)).toBe(true);
    expect(present('Du får bevilget en kørestol efter servicelovens § 112. Du får afslag på den elektriske model. I stedet får du en manuel kørestol efter servicelovens § 112.', V)).toBe(false);
  });
});

describe('ressourcer: abilities in new wordings', () => {
  it('"så" with the verb first is "and then", not a purpose', () => {
    expect(present('Dit besøg flyttes til kl. 20. Hjælperen tager dine strømper af, og så klarer du selv at lægge dig lidt senere.', R)).toBe(true);
    expect(present('Dit besøg flyttes til kl. 20. Hjælperen kommer om aftenen, så du selv kan gå i seng.', R)).toBe(false);
  });
  it('walking with one’s aid as the limit is no resource', () => {
    expect(present('Du får afslag på en el-scooter. Ved besøget så vi, at du går med rollator og må hvile efter få skridt.', R)).toBe(false);
    expect(present('Du får afslag på en el-scooter. Din far går stadig omkring 250 meter med sin rollator, før han skal hvile sig.', R)).toBe(true);
  });
  it('a distance with a limit word does not count', () => {
    expect(present('Du får afslag på en el-scooter. Din far går kun 20 meter med sin rollator, før han skal hvile sig.', R)).toBe(false);
  });
  it('a goal on its label line is no resource', () => {
    expect(present('Du får tilskud til en elcykel.\nFormål: At du selv kan cykle til arbejde.', R)).toBe(false);
  });
  it('more energy in the family, nights slept through and things going well count', () => {
    expect(present('Aflastningen nedsættes. Drengen sover nu igennem om natten, og familien har mere overskud.', R)).toBe(true);
    expect(present('Aflastningen nedsættes. Familien har brug for mere overskud i hverdagen.', R)).toBe(false);
    expect(present('Pladsen stopper. Du har været i praktik i butikken, og det er gået rigtig godt.', R)).toBe(true);
    expect(present('Pladsen stopper. Du har været i praktik i butikken, men det er ikke gået godt.', R)).toBe(false);
  });
  it('a child who already does his own care counts; "selv er træt" does not', () => {
    expect(present('I får dækket merudgifter. Skolen fortæller, at Emil allerede selv holder styr på sine målinger.', R)).toBe(true);
    expect(present('Du får afslag på aflastning. Du har fortalt, at du selv er meget træt om aftenen.', R)).toBe(false);
  });
  it('good contact with an older sister counts; no contact does not', () => {
    expect(present('Du får bostøtte 3 timer om ugen. Du har en god kontakt med din storebror, som du ser hver weekend.', R)).toBe(true);
    expect(present('Du får bostøtte 3 timer om ugen. Du har ingen kontakt med din storebror.', R)).toBe(false);
  });
});

describe('borgerens-synspunkter: reported speech in new forms', () => {
  it('a date without "den" before the colon', () => {
    expect(present('Vi har besluttet, at kontaktpersonen hos Ida stopper. Ida sagde til os på mødet 3. maj: »Jeg kan godt selv nu.«', S, { context: { sagsomraade: 'boern' } })).toBe(true);
    expect(present('Vi har besluttet, at kontaktpersonen hos Ida stopper. Lægen sagde til os på mødet 3. maj: »Hun kan godt selv nu.«', S, { context: { sagsomraade: 'boern' } })).toBe(false);
  });
  it('a date with dashes between the party and the verb', () => {
    expect(present('Du får tilskud til en rollator. Du har ved besøget den 04-03-2024 oplyst, at du ikke kan gå langt.', S)).toBe(true);
    expect(present('Du får tilskud til en rollator. Lægen har ved besøget den 04-03-2024 oplyst, at du ikke kan gå langt.', S)).toBe(false);
  });
  it('in a letter to a relative about the citizen, "du" is the relative', () => {
    const head = 'Til Hans Berg\nVedr. din far, Poul Berg – badebænk\n\nKære Hans\n\nDin far får ikke en badebænk. ';
    expect(present(`${head}Du har skrevet til os, at din far er utryg i badet.`, S)).toBe(false);
    expect(present('Til Poul Berg\n\nKære Poul\n\nDu får ikke en badebænk. Du har skrevet til os, at du er utryg i badet.', S)).toBe(true);
  });
});
