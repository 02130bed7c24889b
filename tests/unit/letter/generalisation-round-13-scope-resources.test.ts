/**
 * Round 13: phrasing classes behind the misses of the scope, resources, purpose, views and
 * hearing blocks — each with look-alikes that must stay absent. Sentences written for these
 * tests, not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const CHILD = 'Afgørelse efter barnets lov § 32.\n\n';

describe('borgerens-synspunkter: the speaker behind an aside, a place or a heading', () => {
  it.each([
    // A relative clause between the child and the verb.
    `${CHILD}Vi har talt med Sofie og jer.\n\nSofie, der er 14 år, har ved et møde med sin rådgiver den 3. juni givet udtryk for, at hun gerne vil blive boende.`,
    // The citizen named in a vocative, and a place between the auxiliary and the verb.
    'Udvalget har besluttet, at du, Hanne, får et botilbud.\n\nHanne har ved sit besøg på Egelunden den 4. marts sagt, at hun glæder sig til at flytte.',
    // The parent spoken to by name inside the sentence.
    `${CHILD}Du, Karin, fortalte på mødet, at du gerne vil have mere støtte om aftenen.`,
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // A relative named between commas speaks for herself.
    `${CHILD}Noahs farmor, Bente, ringede den 2. maj og fortalte, at hun synes, at I har brug for mere hjælp.`,
    // A heading that asks what someone else said comes after the sentence before it.
    'Vi vurderer, at du har brug for hjælp til rengøring.\n\nHvad har din søn sagt?\nDin søn ringede til os, fordi han er bekymret.',
    'Du har søgt om madservice.\n\nHvad har lægen oplyst?\nLægen skriver, at såret er helet.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('ressourcer: progress, pride and taking part — not an expectation, a condition or an offer', () => {
  it.each([
    'Du får hjælp til rengøring. Du tager nu selv bussen til træningen.',
    'Du får tilskud til medicin. Mads er selv begyndt at tage sin medicin om morgenen.',
    'Vi bevilger en badestol. Hun er stolt af selv at kunne klæde sig på.',
    'Skolen oplyser, at Noah deltager i alle timer og ture.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // An ability expected later.
    'Du får madservice i tre måneder. Det forventes, at du kan gå uden rollator igen efter genoptræningen.',
    'Du får hjælp til indkøb. Vi regner med, at du selv kan handle ind, når armen er helet.',
    // A condition of the rule.
    'Du får afslag. Tilskud til BPA forudsætter, at ansøgeren er i stand til at lede sine hjælpere.',
    'Du får afslag. Det er en betingelse, at du kan færdes uden hjælp.',
    // The municipality's offer named with "netværk-".
    'Du får en familiebehandler. Familien deltog sidste år i et netværksforløb hos os.',
    // What would help, recommended by others.
    'Du får støtte i hjemmet. Psykologen skriver, at faste rutiner vil hjælpe hende.',
    // Negated.
    'Du får en støtteperson. Han deltager ikke i alle aktiviteter.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('omfang: an adjective before the unit; the child\'s own week is no scope', () => {
  it.each([
    'Du får madservice med 7 varme hovedretter om ugen.',
    'Vi bevilger 2 faste samtaler om måneden med din kontaktperson.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Din kontaktperson stopper den 1. juni. Du går i fritidsklubben fire dage om ugen.',
    'Vi bevilger en støttestol. Hun går i børnehave 5 dage om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('formaal: not the citizen\'s reported account, nor the purpose of the letter itself', () => {
  it.each([
    'Du får en rampe, så du kan komme ud i haven.',
    'Du har fortalt, at du er ensom. Du får derfor en ledsager, så du kan komme ud blandt andre.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Du får en rampe. Du har fortalt, at det vigtigste for dig er at kunne gå i haven, så du kan passe dine blomster.',
    'Du får en rampe. Jeg har skrevet det hele grundigt ned, så du kan følge med i min vurdering.',
    'Du får en rampe. Vi har forklaret reglerne udførligt, for at du kan forstå afgørelsen.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('partshoering: the answer joined to the document received, the subject left out', () => {
  it.each([
    'Du fik lægens udtalelse tilsendt den 2. maj og skrev til os den 6. maj, at du er uenig.',
    'I fik notatet fra hjemmebesøget tilsendt og kom med bemærkninger den 3. juni.',
    'De fik beregningen tilsendt den 4. april og svarede samme dag.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // No case document: an aid or a leaflet.
    'Du fik rollatoren tilsendt den 2. maj og skrev til os, at den er for høj.',
    // We sent and we wrote: the answer is ours.
    'Vi sendte dig en pjece om madservice og skrev, at du kan ringe til os.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('opfoelgning: "tager kontakt til dig" at a stated time', () => {
  it.each([
    'Du får aflastning. Vi tager kontakt til dig i oktober og ser på, hvordan det går.',
    'Du får bostøtte. Jeg tager igen kontakt til jer om tre måneder.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // No time: a start-up contact, or one the citizen makes.
    'Du får bostøtte. Bostøtten tager kontakt til dig for at aftale den første aftale.',
    'Du får bostøtte. Du kan tage kontakt til os, hvis du har spørgsmål.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('vejledning-andre-ydelser: free choice of the aid itself is another rule; free choice of provider is not', () => {
  it('present: free choice of the aid with own payment of the difference', () => {
    const t = 'Du får en standardkørestol. Ønsker du en dyrere model, kan du benytte frit valg af hjælpemiddel efter servicelovens § 112, stk. 3. Så betaler kommunen prisen på standardmodellen.';
    expect(present(t, 'vejledning-andre-ydelser')).toBe(true);
  });
  it('absent: free choice of provider', () => {
    const t = 'Du får hjælp til rengøring hver 14. dag. Du kan benytte frit valg af leverandør og vælge en privat firma.';
    expect(present(t, 'vejledning-andre-ydelser')).toBe(false);
  });
});

describe('borgerens-synspunkter: a view that a relative reports for the citizen', () => {
  it.each([
    'Du har søgt om plejebolig. Din datter skriver på dine vegne, at du føler dig utryg om natten.',
    'Du har søgt om hjemmehjælp. Sønnen fortæller, at du ønsker at blive boende.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
  it.each([
    'Du har søgt om plejebolig. Din datter har ringet til os, og du fortalte selv, at du føler dig utryg.',
    'Du har søgt om plejebolig. Du føler dig utryg om natten.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
});

describe('ressourcer: what the aid shall help with is not an ability', () => {
  it.each([
    'Du får en badebænk. Bænken skal hjælpe dig med fortsat selv at kunne tage bad.',
    'Du får en støttestrømpe-påtager. Den skal hjælpe dig til selv at kunne tage strømperne på.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
  it.each([
    // The will to cooperate stays a resource.
    'I har fortalt, at I gerne vil samarbejde om Oskar.',
    'Du får en badebænk. Du klarer i dag selv at tage bad.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
});

describe('batches a and b: resources said in passing', () => {
  it.each([
    'Du får tilskud. I har selv lært at give insulin, og Oskar er begyndt selv at kunne mærke, når blodsukkeret falder.',
    'Det er oplyst, at De på eget initiativ har meldt Dem til en strikkeklub.',
    'Din søster har indtil nu kørt dig til lægen, og hun vil gerne fortsætte.',
    'Du fortalte, at du cykler til købmanden og passer haven.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du kan på eget initiativ kontakte os, hvis noget ændrer sig.',
    'Hvis du cykler til lægen, skal du selv betale for parkering.',
    'Du får afslag. Din søster har ikke kørt dig, fordi hun bor i Aalborg.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('batches a and b: scope, follow-up, views and guidance', () => {
  it.each([
    'Vi nedsætter din hjælp til ét aftenbesøg dagligt.',
    'Du får 2 morgenbesøg om ugen.',
  ])('omfang present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // The citizen's own working week, with "nu" on the verb; a past visitation in the history.
    'Din hjælp til rengøring ophører. Du arbejder nu 25 timer om ugen.',
    'Din hjælp ophører. I 2023 blev du visiteret til rengøring hver uge og indkøb 1 gang om ugen.',
  ])('omfang absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
  it('opfoelgning present: a visit set weeks after delivery', () => {
    expect(present('Du får en kørestol. Terapeuten kommer ud 3 uger efter levering og justerer den.', 'opfoelgning')).toBe(true);
  });
  it.each([
    // A mail that follows up a call; telling how it goes; a review whose only date is an empty field;
    // days not used in a past period.
    'Emne: Opfølgning på vores telefonsamtale\n\nKære Inge\n\nDu får ikke et nødkald.',
    'Din bostøtte ophører. Du har brugt møderne til at fortælle, hvordan det går.',
    'Du får hjælp til bad. Hjælpen revurderes, hvis der sker ændringer i din situation, dog senest «Dato».',
    'Dit tilbud nedsættes, idet du ikke har benyttet tilbuddet om mandagen i perioden.',
  ])('opfoelgning absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    'Du har selv ønsket at få maden fra det kommunale køkken.',
  ])('borgerens-synspunkter present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it('vejledning absent: whether other help is needed at the end of a course', () => {
    expect(present('Du får et rehabiliteringsforløb. Til sidst holder vi et møde, hvor vi ser på, om du har brug for anden hjælp bagefter.', 'vejledning-andre-ydelser')).toBe(false);
  });
  it('vejledning present: other help named outright', () => {
    expect(present('Du får et rehabiliteringsforløb. Har du brug for anden hjælp, kan du søge om en ledsageordning efter servicelovens § 97.', 'vejledning-andre-ydelser')).toBe(true);
  });
});

describe('batches a and b: other help offered in passing, and goals and comparisons that are no resource', () => {
  it.each([
    'Du får et træningsforløb. Bagefter kan du også melde dig til kommunens gratis seniorgymnastik.',
    'Du får afslag på merudgiften. Cyklen kan i stedet søges som hjælpemiddel.',
    'Du får afslag på ombygning af badeværelset. Du kan få en badebænk udlånt som hjælpemiddel efter servicelovens § 112.',
  ])('vejledning present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The aid granted here.
    'Du får en rollator udlånt som hjælpemiddel efter servicelovens § 112.',
    'Du får bevilget et forløb. Du skal melde dig til holdet hos træningscentret.',
  ])('vejledning absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
  it.each([
    'Du får rengøring hver 14. dag. Rengøringen skal sikre, at dit hjem er rent nok til, at du kan færdes sikkert.',
    'Vi afslår merudgiften. Skolen skriver, at han ikke slider mere på sit tøj end kammeraterne.',
  ])('ressourcer absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
  it.each([
    'Du får rengøring hver 14. dag. Du kan færdes sikkert i hjemmet med din rollator.',
    'Han leger tit med kammeraterne i frikvarteret.',
  ])('ressourcer present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
});

describe('batch b: views after a call or in a quoted application; a purpose with two adjectives', () => {
  it.each([
    'Kære Bodil\n\nDu ringede til os den 3. marts og fortalte, at du er flyttet.',
    'Kære Bodil\n\nDu skrev i ansøgningen af 2. januar 2026 bl.a.: »Jeg kan ikke klare trapperne længere.«',
  ])('borgerens-synspunkter present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // Someone else calling and telling; we calling and telling.
    'Kære Bodil\n\nLægen ringede til os den 3. marts og fortalte, at såret er helet.',
    'Kære Bodil\n\nVi ringede til dig den 3. marts og fortalte, at hjælpen stopper.',
  ])('borgerens-synspunkter absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
  it('formaal present: "skal gøre det lettere og tryggere for dig at"', () => {
    expect(present('Du får en rollator. Rollatoren skal gøre det lettere og tryggere for dig at gå ude.', 'formaal')).toBe(true);
  });
  it('formaal absent: how easy the application was', () => {
    expect(present('Du får en rollator. Det vil gøre det lettere og hurtigere for os, hvis du sender billeder.', 'formaal')).toBe(false);
  });
});

describe('omfang: a numbered week is no period', () => {
  it('absent: "en samtale i uge 49"', () => {
    expect(present('Du får et forløb. Forløbet slutter med en samtale i uge 49, hvor vi ser på, om du har brug for mere hjælp.', 'omfang')).toBe(false);
  });
  it('present: a talk every week', () => {
    expect(present('Du får et forløb med en samtale i ugen.', 'omfang')).toBe(true);
  });
});

describe('batch h: a condition with its object, a comparison with a formal neighbour, a planned review as the occasion', () => {
  it.each([
    'Du får rengøring. Det er en forudsætning for hjælpen, at du selv stiller en støvsuger til rådighed.',
    'Du får afslag på madservice. De vil helst have maden bragt ud ligesom Deres nabo.',
  ])('ressourcer absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
  it('ressourcer present: the neighbour who helps', () => {
    expect(present('Du får afslag på madservice. Deres nabo handler ind for Dem hver uge.', 'ressourcer')).toBe(true);
  });
  it('opfoelgning absent: the planned review that led to this letter', () => {
    expect(present('Kommunen har i forbindelse med den planlagte revurdering foretaget en ny vurdering af Deres behov. Støtten nedsættes.', 'opfoelgning')).toBe(false);
  });
  it('opfoelgning present: a planned review ahead', () => {
    expect(present('Du får bostøtte. Den næste planlagte revurdering er i marts 2027.', 'opfoelgning')).toBe(true);
  });
});

describe('batch h: a hearing deadline counted in days; a purpose said as "trygt for dig"', () => {
  it('partshoering present: "med 14 dages frist til bemærkninger"', () => {
    expect(present('Du fik den 3. maj tilsendt terapeutens notat med 14 dages frist til bemærkninger.', 'partshoering')).toBe(true);
  });
  it('partshoering absent: an aid sent with a deadline to return it', () => {
    expect(present('Du fik den 3. maj tilsendt en rollator med 14 dages returret.', 'partshoering')).toBe(false);
  });
  it('formaal present: "skal gøre det trygt for dig at"', () => {
    expect(present('Du får et nødkald. Nødkaldet skal gøre det trygt for dig at bo alene.', 'formaal')).toBe(true);
  });
  it('formaal absent: the complaint made easy', () => {
    expect(present('Du får et nødkald. Vi vil gerne gøre det nemt for dig at klage.', 'formaal')).toBe(false);
  });
});

describe('batch o: the purpose of help that ends, in the past tense', () => {
  it('formaal present: "Forløbet skulle gøre Dem i stand til …"', () => {
    expect(present('Deres rehabiliteringsforløb er afsluttet. Forløbet skulle gøre Dem i stand til igen selv at klare morgenplejen.', 'formaal')).toBe(true);
  });
  it('formaal absent: something the citizen should have done', () => {
    expect(present('Du får afslag. Du skulle have søgt om hjælpen, før du købte stolen.', 'formaal')).toBe(false);
  });
});
