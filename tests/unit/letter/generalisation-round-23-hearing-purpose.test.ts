/**
 * Round 23: partshøring, formål, opfølgning and borgerens synspunkter said in other words.
 * Sentences written for these tests in caseworkers' style — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('opfoelgning: the next look in other words', () => {
  it.each([
    // Yearly recalculation with the accented "én".
    'Du får dækket merudgifter på 800 kr. om måneden. Beløbet regnes efter igen én gang om året.',
    'Du får tilskud til bleer. Vi regner beløbet efter én gang om året, første gang i marts 2027.',
    // "følge op" split by its time.
    'Anbringelsen begynder 1. april. Vi følger første gang op på den senest 3 måneder efter start.',
    'Du får en kontaktperson. Vi følger løbende op, og næste samtale er i august.',
    // A call ahead to hear how it goes.
    'Du får hjælp til bad om morgenen. Jeg ringer til dig i maj for at høre, hvordan det går med badet.',
    // The plan or the grant looked at or taken up again.
    'Barnets plan laves i løbet af sommeren, og vi ser på planen første gang i november.',
    'Du får aflastning i 4 måneder. Vi tager det op igen, inden perioden er slut.',
    // A meeting set ahead.
    'Du skal fortsat have støtte én gang om ugen. Vi ses til et møde i februar og taler om, hvordan skolen går.',
    // A committee's renewed decision with its time.
    'Udvalget har besluttet anbringelsen. Sagen skal igen forelægges udvalget senest i marts 2027.',
    'Udvalget skal træffe ny afgørelse, inden anbringelsen har varet et år.',
    // The therapist trying the aid with the citizen once it is in place.
    'Du får en rampe ved hoveddøren. Når den er sat op, kommer terapeuten og prøver den sammen med dig.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The complaint's own look again, a renewed application, and history told in the past.
    'Du kan søge igen én gang om året, hvis dit behov ændrer sig.',
    'Vi ringede til dig den 3. februar for at høre, hvordan det gik med rollatoren.',
    'Vi fulgte første gang op på hjælpen i december, og du klarer nu selv indkøbene.',
    'Sagen blev forelagt udvalget igen den 4. februar.',
    'Hvis du er uenig, kan du klage. Vi tager det op igen, og giver vi dig ikke medhold, sender vi klagen til Ankestyrelsen.',
    'Ergoterapeuten prøvede stolen sammen med dig den 3. februar.',
    'Vi sås til et møde i januar, hvor du fortalte om dine ønsker.',
    'Hvis du sender nye oplysninger, træffer vi ny afgørelse senest 4 uger efter.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('partshoering: the hearing told in other words', () => {
  it.each([
    // The party asked whether the notes are right.
    'Inden jeg skrev brevet, gennemgik terapeuten sine notater med dig og spurgte, om du var enig i dem.',
    'Ved besøget læste vi beskrivelsen af din hverdag igennem og spurgte, om I var enige i oplysningerne.',
    // The case papers read aloud to the party.
    'Udkastet blev læst op for jer ved mødet den 4. februar.',
    'Børnefaglig undersøgelse: Undersøgelsen blev læst op for far på mødet 12.03.',
    // The papers sent to the party, in the passive.
    'Indstillingen blev sendt til forældrene den 3. januar, og begge mødte op i udvalget.',
    // Objections asked for before the decision.
    'I fik udkastet på mail den 2. december og havde ti dage til at sige til, hvis I havde indvendinger.',
    // The party's view of the plan before it was decided.
    'Jeg viste dig planen, og du fik lov at sige, hvad du syntes om den, før jeg besluttede noget.',
    // The answer as agreement or dissent with the papers.
    'Før vi traf afgørelsen, sendte vi dig den 4. maj et brev med lægens udtalelse. Du gav os ret i udtalelsen, men holdt fast i dit ønske.',
    'Vi sendte jer referatet fra mødet den 9. april. I var uenige i beskrivelsen af weekenderne.',
    // Remarks received on the draft are still a hearing.
    'Vi har modtaget dine bemærkninger til udkastet.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Remarks offered on the decision itself come after it.
    'Du kan give os dine bemærkninger til afgørelsen, hvis du har nogen.',
    'Du er velkommen til at sende jeres bemærkninger til denne afgørelse.',
    // Agreeing to a step, not to the papers; a recommendation sent to the committee.
    'Vi spurgte, om du var enig i at flytte til en anden afdeling.',
    'Indstillingen blev sendt til udvalget den 3. januar.',
    // Agreement about a thing sent, not a case paper; reading aloud as daily help; a training plan liked.
    'Vi sendte dig en rollator i maj. Du var enig i, at den var for tung.',
    'Din hjælper læser gerne brevet højt for dig.',
    'Terapeuten viste dig planen for øvelserne, og du syntes om den.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('formaal: the aim in other words', () => {
  it.each([
    // What the aid makes possible.
    'Du får en toiletforhøjer. Den gør, at du kan fortsætte med at klare toiletbesøg uden hjælp.',
    'Du får en rollator. Rollatoren gør, at du fortsat kan gå ture i området.',
    // The point of the added time.
    'Jeres støtte øges til to timer om ugen. Meningen med den ekstra tid er, at Noah får hjælp til lektierne.',
    // What the hours are to be spent on.
    'Du får fremover 4 timer om ugen. Timerne skal bruges på at få styr på din økonomi og komme til lægen.',
    // The thought behind it.
    'Du får en el-scooter. Det er tanken, at du igen kan handle selv i byen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // A cause that stops the citizen, the point of the letter, a thought that is not the aim.
    'Du får ikke en badestol. Smerterne gør, at du ikke kan stå i bad.',
    'Hvad er meningen med brevet? Det fortæller dig, hvad vi har besluttet.',
    'Du får afslag på el-scooter. Det er ikke tanken, at du skal undvære transport, så kontakt Flextrafik.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe("borgerens-synspunkter: the party's view in other words", () => {
  it.each([
    'Det er din egen vurdering, at du har brug for hjælp til rengøring hver uge.',
    'Barnets egne ord: "Jeg vil gerne bo hos mormor."',
    'Mors ønsker: Aflastning en weekend om måneden.',
    'Far ønsker, at Liam fortsat går i sin nuværende skole.',
    'Henrik selv: vil gerne klare morgenen uden hjælp.',
    'Mor har gennem sin advokat oplyst, at hun er uenig i anbringelsen.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // Judgement left to the citizen, a field of abilities, someone else's agreement.
    'Du må selv bruge din egen vurdering af, hvornår du ringer.',
    'Klarer selv: påklædning og let madlavning.',
    'Lægen har skrevet, at han er enig i behandlingen.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('opfoelgning: a look only on change, or one already made, is no follow-up', () => {
  it.each([
    'Du får hjælp til bad to gange om ugen. Hjælpen revurderes, såfremt dit behov ændrer sig.',
    'Du får bostøtte. Støtten evalueres, dersom din situation forandrer sig.',
    'Vi har foretaget en opfølgning på din sag. Du får fremover 2 timer om ugen.',
    'Der er gennemført en revurdering af din hjælp, og du får fortsat rengøring.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    'Vi revurderer hjælpen om et år, eller før, hvis dit behov ændrer sig.',
    'Vi har foretaget en opfølgning, og vi vil igen følge op om et halvt år.',
    'Vi har lavet en opfølgning på din sag, og vi laver en ny opfølgning i maj.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});
