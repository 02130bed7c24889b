/**
 * Round 21: phrasing classes behind decision-type misses seen on the spent held-out sets 8 and 9
 * and the blind batches av and aw. Written for these tests in our own words; every widened phrasing
 * has a look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('decision type: the rule for a class of people, said in the body, decides nothing', () => {
  it.each([
    'Afgørelse\nDu får ikke bevilget en badebænk.\n\nEfter serviceloven og kommunens kvalitetsstandard kan der bevilges hjælpemidler til borgere, som har en varigt nedsat funktionsevne.\n\nDu klarer badet selv.',
    'Afgørelse\nDu kan ikke få dækket merudgifter.\n\nEfter § 100, stk. 1, ydes der kun hjælp, hvis merudgifterne udgør mindst 7.128 kr. om året.\n\nDine merudgifter er 3.720 kr.',
    'Afgørelse\nVi har sagt nej til ledsagelse.\n\nEfter ældreloven kan der tildeles rengøring til borgere, der ikke selv kan gøre rent.\n\nDu kan selv gøre rent.',
    'Afgørelse\nDu får ikke en el-kørestol.\n\nDer ydes kørestole til personer, som ikke kan gå.\n\nDu kan gå 500 meter med rollator.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    // The grant itself, with the class named after it, still grants.
    'Afgørelse\nDu får bevilget en badebænk til brug i dit badeværelse.\n\nVi har vurderet, at du har brug for den.',
    'Afgørelse\nKommunen bevilger dig hjælp til indkøb til personer i husstanden hver uge.',
  ])('grant: %s', (t) => expect(type(t)).toBe('bevilling'));
});

describe('decision type: the next revisitation is follow-up, not a change', () => {
  it.each([
    'Bevilget ydelse: Nødkald.\n\nDer bevilges nødkald, da du er faldet to gange.\n\nOpfølgning: Ved næste revisitation, dog senest 1. oktober 2026.',
    'Du får hjælp til bad to gange om ugen.\n\nVi ser på hjælpen igen ved den kommende revisitation, som er i efteråret.',
  ])('grant: %s', (t) => expect(type(t)).toBe('bevilling'));
  it.each([
    'Ved revisitationen har vi besluttet, at du fremover får rengøring hver tredje uge.',
    'Efter revisitation, har vi besluttet, at din hjælp til bad fortsætter.',
  ])('change: %s', (t) => expect(type(t)).toBe('aendring'));
});

describe('decision type: "we have said no", and a decision told as what the citizen now gets', () => {
  it.each([
    'Vi har sagt nej til din ansøgning om ledsagelse.',
    'Udvalget har sagt nej til, at Emil kan komme på efterskole for kommunens regning.',
    'Derfor har vi desværre sagt nej til en ny kørestol.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    'Vi har besluttet, at du fremover får hjælp til indkøb en gang om ugen.',
    'Vi har besluttet, at Sofie nu beholder sin kontaktperson i et år mere.',
  ])('grant: %s', (t) => expect(type(t)).toBe('bevilling'));
  it('the citizen\'s own no is no refusal', () => {
    expect(type('Du har sagt nej til dagcentret. Du får hjælp til bad to gange om ugen.')).toBe('bevilling');
  });
});

describe('opfoelgning: a look still to come, in more forms', () => {
  const grant = 'Du får hjælp til bad to gange om ugen. ';
  it.each([
    'Tilbuddet vil blive revurderet medio 2026.',
    'Hjælpen skal blive evalueret, når du har haft den et halvt år.',
    'Din hjælp bliver revurderet i foråret.',
    'Ergoterapeuten vil kontakte Dem ca. 4 uger efter udleveringen af rollatoren.',
    'Vi vil ringe til dig 3 uger efter leveringen for at høre, hvordan det går.',
    'Sagen skal senest behandles igen af udvalget i marts 2027.',
    'Børneterapeuten ser på stolen igen et par uger efter, den er leveret.',
  ])('present: %s', (t) => expect(present(grant + t, 'opfoelgning')).toBe(true));
  it.each([
    'Din hjælp er blevet revurderet i februar.',
    'Hjælpen blev evalueret på mødet den 3. marts.',
    'Du er velkommen til at kontakte os, hvis du har spørgsmål.',
    'Sagen blev behandlet af udvalget den 4. marts.',
  ])('absent: %s', (t) => expect(present(grant + t, 'opfoelgning')).toBe(false));
});

describe('foraeldet-henvisning: a children\'s department by other names', () => {
  const body = (sender: string) =>
    `Fra: ${sender}, Rønneby Kommune\nSendt: 9. september 2024\n\nVi kan ikke bevilge aflastning til Liva efter serviceloven § 52, stk. 3, nr. 5.`;
  it.each(['Familieafsnittet', 'Familieteamet', 'Børneteam Syd', 'Børnerådgivningen', 'Familiegruppen Øst'])('outdated from %s', (s) =>
    expect(present(body(s), 'foraeldet-henvisning')).toBe(true),
  );
  // (Round 24: from any department — § 52 never governed anyone but children, and no age says otherwise.)
  it('also from an adults\' department', () => expect(present(body('Socialafdelingen'), 'foraeldet-henvisning')).toBe(true));
});

describe('decision type: the result told indirectly (batch aw)', () => {
  it.each([
    'Du bad om aflastning et døgn hver uge. Det kan vi ikke helt leve op til, men Knud kan komme et døgn hver anden uge.',
    'Vi kan ikke fuldt ud imødekomme din ansøgning. Du får hjælp til rengøring hver tredje uge.',
    'Du søgte om en elcykel til 18.995 kr. Vi giver et tilskud på 9.497 kr. Resten skal du selv betale.',
    'Vi har besluttet, at der kommer en familiebehandler to gange om ugen. Den tredje gang kan vi ikke give.',
  ])('partial: %s', (t) => expect(type(t)).toBe('delvis'));
  it.each([
    'Vinduespudsning er desværre ikke en del af den rengøring, som kommunen giver hjælp til. Vi kan derfor ikke sende nogen ud til det.',
    'Vi kan desværre ikke bevilge privat psykolog. Kommunen betaler som udgangspunkt ikke for psykologbehandling, da det hører under sundhedsvæsenet.',
    'Vi har læst din ansøgning. Vi kan derfor ikke hjælpe med havearbejdet.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    'Emil kan komme i aflastning hos familien Holm én weekend om måneden. Den første weekend bliver 14.–16. marts.',
    'Vi betaler din nye rollator. Den bliver leveret i uge 12.',
  ])('grant: %s', (t) => expect(type(t)).toBe('bevilling'));
  it.each([
    'Udvalget har besluttet, at William anbringes uden for hjemmet. Afgørelsen afløser den familiebehandling, som familien har modtaget siden februar.',
  ])('change: %s', (t) => expect(type(t)).toBe('aendring'));
  it.each([
    // Look-alikes: ability, not the decision; the rest of a sentence about something else.
    'Du får hjælp til bad to gange om ugen. Du kan ikke helt selv klare at vaske ryggen.',
    'Du får hjælp til indkøb hver uge. Resten af ugen klarer din datter det.',
  ])('still a grant: %s', (t) => expect(type(t)).toBe('bevilling'));
});

describe('bisidder: someone along, named or as "én"', () => {
  it.each([
    'Du må også gerne have Anne eller en anden med, når vi taler om din sag.',
    'Du kan også give én lov til at klare det for dig.',
    'Du må også gerne tage en ven eller én fra LAP med til møderne.',
  ])('present: %s', (t) => expect(present(t, 'bisidder')).toBe(true));
  it.each([
    'Til Thomas Krogh v/ partsrepræsentant advokat Maja Brandt, Strandparken 4.',
    'Anne eller en anden fra familien kommer og handler ind.',
    'Du kan selv klare det for det meste.',
  ])('absent: %s', (t) => expect(present(t, 'bisidder')).toBe(false));
});

describe('hovedhensyn: "det afgørende her", "det, der talte mest for"', () => {
  const refusal = 'Vi kan ikke betale en trappelift. ';
  it.each([
    'Det afgørende her var, at du i dag kan klare trappen med gelænderet.',
    'Det, der talte mest for ændringen, var, at du klarede badet alene ved testen.',
    'Det, som talte mest for et nej, er, at du selv kan gå på trappen.',
  ])('present: %s', (t) => expect(present(refusal + t, 'hovedhensyn')).toBe(true));
  it.each([
    'Det er afgørende, at du ringer, hvis du falder.',
    'Du talte mest om din have, da vi var på besøg.',
  ])('absent: %s', (t) => expect(present(refusal + t, 'hovedhensyn')).toBe(false));
});

describe('klagevejledning: journal style', () => {
  it.each([
    'Klage: Klage sendes til kommunen, Handicap, inden 4 uger.',
    'Klage skal fremsendes til forvaltningen inden 4 uger efter modtagelsen af brevet.',
  ])('present: %s', (t) => expect(present(t, 'klagevejledning')).toBe(true));
  it('absent: a complaint about the provider\'s staff is no guidance', () =>
    expect(present('Du kan ringe til leverandøren, hvis der er noget med hjælperne.', 'klagevejledning')).toBe(false));
});

describe('decision type: the chancery noun "afgørelse om bevilling af"', () => {
  it('partial', () =>
    expect(type('Det meddeles herved, at der er truffet afgørelse om bevilling af afløsning i 4 timer ugentligt. Ansøgningen om afløsning ud over 4 timer ugentligt er ikke imødekommet.')).toBe('delvis'));
  it('grant', () => expect(type('Forvaltningen har truffet afgørelse om bevilling af en badebænk.')).toBe('bevilling'));
});

describe('begrundelse: facts the citizen lives now, a pointer back, and the help\'s own state as cause', () => {
  it.each([
    'Støtten ophører. Det har du nu klaret i over et halvt år. Du møder stabilt på produktionsskolen. Derfor vurderer vi, at du ikke længere har brug for støtte.',
    'Du får et træningsforløb. Jeg så, at du kan rejse dig fra stolen. Det er baggrunden for, at du får træning først: Du har kræfterne til at blive bedre.',
    'Din plads ophører pr. 31. marts. Værkstedet har oplyst, at du ikke har været mødt siden november. Da pladsen ikke bliver brugt, afsluttes den.',
  ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
  it.each([
    // The rule alone, with the same words around it.
    'Din plads ophører. Da tilbuddet efter § 103 kun gives til personer, der ikke kan arbejde, afsluttes den.',
    'Du får ikke hjælp. Det er baggrunden for afgørelsen.',
  ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
});

describe('decision type: own-voice results (batch ay)', () => {
  it.each([
    'Din datter ringede og spurgte, om du kan få mad bragt ud. Vi kommer ikke til at sætte madservice i gang.',
    'Udvalget har ikke fundet, at du på nuværende tidspunkt skal visiteres til en plejebolig.',
    'Jeg er kommet frem til, at aflastning ikke er det rigtige for Noah lige nu, og jeg sætter det derfor ikke i gang.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    'Der er plads til dig på holdtræningen tirsdag og fredag kl. 10-11 i 12 uger. Træn hjemme de dage, hvor du ikke er på holdet – vi giver dig et lille program med hjem.',
    'Vi kører en rollator ud til dig torsdag. Med en rollator kan du hvile undervejs – derfor er det den, du får, og ikke en stok.',
  ])('grant: %s', (t) => expect(type(t)).toBe('bevilling'));
  it('the thing applied for, set against what is granted, is still partial', () =>
    expect(type('Du søgte om en rollator i kulfiber. Du får kommunens standardrollator, og ikke kulfibermodellen.')).toBe('delvis'));
  it('a finding about other help inside the reasons refuses nothing', () =>
    expect(type('Udvalget har besluttet, at Noah skal anbringes uden for hjemmet. Udvalget har ikke fundet, at mindre indgribende støtte i hjemmet kan afhjælpe det.')).toBe('bevilling'));
});

describe('decision type: yes and no in one breath, less than the sum asked for', () => {
  it.each([
    'I har søgt om hjælp til tre ting. Vi kan hjælpe med bleerne, men ikke med de to andre ting.',
    'Du får 1.050 kr. om måneden til de ekstra udgifter. Det er mindre end de 1.900 kr., du søgte om.',
  ])('partial: %s', (t) => expect(type(t)).toBe('delvis'));
  it('help offered beside a refusal stays a refusal', () =>
    expect(type('Vi kan ikke bevilge en trappelift. Vi kan hjælpe med at finde en privat løsning, hvis du ønsker det.')).toBe('afslag'));
});

describe('hovedhensyn and bisidder (batch ay)', () => {
  it('present: what settled it in the end', () =>
    expect(present('Vi kan ikke dække tabt arbejdsfortjeneste. Det, der til sidst afgjorde det, var, at Oscar selv måler sit blodsukker.', 'hovedhensyn')).toBe(true));
  it('present: someone along as support', () =>
    expect(present('Skal vi mødes, må du gerne tage en ven eller en fra Diabetesforeningen med som støtte.', 'bisidder')).toBe(true));
  it('absent: something along as support', () =>
    expect(present('Du kan tage din stok med som støtte på turen.', 'bisidder')).toBe(false));
});

describe('faktiske-oplysninger: professionals seeing or measuring', () => {
  const refusal = 'Vi kan ikke bevilge madservice. ';
  it.each([
    'Hjemmesygeplejersken har vejet dig to gange i november, og din vægt er stabil.',
    'Det er bekræftet af hjemmeplejen, som har set varerne blive leveret hver uge.',
  ])('present: %s', (t) => expect(present(refusal + t, 'faktiske-oplysninger')).toBe(true));
});

describe('begrundelse: a relative\'s "fordi" is the relative\'s account', () => {
  it('absent', () =>
    expect(present('Du får ikke et nødkald. Du opfylder ikke betingelserne. Din søn har oplyst, at han er bekymret for dig om natten, fordi han bor langt væk.', 'begrundelse')).toBe(false));
  it('present when the authority gives its own reason after it', () =>
    expect(present('Du får ikke et nødkald. Din søn har oplyst, at han er bekymret. Vi giver ikke nødkald, fordi du selv kan bruge din mobiltelefon, som du altid har på dig.', 'begrundelse')).toBe(true));
});

describe('the dated source of the decision is a fact, not a reason', () => {
  const t = 'Kommunen har på baggrund af hjemmebesøg den 28.05.2024 besluttet at bevilge dig praktisk hjælp. Du får rengøring hver 14. dag.';
  it('faktiske-oplysninger present', () => expect(present(t, 'faktiske-oplysninger')).toBe(true));
  it('begrundelse absent', () => expect(present(t, 'begrundelse')).toBe(false));
  it('what was found there is a reason', () =>
    expect(present('Vi har på baggrund af hjemmebesøget den 3. marts vurderet, at du ikke selv kan støvsuge, fordi du har ondt i ryggen. Du får rengøring.', 'begrundelse')).toBe(true));
});

describe('decision type: own-voice results (batch ba)', () => {
  it.each([
    'Du skrev, at du gerne vil flytte. Men vi kan ikke godkende dig til en plejebolig nu. Du får hjælp til bad to gange om ugen, og den hjælp fungerer efter din egen mening fint.',
    'Efter en samlet vurdering finder kommunen ikke, at betingelserne for at yde hjælp til boligindretning er opfyldt.',
    'Kontaktpersonen ophører, når du fylder 18, som planlagt i din ungeplan. Du bad om efterværn. Det bliver desværre ikke sådan.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    'Vi sender en ergoterapeut ud med en badetoiletstol. Hun sætter den op, indstiller højden og viser dig, hvordan den bruges. Du får stolen som et udlån.',
  ])('grant: %s', (t) => expect(type(t)).toBe('bevilling'));
  it.each([
    'Du har haft Kasper som kontaktperson hver uge siden februar. Nu bliver det hver anden uge, fra og med uge 42.',
    'Vi indstiller hjælpen til rengøring pr. 1. maj.',
  ])('change: %s', (t) => expect(type(t)).toBe('aendring'));
});

describe('hovedhensyn: "det, der talte tungest", "de to ting, der gjorde, at vi valgte"', () => {
  const grant = 'Elkørestolen er bestilt. ';
  it.each([
    'Det, der talte tungest, var faldet i badeværelset i december.',
    'Det er de to ting, der gjorde, at vi valgte netop den stol.',
  ])('present: %s', (t) => expect(present(grant + t, 'hovedhensyn')).toBe(true));
  it('absent: the citizen\'s own words', () => expect(present(grant + 'Du talte mest om din have.', 'hovedhensyn')).toBe(false));
});

describe('begrundelse: the applicant\'s own "idet" inside the application', () => {
  it('absent', () =>
    expect(present('De har ansøgt om ombygning af Deres badeværelse, idet De ønsker badekarret fjernet. Kommunen kan ikke imødekomme ansøgningen.', 'begrundelse')).toBe(false));
  it('present: a need stated by the authority', () =>
    expect(present('Du får støtten, fordi du stadig har brug for en voksen, der kan hjælpe dig med økonomi og ansøgninger.', 'begrundelse')).toBe(true));
});

describe('decision type: own-voice results (batches bb, bc)', () => {
  it.each([
    'Fra uge 45 kommer rengøringshjælpen hver anden uge i stedet for hver uge.',
    'Fra mandag den 5. januar 2026 kommer din morgenhjælp mellem kl. 8.30 og 9.30 i stedet for kl. 7.00.',
    'Hej Sofie. Du skal ikke have Kasper som kontaktperson mere efter sommerferien.',
  ])('change: %s', (t) => expect(type(t)).toBe('aendring'));
  it.each([
    'Vi tror ikke, at madservice er det rigtige for dig lige nu. Du kommer altså ikke til at få mad bragt ud fra kommunen.',
    'Du søgte i juli om aflastning to weekender om måneden. Det bliver ikke til noget denne gang.',
    'Børne- og ungeudvalget har behandlet din anmodning af 21. juli 2025 om, at anbringelsen af Noah ophører. Din anmodning om hjemgivelse imødekommes således ikke.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    'Du har spurgt, om du kan blive boende hos Lene og Per. Vi har besluttet at lade din anbringelse fortsætte som efterværn.',
    'Ved besøget viste du mig, at du har fået en robotstøvsuger af dine børn. Du får hjælp til gulvvask hver anden uge.',
  ])('grant: %s', (t) => expect(type(t)).toBe('bevilling'));
  it.each([
    'Du har søgt om en elektrisk kørestol. Vi har besluttet at bevilge dig en manuel kørestol i stedet for en elkørestol. Derfor kan vi ikke bevilge en elkørestol.',
    'Du får et tilskud på 8.000 kr. til en elcykel. Resten af beløbet skal du selv betale.',
    'Vi kan dække en del af dem, men ikke det hele.',
  ])('partial: %s', (t) => expect(type(t)).toBe('delvis'));
  it('"i stedet for" something not asked for is no partial grant', () =>
    expect(type('Vi giver dig hjælpen, så du kan bruge dine kræfter på dine børn i stedet for på de tunge opgaver.')).toBe('bevilling'));
});

describe('batches bb, bc: the weight for a named body, a second look in plain words, facts classified', () => {
  it('hovedhensyn: "Tungest for udvalget har vejet"', () =>
    expect(present('Udvalget har besluttet at anbringe Mikkel. Tungest for udvalget har vejet, at Mikkel ikke får søvn og mad.', 'hovedhensyn')).toBe(true));
  it('genvurdering: "vi kigger sagen igennem en gang til"', () =>
    expect(present('Du kan klage inden fire uger. Klagen sendes til os, og vi kigger sagen igennem en gang til.', 'genvurdering')).toBe(true));
  it('begrundelse: facts classified, then the rule and the conclusion', () =>
    expect(present('Vi kan ikke dække ridefysioterapi. Det fremgår af lægens udtalelse, at ridningen træner hendes balance. Ridefysioterapi er derfor behandling. Merudgifter kan ikke dække behandling.', 'begrundelse')).toBe(true));
});

describe('faktiske-oplysninger: a document asked for, "så" as a conjunction, a wish, any doctor', () => {
  const grant = 'Du får en badetaburet. ';
  it.each([
    'Du kan søge igen, hvis din situation ændrer sig. Husk i så fald at vedlægge en ny lægeerklæring.',
    'Terapeut Jonas kommer torsdag med tingene og sætter dem op, så de passer til dig.',
    'Du fortalte mig, at det, du savner allermest, er at kunne komme i svømmehallen.',
  ])('absent: %s', (t) => expect(present(grant + t, 'faktiske-oplysninger')).toBe(false));
  it.each([
    'Øjenlægens brev fra oktober bekræfter, at du har under 10 % syn på begge øjne.',
    'Terapeuten så, at du ikke kan komme op fra toilettet uden at holde fast.',
  ])('present: %s', (t) => expect(present(grant + t, 'faktiske-oplysninger')).toBe(true));
});

describe('begrundelse: "Så der er ikke behov for", and a calculation under the limit', () => {
  it.each([
    'Vi kan ikke bevilge dig madservice. Du laver selv morgenmad, og din kone laver aftensmad til jer begge. Så der er ikke behov for, at kommunen leverer mad.',
    'Vi kan ikke dække merudgiften. Vi har beregnet merudgiften til ca. 180 kr. om måneden. Det er under den mindste merudgift, som kommunen efter reglerne kan dække. Derfor kan vi ikke dække udgiften.',
  ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
  it('absent: "Så ser vi på det igen" is no conclusion', () =>
    expect(present('Du får ikke en kørestol. Så ser vi på det igen til foråret.', 'begrundelse')).toBe(false));
});

describe('batch be: own-voice results, weights, rights', () => {
  it('refusal: "Vi sætter ikke en hjælper på dine indkøb"', () => expect(type('Vi sætter ikke en hjælper på dine indkøb. Jeg vil gerne forklare hvorfor.')).toBe('afslag'));
  it('change: "Fra februar kommer Jonas hver anden uge i stedet for hver uge"', () =>
    expect(type('Fra februar kommer Jonas hver anden uge i stedet for hver uge, og I ses to timer ad gangen.')).toBe('aendring'));
  it.each(['Tungest vejende: at borger kan gå 300 m med rollator.', 'Det, udvalget hæftede sig mest ved, var, at du er tryg i dine vante omgivelser.'])(
    'hovedhensyn: %s',
    (t) => expect(present('Du får ikke en elkørestol. ' + t, 'hovedhensyn')).toBe(true),
  );
  it('aktindsigt: "indsigt i dokumenterne i din sag"', () => expect(present('Du kan få indsigt i dokumenterne i din sag ved at kontakte os.', 'aktindsigt')).toBe(true));
  it('aktindsigt absent: insight into one\'s options', () => expect(present('På mødet fik du indsigt i dine muligheder for job.', 'aktindsigt')).toBe(false));
});

describe('batches bf, bg: field forms, people sent out, gentle no, what a child gains', () => {
  it.each([
    'Ansøgt: Hjælp til bad 3 x ugentligt\nBevilget: Hjælp til bad 2 x ugentligt (mandag og torsdag)\nLovgrundlag: Ældreloven § 10',
    'Indsats 1: Afløsning i hjemmet\nAnsøgt: 8 timer pr. uge\nBevilget: 4 timer pr. uge, tirsdag kl. 13–17',
  ])('partial: %s', (t) => expect(type(t)).toBe('delvis'));
  it('a field form granting what was asked is a grant', () =>
    expect(type('Ansøgt: Hjælp til bad 2 x ugentligt\nBevilget: Hjælp til bad 2 x ugentligt')).toBe('bevilling'));
  // Counts written as words are compared like digits.
  it('a field form with counts in words granting less is partial', () =>
    expect(type('Ansøgt: Rengøring to gange om måneden\nBevilget: Rengøring én gang om måneden')).toBe('delvis'));
  it('a field form with counts in words granting what was asked is a grant', () =>
    expect(type('Ansøgt: Hjælp til bad tre gange om ugen\nBevilget: Hjælp til bad 3 gange om ugen')).toBe('bevilling'));
  it.each([
    'Vi mener, at du fortsat kan klare indkøbene selv. Der kommer derfor ikke en hjælper til at handle ind.',
    'Vi har nu kigget på din ansøgning om støtte til bil, og vi må desværre sige nej denne gang.',
    'Det kan vi ikke give jer på nuværende tidspunkt. Sofie får også meget ud af sin spejdergruppe om tirsdagen.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it('grant: someone sent out to set the aid up', () =>
    expect(type('Hvad har vi besluttet?\nVi sender en ergoterapeut ud til dig for at sætte en badebænk op. Hun ringer til dig i næste uge.')).toBe('bevilling'));
});

describe('batches bf, bg: more weights, rights and dated talks', () => {
  it('hovedhensyn: "Mest betydning har det haft"', () =>
    expect(present('Vi kan ikke dække tabt arbejdsfortjeneste. Mest betydning har det haft, at Mads arbejder hjemme tirsdag og torsdag.', 'hovedhensyn')).toBe(true));
  it('aktindsigt: "kan se sine sagsakter"', () => expect(present('Amalie kan se sine sagsakter, hvis hun beder om det.', 'aktindsigt')).toBe(true));
  it('faktiske: a dated talk thanked for', () => expect(present('Tak for snakken den 20. november. Du får en kontaktperson.', 'faktiske-oplysninger')).toBe(true));
  it('faktiske absent: a talk thanked for without a date', () => expect(present('Tak for snakken. Du får en kontaktperson.', 'faktiske-oplysninger')).toBe(false));
});

describe('begrundelse: "således" concluding after facts, not "således at"; the complaint\'s second look', () => {
  it('present', () =>
    expect(present('Hjælpen til rengøring bortfalder. Ved besøget den 3. marts kunne De støvsuge med den ledningsfri støvsuger. Da målene for forløbet således er nået, bortfalder hjælpen.', 'begrundelse')).toBe(true));
  it.each([
    'De har hidtil modtaget rengøring hver uge. Hjælpen ændres pr. 1. november, således at De fremover modtager rengøring hver 2. uge.',
    'Du kan klage inden 4 uger. Vi vurderer derefter sagen igen, og fastholder vi afgørelsen, går den videre.',
  ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
});

describe('begrundelse: "Fordi du …" is the reason when the rule comes only after a clause break', () => {
  it('present', () =>
    expect(present('Det bliver ikke til en elcykel fra os. Fordi du kan komme omkring på den cykel, du allerede har, er en elcykel ikke nødvendig – så vi kan ikke give tilskud efter reglerne om forbrugsgoder.', 'begrundelse')).toBe(true));
  it('absent: the rule in the same clause', () =>
    expect(present('Du får afslag, da du ikke vurderes at være i målgruppen for støtte efter serviceloven.', 'begrundelse')).toBe(false));
});

describe('batch bi: own-voice results', () => {
  it('grant: "Fra uge 39 kommer der en hjælper … hver onsdag"', () =>
    expect(type('Tak for sidst. Fra uge 39 kommer der en hjælper fra hjemmeplejen hver onsdag formiddag og gør rent.')).toBe('bevilling'));
  it.each([
    'Udvalget har ikke fundet grundlag for at visitere Dem til plejebolig på nuværende tidspunkt. Af døgnregistreringen ses, at De får besøg af hjemmeplejen tre gange i døgnet.',
    'Vi har set på din ansøgning om en rampe. Det er ikke noget, kommunen kan betale.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it('partial: "Esther kan begynde … to dage om ugen. De to andre dage kan vi ikke give hende."', () =>
    expect(type('Du har søgt om plads i dagcentret fire dage om ugen. Esther kan begynde i Rosenhaven to dage om ugen. De to andre dage kan vi ikke give hende.')).toBe('delvis'));
  it('change: less than had before', () =>
    expect(type('Vi har lavet den årlige genberegning. Fra 1. juli 2025 får du 650 kr. om måneden. Hidtil har du fået 1.100 kr.')).toBe('aendring'));
});

describe('batch bi: no appeal, and what weighed most said plainly', () => {
  it('klagevejledning absent: a section that says the decision cannot be appealed', () =>
    expect(present('Udvalget kan ikke visitere Dem til plejebolig.\n\nKlagevejledning\nAfgørelsen kan ikke indbringes for anden administrativ myndighed. De kan dog altid kontakte udvalget.', 'klagevejledning')).toBe(false));
  it('klagevejledning present: one part cannot be appealed, the rest can', () =>
    expect(present('Klagevejledning\nAfgørelsen om ventelisten kan ikke indbringes for anden myndighed. Afgørelsen om hjemmehjælp kan du klage over til Ankestyrelsen inden 4 uger.', 'klagevejledning')).toBe(true));
  it('hovedhensyn: "Det, der talte mest, var, at …"', () =>
    expect(present('De to andre dage kan vi ikke give hende. Det, der talte mest, var, at Esther bliver urolig om eftermiddagen.', 'hovedhensyn')).toBe(true));
});

describe('no appeal stated: the complaint guidance is not required', () => {
  it('no "klagevejledning mangler" finding', () => {
    const a = analyzeLetter('Udvalget har ikke fundet grundlag for at visitere Dem til plejebolig.\n\nKlagevejledning\nAfgørelsen kan ikke indbringes for anden administrativ myndighed.', { date: new Date('2026-03-01T12:00:00') });
    expect(a.elements.klagevejledning).toMatchObject({ present: false, required: false });
    expect(a.elements.klagefrist.required).toBe(false);
    expect(a.findings.some((f) => /klagevejledning/i.test(f.message))).toBe(false);
  });
});

describe('faktiske-oplysninger: looking at the application is handling', () => {
  it('absent', () => expect(present('Vi har set på din ansøgning om at fjerne dørtrin. Det er ikke noget, kommunen kan betale.', 'faktiske-oplysninger')).toBe(false));
  it('present: what was seen', () => expect(present('Vi har set, at du ikke kan komme over dørtrinnet med rollatoren. Du får en rampe.', 'faktiske-oplysninger')).toBe(true));
});

describe('vejledning-andre-ydelser: held-out sets 10/11, after their single measurement', () => {
  const grant = 'Du får hjælp til bad to gange om ugen. ';
  it.each([
    'Når forløbet er slut, kan du fortsætte med seniortræning på Kirkevej, som er gratis og ikke kræver visitation.',
    'Hvis du får brug for en dørtelefon, kan du spørge boligselskabet, om de kan sætte en op.',
    'Ergoterapeuten talte med dig om en badebænk. Det er en særskilt ansøgning om hjælpemidler. Ring til os, hvis du vil søge.',
    'Forældrene tilbydes en støtteperson efter barnets lov § 75.',
  ])('present: %s', (t) => expect(present(grant + t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du er visiteret til samværstilbud i Aktivitetshuset Solsikken tre dage om ugen.',
    'Boligselskabet har givet lov til, at vi sætter et greb op.',
  ])('absent: %s', (t) => expect(present(grant + t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('held-out sets 10/11, after their single measurement: no promise, and a representative named as a fact', () => {
  it('grant: "men vi kan ikke love, at det bliver netop den bolig"', () =>
    expect(type('Du er godkendt til en plejebolig. Vi har skrevet dit ønske om Lindehøj på, men vi kan ikke love, at det bliver netop den bolig.')).toBe('bevilling'));
  it('partial: "men vi kan ikke give dig mere"', () =>
    expect(type('Du søgte om 4 timer. Du får 2 timer om ugen, men vi kan ikke give dig mere.')).toBe('delvis'));
  it('bisidder absent: "høringssvar fra Deres partsrepræsentant"', () =>
    expect(present('Vi har den 3. december modtaget høringssvar fra Deres partsrepræsentant, advokat Susanne Kragh.', 'bisidder')).toBe(false));
  it('bisidder present: "De kan lade Deres partsrepræsentant tale for Dem"', () =>
    expect(present('De kan også lade en partsrepræsentant tale Deres sag.', 'bisidder')).toBe(true));
});
