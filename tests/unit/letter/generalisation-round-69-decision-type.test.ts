/**
 * Round 69: decisionType on letters written to blur the type — a yes with its limit after "dog", a refusal of more while the
 * help goes on ("Der sker ingen forhøjelse"), a need found already met, a committee that "kan ikke tilslutte sig" the proposal,
 * "finder ikke, at der … er behov for", help stepped down ("trappes ned"), a refusal denied by name ("er ikke et afslag"),
 * a fixture replaced in building work ("badekarret erstattes af en bruseniche"), a weekday swapped "fra næste uge", a part
 * left out and refused further on, a placement decided with consent ("træffer afgørelse om anbringelse"), the situation that
 * "kan ikke fortsætte", and the outcomes a later meeting weighs. Written for these tests in our own words, each with a
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nHvis du vil klage\nDu kan klage til Ankestyrelsen inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nMette Holm\nSagsbehandler\n';
const OPEN = 'Odderup Kommune\nSocial og Sundhed\n\nDato: 3. marts 2026\n\n';

const type = (subject: string, body: string) =>
  analyzeLetter(OPEN + subject + '\n\nKære Birthe\n\n' + body + END, { date: new Date('2026-03-03T12:00:00') }).decisionType;

describe('decisionType: a yes limited by "dog" and a smaller amount is partial', () => {
  it('"Vi kan hjælpe med tøjvask – dog hver 2. uge" after an application for every week', () =>
    expect(type('Hjælp til tøjvask', 'Du søgte i januar om hjælp til tøjvask hver uge.\n\nVi kan hjælpe med tøjvask – dog hver 2. uge. Hjælperen sætter en maskine over.')).toBe('delvis'));
  it('"Du kan få hjælp til bad, dog kun to gange om ugen" after an application for every day', () =>
    expect(type('Hjælp til bad', 'Du har søgt om hjælp til bad hver dag.\n\nDu kan få hjælp til bad, dog kun to gange om ugen. Hjemmeplejen kommer om morgenen.')).toBe('delvis'));
  it('look-alike: "dog" before a time, not an amount, leaves the grant whole', () =>
    expect(type('Hjælp til bad', 'Du har søgt om hjælp til bad to gange om ugen.\n\nDu får hjælp til bad to gange om ugen, dog først fra den 1. april. Hjemmeplejen kommer om morgenen.')).toBe('bevilling'));
});

describe('decisionType: more refused while the help goes on is a refusal', () => {
  it('"Der sker ingen forhøjelse" of a monthly benefit', () =>
    expect(type('Dit ønske om et højere tilskud', 'Kommunen fastholder dit nuværende tilskud til kørsel på 500 kr. om måneden. Der sker ingen forhøjelse.\n\nDu bad den 2. februar om, at tilskuddet blev sat op til 900 kr.')).toBe('afslag'));
  it('"Der bliver derfor ingen udvidelse af timerne"', () =>
    expect(type('Din ansøgning om flere timer', 'Du har søgt om flere timer til ledsagelse.\n\nVi har set på dit behov igen. Der bliver derfor ingen udvidelse af timerne, og du beholder dine 8 timer om måneden.')).toBe('afslag'));
  it('look-alike: "Der sker ingen ændring i, hvor meget hjælp du får" is no refusal', () =>
    expect(type('Din hjælp til indkøb', 'Fra næste uge kommer hjælperen onsdag i stedet for mandag. Der sker ingen ændring i, hvor meget hjælp du får.')).toBe('aendring'));
});

describe('decisionType: a need found not there, or already met, refuses what was asked', () => {
  it('"Udvalget finder ikke, at der her og nu er behov for en plejebolig"', () =>
    expect(type('Ansøgning om plejebolig', 'Tak for din ansøgning om plejebolig.\n\nDu kan blive skrevet på listen til en ældrebolig, hvis du ønsker det.\n\nUdvalget finder ikke, at der her og nu er behov for en plejebolig. Du klarer selv at komme op og spise.')).toBe('afslag'));
  it('"Vi vurderer, at Karl allerede har et dækkende tilbud" beside a yes is partial', () =>
    expect(type('Svar på to spørgsmål', 'Du spurgte, om Karl kan få en ledsager, og om han kan komme i et aktivitetstilbud.\n\nKarl får en ledsager 6 timer om måneden. Hvad angår aktivitetstilbuddet, vurderer vi, at Karl allerede har et dækkende tilbud i sin klub.')).toBe('delvis'));
  it('look-alike: "Vi finder, at du har behov for en plejebolig" grants', () =>
    expect(type('Ansøgning om plejebolig', 'Tak for din ansøgning om plejebolig.\n\nUdvalget finder, at du har behov for en plejebolig, og du bliver skrevet op til en plejebolig.')).toBe('bevilling'));
});

describe('decisionType: a committee that does not back the proposal refuses it', () => {
  it('"Udvalget kan ikke tilslutte sig indstillingen" about a proposed stay', () =>
    expect(type('Udvalgets afgørelse', 'Rådgiveren indstillede på borgerens anmodning et ophold på et forsorgshjem.\n\nUdvalget kan ikke tilslutte sig indstillingen. Den nuværende bostøtte fortsætter uændret.')).toBe('afslag'));
  it('"Forvaltningen kan derfor ikke tilslutte sig ansøgningen"', () =>
    expect(type('Din ansøgning om et højskoleophold', 'Du har søgt om, at kommunen betaler et højskoleophold.\n\nForvaltningen kan derfor ikke tilslutte sig ansøgningen.')).toBe('afslag'));
  it('look-alike: "Udvalget tilslutter sig indstillingen" is no refusal', () =>
    expect(type('Udvalgets afgørelse', 'Rådgiveren indstillede et ophold på et forsorgshjem.\n\nUdvalget tilslutter sig indstillingen, og du får et midlertidigt ophold efter servicelovens § 110.')).not.toBe('afslag'));
});

describe('decisionType: help stepped down is a change', () => {
  it('"derfor kan støtten nu trappes ned" with a new amount', () =>
    expect(type('Din bostøtte', 'Det går godt med at holde styr på økonomien, og derfor kan støtten nu trappes ned. Fra 1. maj kommer bostøtten 1 gang om ugen.')).toBe('aendring'));
  it('"Vi trapper aflastningen ned fra sommerferien"', () =>
    expect(type('Aflastning til Sigurd', 'Sigurd sover nu om natten. Vi trapper aflastningen ned fra sommerferien, så han er hos familien 1 weekend om måneden.')).toBe('aendring'));
  it('look-alike: going down the stairs is no change', () =>
    expect(type('Hjælp til bad', 'Du har søgt om hjælp til bad.\n\nDu får hjælp til bad 2 gange om ugen, fordi du ikke kan gå trappen ned til kælderen alene.')).toBe('bevilling'));
});

describe('decisionType: a refusal denied by name refuses nothing', () => {
  it('"Egenandelen er ikke et afslag" beside a grant', () =>
    expect(type('Bevilling af støttestrømper', 'Du har søgt om støttestrømper.\n\nDu får bevilget støttestrømperne efter servicelovens § 112. Du betaler selv 200 kr. Egenandelen er ikke et afslag.')).toBe('bevilling'));
  it('"Der er ikke tale om et afslag"', () =>
    expect(type('Bevilling af kørestol', 'Du har søgt om en kørestol.\n\nDu får bevilget kørestolen. Den leveres fra depotet. Der er ikke tale om et afslag, selv om stolen er brugt.')).toBe('bevilling'));
  it('look-alike: "Du får afslag på armlænene" is still a refused part', () =>
    expect(type('Bevilling af kørestol', 'Du har søgt om en kørestol med særlige armlæn.\n\nDu får bevilget kørestolen. Du får afslag på de særlige armlæn.')).toBe('delvis'));
});

describe('decisionType: a fixture replaced in building work is no change of help', () => {
  it('"Dørtrinnene fjernes og erstattes af ramper" beside a refused part', () =>
    expect(type('Afgørelse om boligindretning', 'Du søgte om ramper og en automatisk døråbner.\n\nDu får bevilget boligindretning: dørtrinnene fjernes og erstattes af små ramper. Du får afslag på den automatiske døråbner.')).toBe('delvis'));
  it('"håndvasken skiftes ud og erstattes af en lavere model" granted whole', () =>
    expect(type('Afgørelse om boligindretning', 'Du søgte om en lavere håndvask.\n\nDu får bevilget ombygningen: den gamle håndvask tages ned og erstattes af en lavere model.')).toBe('bevilling'));
  it('look-alike: help replaced ("din rengøring erstattes af …") stays a change', () =>
    expect(type('Din hjælp', 'Vi har set på din hjælp igen. Din rengøring erstattes af et træningsforløb fra 1. april, hvor du lærer at gøre rent selv.')).toBe('aendring'));
});

describe('decisionType: a weekday swapped from next week is a change', () => {
  it('"Fra næste uge kommer vi onsdag i stedet for mandag"', () =>
    expect(type('Din hjælp til indkøb', 'Fra næste uge kommer vi onsdag i stedet for mandag og handler ind med dig. Du får stadig hjælp 1 gang om ugen.')).toBe('aendring'));
  it('"Fra næste måned er det om eftermiddagen i stedet for om morgenen"', () =>
    expect(type('Din træning', 'Fra næste måned er din træning om eftermiddagen i stedet for om morgenen, fordi holdet flytter.')).toBe('aendring'));
  it('look-alike: the time the citizen asked for, instead of another, is the grant', () =>
    expect(type('Din hjælp til indkøb', 'Du har bedt om at få hjælp til indkøb onsdag i stedet for mandag.\n\nDet kan vi godt, og du får hjælpen om onsdagen fra næste uge.')).not.toBe('aendring'));
});

describe('decisionType: a part left out of the grant and refused further on is partial', () => {
  it('"Tøjvask er ikke en del af bevillingen … Derfor bevilger vi ikke hjælp til tøjvask"', () =>
    expect(type('Afgørelse om praktisk hjælp', 'Tak for snakken i går.\n\nDu får hjælp til rengøring hver 14. dag.\n\nTøjvask er ikke en del af bevillingen.\n\nDin søn vasker allerede dit tøj hver uge. Derfor bevilger vi ikke hjælp til tøjvask.')).toBe('delvis'));
  it('look-alike: a task outside the help, never at issue, leaves the grant whole', () =>
    expect(type('Afgørelse om praktisk hjælp', 'Tak for snakken i går.\n\nDu får hjælp til rengøring hver 14. dag.\n\nVinduespudsning er ikke en del af bevillingen.\n\nHjælperen kommer om tirsdagen.')).toBe('bevilling'));
});

describe('decisionType: a placement decided with consent is a grant', () => {
  it('"Kommunen træffer afgørelse om anbringelse … med samtykke", the old situation that "kan ikke fortsætte"', () =>
    expect(type('Afgørelse om anbringelse', 'I har aftalt med os, at Ida bor hos sin moster i en periode.\n\nKommunen træffer afgørelse om anbringelse af Ida uden for hjemmet efter barnets lov § 46. Du og Ida har givet samtykke.\n\nSådan kan det ikke fortsætte, mens du er indlagt, og derfor skal Ida bo hos sin moster.')).toBe('bevilling'));
  it('"Det kan ikke fortsætte" as the reason before a new measure is no end of help', () =>
    expect(type('Afgørelse om aflastning', 'Du har søgt om aflastning til Bo.\n\nBo får aflastning 1 weekend om måneden. Du har ikke sovet i flere uger. Det kan ikke fortsætte, og derfor sætter vi aflastningen i gang nu.')).toBe('bevilling'));
  it('look-alike: help that "kan ikke fortsætte" ends', () =>
    expect(type('Din aflastning', 'Bo har haft aflastning hver anden weekend. Aflastningen kan ikke fortsætte efter 1. juni, fordi Bo nu er i dagtilbud.')).toBe('aendring'));
});

describe('decisionType: the outcomes a later meeting weighs are no change', () => {
  it('"… ser på, om støtten skal fortsætte, ændres eller kan trappes ned" after a grant', () =>
    expect(type('Du får bostøtte', 'Fra 1. april får du bostøtte to gange om ugen, som du søgte om. I oktober holder vi et møde og ser på, om støtten skal fortsætte, ændres eller kan trappes ned.')).toBe('bevilling'));
  it('look-alike: a decided step down after the meeting is a change', () =>
    expect(type('Din bostøtte', 'Vi holdt et møde med dig i sidste uge. Støtten trappes ned fra 1. maj til én gang om ugen, fordi du nu klarer posten selv.')).toBe('aendring'));
});
