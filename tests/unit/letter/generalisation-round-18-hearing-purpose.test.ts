/**
 * Round 18: hearing, purpose, follow-up and the citizen's own views as careful writers put them in
 * their own words (blind batches ak, al, am). Sentences written for these tests, not taken from the
 * evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('partshoering: the hearing told as what happened', () => {
  it.each([
    // Asked to tell us if something was wrong, with a document sent.
    'Den 3. marts sendte vi dig et udkast til afgørelsen og bad dig sige til, hvis noget var misforstået.',
    'Den 2. juni fik I en kopi af psykologens udtalelse, og vi bad jer give besked, hvis I var uenige.',
    // Time to write back.
    'Den 5. maj fik du visitators indstilling tilsendt og ti dage til at skrive, hvis du var uenig.',
    // What the caseworker wrote down, said without a document's name.
    'Den 1. april fik du det, jeg havde skrevet om dig, og du kunne sige til, hvis der var fejl.',
    // A parent by name calling back.
    'Den 8. januar sendte vi jer vores beregning, og Mette ringede dagen efter og fortalte, at tallene passede.',
    // A plain yes after the document.
    'I fik vores notat den 12. oktober og sagde ja tak til det i telefonen.',
    // A letter with the plan and the question what to add.
    'Den 2. september skrev jeg til dig, at vi ville afslutte forløbet, og spurgte, om du havde noget at tilføje.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Something sent that is no case document.
    'Den 3. marts sendte vi dig en pjece om dagcentret og bad dig ringe, hvis du havde spørgsmål.',
    // A written question about something else.
    'Den 2. september skrev jeg til dig og spurgte, om du stadig ønskede hjælpen. Du svarede ja.',
    // A professional calling, not the party.
    'Den 8. januar fik vi lægens udtalelse. Lægen ringede og fortalte, at du har fået det bedre.',
    // A written plan with no chance to comment.
    'Du fik det, du havde søgt om, den 4. maj.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('formaal: the purpose in own words', () => {
  it.each([
    // The meaning of help that ends, in the past.
    'Aflastningen ophører. Meningen var, at I skulle få overskud til at være sammen som familie.',
    // The goal with a relative clause before "er".
    'Du får et træningsforløb. Målet, som du selv satte, er at kunne gå op ad trappen uden hvil.',
    // The question what the citizen gets out of it.
    'Du får et træningsforløb på 8 uger.\n\nHvad skal du have ud af det?\nAt du kan klare indkøbene selv igen.',
    // What the help was planned as.
    'Bostøtten stopper. Den var tænkt som en hjælp til, at du kunne klare din økonomi selv.',
    // Help granted or started for a purpose, with the law or a time in between.
    'Støtten blev bevilget efter barnets lov § 32, stk. 1, nr. 3, for at give jer ro om aftenen.',
    'Tilsynet blev sat i gang i foråret 2025 for at sikre, at din mor fik sin medicin.',
    // Help that goes on after a change, with its aim.
    'Du får fremover rengøring hver 3. uge. Rengøringen skal fortsat sikre, at du har et hjem, hvor du kan få gæster.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // Not meant: no "var" after "meningen".
    'Det var ikke meningen, at du skulle betale for kørslen.',
    // A step in the case, or a reason in between.
    'Der blev sat en undersøgelse i gang for at afklare dit behov.',
    'Hjælpen blev sat i gang i maj, fordi du var faldet, og for at se, hvordan det gik.',
    // The law's test said back.
    'Vi vurderer, at støtten er af væsentlig betydning for at imødekomme barnets behov.',
    // A bare label over the law's purpose.
    'Formål\nFormålet med lovens bestemmelser om hjælp er at fremme den enkeltes mulighed for at klare sig selv.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('opfoelgning: the next look in own words', () => {
  it.each([
    // A call ahead after something is in place, in the future perfect.
    'Du får bad 2 gange om ugen. Vi ringer til dig i uge 40 og hører, hvordan det går, når dine nye sko er blevet tilpasset.',
    // A call ahead to the citizen by name.
    'Hjælpen til påklædning ophører. Vi ringer til Grethe i uge 12 og hører, om det fortsat går godt.',
    // Treated again before a time, with the place in between.
    'Sagen skal genbehandles i børne- og ungeudvalget, før anbringelsen har varet et år.',
    'Sagen skal genbehandles i udvalget og senest i oktober 2027.',
    // A visit again by a date.
    'Visitator kommer på besøg hos dig igen inden 15. juni for at se, hvordan det går.',
    // A new look with its time.
    'Du får tilskud. Bevillingen tages op til fornyet vurdering i september 2026.',
    'Vi regner tilskuddet igennem igen en gang om året.',
    'Vi ser sammen med hjemmeplejen på, hvordan det er gået, fire uger efter ændringen.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // A visit's own length.
    'Du får rengøring hver 2. uge af 1 times varighed.',
    // Unused hours saved up.
    'Du får ledsagelse 10 timer om måneden. Du kan spare ubrugte timer op i 6 måneder.',
    // The citizen's new application.
    'Du får afslag på tilskud. Du kan søge igen en gang om året.',
    // A time after a change, told in the past.
    'Du faldt to uger efter ændringen og kom på sygehuset.',
    // A call to someone else to arrange things, and a start date without "igen".
    'Vi ringer til leverandøren i uge 12 og aftaler opstart.',
    'Leverandøren kommer på besøg hos dig inden 1. maj og aftaler de faste tider.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('borgerens-synspunkter: consent said back, and look-alikes', () => {
  it.each([
    // The party's own consent.
    'Vurdering: Borgeren er selv indforstået med, at badet flyttes til om formiddagen.',
    'Du er indforstået med, at hjælpen til indkøb sker via internettet.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // Asked, not said.
    'Hvis du er indforstået med forslaget, behøver du ikke gøre noget.',
    // A professional by name writing in her own report.
    'Kære Lise\n\nStøtten ophører. Hanne skriver i sin statusrapport, at I har fået gode rutiner.',
    // A heading over a hearing where the party had nothing to add.
    'Kære Bent\n\nDu får ikke en plejebolig.\n\nDine bemærkninger før afgørelsen\n\nVi sendte dig oplysningerne den 3. marts. Du havde ikke noget at tilføje.\n\nKlagevejledning\n\nDu kan klage inden 4 uger.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('partshoering: the intended decision told before it was made', () => {
  it.each([
    'Den 3. maj fik du et brev fra os med det, vi havde i sinde at beslutte. Du skrev tilbage den 10. maj, at du var enig.',
    'Du fik den 2. april et brev om, at vi overvejede at sætte hjælpen ned. Vi talte om det ved besøget. Du sagde, at du forstod det.',
    'Jeg skrev til dig den 5. marts, at jeg overvejede kun at give tilskud til den billigste model. Du svarede den 9. marts, at du hellere ville vente.',
    'I fik psykologens rapport den 2. februar, og jeg fortalte, hvad jeg overvejede. I bad om, at ændringen først sker efter sommerferien.',
    'Den 4. juni sendte jeg jer min beskrivelse af Noahs behov. I har læst den og sendt mig jeres rettelser.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // A letter without the intended decision.
    'Jeg skrev til dig den 5. marts, at vi havde modtaget din ansøgning. Du svarede den 9. marts, at du havde fået brevet.',
    // Considering, with no letter to the party.
    'Vi overvejede at bevilge en større model. Du sagde, at du hellere ville vente.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});
