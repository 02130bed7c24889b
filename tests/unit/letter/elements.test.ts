import { describe, expect, it } from 'vitest';
import { analyzeLetter, ELEMENT_IDS, type ElementId } from '../../../lib/letter/index';
import { present } from './present';
import { GOOD_AFSLAG, GOOD_BEVILLING } from '../../../lib/letter/rules/sample-letters';


describe('element detection', () => {
  it('judges every element id, with evidence spans inside the text', () => {
    const a = analyzeLetter(GOOD_AFSLAG);
    expect(Object.keys(a.elements)).toEqual([...ELEMENT_IDS]);
    for (const id of ELEMENT_IDS) {
      const e = a.elements[id];
      if (e.present) {
        expect(e.evidence, id).toBeDefined();
        expect(e.evidence!.start).toBeGreaterThanOrEqual(0);
        expect(e.evidence!.end).toBeLessThanOrEqual(GOOD_AFSLAG.length);
        expect(e.evidence!.end).toBeGreaterThan(e.evidence!.start);
      }
    }
  });

  it('finds all building blocks of a complete refusal', () => {
    const a = analyzeLetter(GOOD_AFSLAG);
    const missing = ELEMENT_IDS.filter((id) => a.elements[id].required && !a.elements[id].present);
    expect(missing).toEqual([]);
  });

  describe('retsgrundlag', () => {
    it.each([
      'Afgørelsen er truffet efter servicelovens § 83, stk. 1.',
      'Vi har truffet afgørelsen efter § 32 i barnets lov.',
      'Hjælpen gives efter ÆL § 10.',
      'Lovgrundlag\nLov om social service § 97',
    ])('present: %s', (t) => expect(present(t, 'retsgrundlag')).toBe(true));
    it.each(['Vi har fulgt reglerne.', 'Det følger af § 83.', 'Efter serviceloven kan du ikke få hjælpen.'])('absent: %s', (t) =>
      expect(present(t, 'retsgrundlag')).toBe(false),
    );
  });

  describe('begrundelse', () => {
    it('is present when the reason is tied to the case', () => {
      expect(present('Du får afslag, fordi du selv kan gøre rent med din robotstøvsuger.', 'begrundelse')).toBe(true);
      expect(present('Afslag.\n\nBegrundelse\nVed besøget så vi, at du kan gå på trapper uden hjælp.', 'begrundelse')).toBe(true);
    });
    it('is absent with a problem when it only names the rule', () => {
      const a = analyzeLetter('Du får afslag. Du opfylder ikke betingelserne i servicelovens § 83.');
      expect(a.elements.begrundelse.present).toBe(false);
      expect(a.elements.begrundelse.problem).toBe('kun-regel');
      expect(a.findings.some((f) => f.ruleId === 'begrundelse-kun-regel')).toBe(true);
      expect(a.findings.some((f) => f.ruleId === 'manglende-byggesten' && f.message === a.findings.find((x) => x.ruleId === 'begrundelse-kun-regel')!.message)).toBe(false);
    });
  });

  describe('begrundelse: a conclusion that leans on the facts just before it', () => {
    it.each([
      'Du har fået en ny hofte og kan ikke bære varer op ad trappen. Derfor får du hjælp.',
      'Ved samtalen den 2. maj fortalte du, at din søn handler ind for dig hver lørdag. På den baggrund får du afslag på indkøb.',
      'De kan efter genoptræningen igen selv lave mad og gå tur, oplyser terapeuten. Kommunen har på dette grundlag besluttet, at madservicen ophører.',
      'Du får 10 timer om måneden, som er det højeste antal timer, reglerne giver mulighed for.',
      'Rampen er nødvendig, for at du kan komme ud af huset i din kørestol.',
      // Causal "da" takes the present tense; a restated need with its reason.
      'Du får afslag, da du selv kan gå i bad uden hjælp.',
      'Vi vurderer, at du har behov for hjælp til bad, fordi du ikke kan løfte armene.',
      // A threshold with the concrete reason for it.
      'Dit behov er ikke varigt, fordi du efter genoptræningen igen kan gå uden stok.',
      // Procedural sentences in between do not break the tie.
      'De kan selv gå ned i vaskeriet, det så vi ved besøget. Såfremt De har bemærkninger, bedes De ringe. De kan søge om hjælp på ny, hvis Deres situation ændrer sig. Kommunen har på denne baggrund besluttet, at hjælpen ophører.',
      // The conclusion in the rule's words, right after the facts.
      'Ved besøget så vi, at du selv går i bad hver morgen. Derfor har du ikke brug for hjælp til bad.',
      // A fact sentence that names its standard in passing still backs the conclusion.
      'Ved besøget blev Deres funktionsniveau vurderet i henhold til kommunens kvalitetsstandard for rengøring, og det er oplyst, at Deres hustru gør rent. Kommunen har på den baggrund besluttet, at rengøringen ophører.',
    ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
    it.each([
      // The "derfor" leans on a restated rule, on the application, or on a condition about the citizen.
      'Du har søgt om rengøring. Du opfylder ikke betingelserne. Derfor får du afslag.',
      'Du har søgt om hjælp til indkøb. Derfor får du afslag.',
      'Du har ikke et behov ud over kommunens serviceniveau. Derfor får du afslag.',
      // The "derfor" points to the sentence right before it, not to facts further back.
      'Du har ondt i knæet efter et fald. Du har søgt om hjælp til rengøring. Derfor får du afslag.',
      'Du går tur med din hund hver dag. Kommunen giver hjælp til personer med nedsat funktionsevne. Derfor får du afslag.',
      // A restated condition about the citizen is no fact, though it names a document.
      'Det fremgår af lægeerklæringen, at du ikke er omfattet af målgruppen. Derfor får du afslag.',
      // Boilerplate that announces an assessment, and the conclusion said again.
      'Vi har foretaget en konkret og individuel vurdering af din ansøgning og vurderer, at du ikke har behov for hjælp.',
      'Vi har på baggrund af de foreliggende oplysninger vurderet, at De ikke er i målgruppen.',
      'Dit behov kan dækkes inden for kommunens serviceniveau, og derfor får du afslag.',
      // Temporal "da" (with the past tense), the need restated, the application as the basis.
      'Da vi besøgte dig den 3. maj, viste du os dit badeværelse. Du får hjælp til bad 2 gange om ugen.',
      'Vi vurderer, at du har behov for hjælp til rengøring.',
      'Vi har på baggrund af din ansøgning besluttet at give dig afslag.',
      // A threshold said again.
      'Vi har vurderet, at dit behov ikke er af et sådant omfang, at det berettiger til hjælp.',
      'Vi vurderer, at dine vanskeligheder ikke er varige, og derfor får du afslag.',
      // Facts that are only reported, not tied to the result.
      'Ved besøget den 3. juni blev det konstateret, at der er nedsat gangfunktion. Der bevilges træning 2 gange ugentligt.',
    ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  });

  describe('faktiske-oplysninger: sources, documents and what was told', () => {
    it.each([
      'Det har din egen læge skrevet i udskrivningsbrevet.',
      'Psykologen har efter tre samtaler vurderet, at Sofie har brug for ro.',
      'Sundhedsplejersken har i sit notat af 4. maj beskrevet, at drengen ikke sover.',
      'I har fortalt, at I ikke har haft en hel nats søvn i et halvt år.',
      'Jonas har Aspergers syndrom.',
      'Cyklen koster 21.000 kr. ifølge tilbuddet fra forhandleren.',
    ])('present: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
    it.each([
      // A wish is the citizen's view, a unit price is the charge for the help.
      'Du har oplyst, at du gerne vil bruge timerne på at gå til koncert.',
      'Du får frokost hver dag. Prisen er 62 kr. pr. portion.',
      // Information without content, the rules, and help that is granted or comes next.
      'Vi har truffet afgørelsen på baggrund af de foreliggende oplysninger i din sag.',
      'Det fremgår af kvalitetsstandarden, at rengøring gives hver 14. dag.',
      'Du får et rehabiliteringsforløb, hvor en ergoterapeut kommer hjem til dig.',
      'Vi starter en børnefaglig undersøgelse og indkalder jer til en samtale.',
    ])('absent: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
  });

  describe('omfang', () => {
    it.each([
      'Du får 1 time hver 14. dag.',
      'Du får 2 besøg dagligt.',
      'Du får rengøring hver anden uge.',
      'Du får 25 gange om året.',
      'Hjælpen nedsættes fra 3 timer til 2 timer om ugen.',
      'Du får tre timer om ugen til indkøb og rengøring.',
    ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
    it('is not a scope when it says "efter behov" or a bare duration', () => {
      const a = analyzeLetter('Du får hjælp til rengøring efter behov i 6 måneder.');
      expect(a.elements.omfang.present).toBe(false);
      expect(a.elements.omfang.problem).toBe('efter-behov');
      expect(present('Du får hjælp i 6 måneder.', 'omfang')).toBe(false);
    });
  });

  describe('klagefrist', () => {
    it.each([
      'Du kan klage inden 4 uger fra du har modtaget afgørelsen.',
      'Fristen for at klage er fire uger.',
      'Klagen skal være os i hænde senest 4 uger efter, at du har modtaget brevet.',
    ])('present: %s', (t) => expect(present(t, 'klagefrist')).toBe(true));
    it.each([
      ['Du kan klage inden 8 uger.', '8 uger'],
      ['Klagefristen er 14 dage.', '14 dage'],
      ['Du skal klage senest en måned efter, at du har fået brevet.', 'en måned'],
    ])('wrong: %s', (t, found) => {
      const a = analyzeLetter(t);
      expect(a.elements.klagefrist.present).toBe(false);
      expect(a.elements.klagefrist.problem).toBe('forkert-frist');
      const f = a.findings.find((x) => x.ruleId === 'klagefrist-forkert')!;
      expect(t.slice(f.start, f.end)).toBe(found);
    });
    it('reads a deadline in its own sentence right after the complaint, counted from receipt', () => {
      expect(present('Vil du klage, så send os en mail. Vi skal have den senest 4 uger efter, at du har fået brevet.', 'klagefrist')).toBe(true);
      expect(present('Er du uenig, kan du klage. Ring eller skriv inden fire uger fra den dag, du modtog afgørelsen.', 'klagefrist')).toBe(true);
      const wrong = analyzeLetter('Du kan klage over afgørelsen. Skriv til os senest 8 uger efter, at du fik brevet.');
      expect(wrong.elements.klagefrist.problem).toBe('forkert-frist');
      // A start date after a complaint sentence is no deadline, right or wrong.
      const start = analyzeLetter('Du kan klage til os. Hjælpen starter inden 2 uger.');
      expect(start.elements.klagefrist.present).toBe(false);
      expect(start.elements.klagefrist.problem).toBeUndefined();
    });
    it("ignores the municipality's own 4 weeks for genvurdering", () => {
      const t = 'Du kan klage inden 6 uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen inden 4 uger.';
      expect(present(t, 'klagefrist')).toBe(false);
    });
  });

  describe('genvurdering and direct complaints', () => {
    it('is present when the complaint goes to the municipality', () => {
      expect(present('Send din klage til Odense Kommune. Vi vurderer sagen igen.', 'genvurdering')).toBe(true);
      expect(present('Du kan klage til kommunen senest 4 uger efter, du har modtaget afgørelsen. Kommunen genvurderer afgørelsen.', 'genvurdering')).toBe(true);
      expect(present('Hvis du klager, skal kommunen behandle din sag igen, før klagen går videre.', 'genvurdering')).toBe(true);
      // Wording of published complaint guidance.
      expect(present('Du kan klage inden fire uger. Kommunen har så fire uger til at revurdere din sag.', 'genvurdering')).toBe(true);
      expect(present('Send klagen til os inden 4 uger. Hvis kommunen fastholder sin afgørelse, går klagen videre til Ankestyrelsen.', 'genvurdering')).toBe(true);
      // A reassessment of the help later on is follow-up, not the complaint's reconsideration.
      expect(present('Du får rengøring hver 14. dag. Vi revurderer sagen om et år.', 'genvurdering')).toBe(false);
    });
    it('is absent when the complaint is only sent to or forwarded by the municipality', () => {
      expect(present('Klagen skal sendes til os.', 'genvurdering')).toBe(false);
      expect(present('Du kan klage. Send klagen til kommunen, som sender den videre til Ankestyrelsen.', 'genvurdering')).toBe(false);
    });
    it('is absent when reconsideration is negated or is a follow-up', () => {
      expect(present('Du kan klage til Ankestyrelsen. Afgørelser fra børne- og ungeudvalget genvurderes ikke af kommunen.', 'genvurdering')).toBe(false);
      expect(present('Bemærk, at afgørelser fra børne- og ungeudvalget ikke genvurderes af kommunen, før klagen behandles.', 'genvurdering')).toBe(false);
      expect(present('Du får hjælp til rengøring. Vi vurderer din sag igen om 6 måneder.', 'genvurdering')).toBe(false);
    });
    it('reports a complaint sent straight to Ankestyrelsen', () => {
      const a = analyzeLetter('Du får afslag. Du kan klage. Send klagen direkte til Ankestyrelsen inden 4 uger.');
      expect(a.elements.genvurdering.problem).toBe('direkte-til-ankestyrelsen');
      expect(a.findings.filter((f) => f.ruleId === 'klage-direkte-til-ankestyrelsen')).toHaveLength(1);
    });
    it('accepts direct complaints for børne- og ungeudvalg decisions and does not require genvurdering', () => {
      const a = analyzeLetter('Børne- og ungeudvalget har besluttet at anbringe din datter. Du kan klage. Send klagen til Ankestyrelsen inden 4 uger.');
      expect(a.elements.genvurdering.required).toBe(false);
      expect(a.findings.some((f) => f.ruleId === 'klage-direkte-til-ankestyrelsen')).toBe(false);
    });
  });

  describe('other phrase-based blocks', () => {
    it.each<[ElementId, string, string]>([
      ['hovedhensyn', 'Vi har lagt afgørende vægt på din funktionsevne.', 'Vi har læst din ansøgning.'],
      ['faktiske-oplysninger', 'Det fremgår af lægeerklæringen, at du har ondt i ryggen.', 'Vi har læst din ansøgning.'],
      ['formaal', 'Formålet med hjælpen er, at du kan bo hjemme.', 'Du får hjælp til rengøring.'],
      ['opfoelgning', 'Vi følger op på hjælpen om 3 måneder.', 'Du får hjælp til rengøring.'],
      ['ressourcer', 'Du kan selv lave mad, og dit netværk hjælper dig.', 'Du får hjælp til rengøring.'],
      ['borgerens-synspunkter', 'Du har fortalt, at du gerne vil bo hjemme.', 'Du får hjælp til rengøring.'],
      ['partshoering', 'Du har haft mulighed for at komme med bemærkninger til oplysningerne.', 'Du får hjælp.'],
      ['aktindsigt', 'Du kan få aktindsigt i din sag.', 'Du får hjælp.'],
      ['bisidder', 'Du kan tage en bisidder med til møder.', 'Du får hjælp.'],
      ['klagevejledning', 'Hvis du vil klage, skal du skrive til os.', 'Du får hjælp.'],
      ['klageinstans', 'Vi sender klagen til Ankestyrelsen.', 'Du får hjælp.'],
      ['vejledning-andre-ydelser', 'Du kan også søge om hjælp hos frivillige fra Ældre Sagen.', 'Du får hjælp.'],
      ['cpr', 'CPR-nr. 070761-0018', 'Sagsnr. 2025-0412'],
    ])('%s', (id, yes, no) => {
      expect(present(yes, id)).toBe(true);
      expect(present(no, id)).toBe(false);
    });
    it('does not take the complaint guidance for follow-up', () => {
      expect(present('Du kan klage inden for 4 uger.', 'opfoelgning')).toBe(false);
    });
  });

  describe('foraeldet-henvisning', () => {
    const child = 'Vi bevilger din søn en kontaktperson efter servicelovens § 52, stk. 3, nr. 6.';
    it('flags servicelovens § 52 in a children’s decision from 2024 on, with the barnets lov section', () => {
      const a = analyzeLetter(child, { date: new Date('2024-05-01') });
      expect(a.elements['foraeldet-henvisning'].present).toBe(true);
      const f = a.findings.find((x) => x.ruleId === 'foraeldet-henvisning')!;
      expect(f.suggestion).toContain('barnets lov § 32');
      expect(f.severity).toBe('error');
    });
    it('uses the more specific entry for § 52, stk. 3, nr. 7 (anbringelse)', () => {
      const a = analyzeLetter('Din søn anbringes efter servicelovens § 52, stk. 3, nr. 7.', { date: new Date('2025-01-01') });
      const fs = a.findings.filter((x) => x.ruleId === 'foraeldet-henvisning');
      expect(fs).toHaveLength(1);
      expect(fs[0]!.suggestion).toContain('§ 46');
    });
    it('does not flag before 2024 or outside children’s cases', () => {
      expect(analyzeLetter(child, { date: new Date('2023-12-31') }).elements['foraeldet-henvisning'].present).toBe(false);
      expect(analyzeLetter('Du får hjælp efter servicelovens § 52.', { date: new Date('2025-01-01'), context: { sagsomraade: 'voksne' } }).elements['foraeldet-henvisning'].present).toBe(false);
    });
    it('is never required, nor is cpr', () => {
      const a = analyzeLetter(child);
      expect(a.elements['foraeldet-henvisning'].required).toBe(false);
      expect(a.elements.cpr.required).toBe(false);
    });
  });
});

describe('required building blocks', () => {
  it('a full grant needs no begrundelse or klagevejledning, but formål, omfang and opfølgning', () => {
    const e = analyzeLetter(GOOD_BEVILLING).elements;
    expect(e.begrundelse.required).toBe(false);
    expect(e.klagevejledning.required).toBe(false);
    expect(e.klagefrist.required).toBe(false);
    expect(e.formaal.required).toBe(true);
    expect(e.omfang.required).toBe(true);
    expect(e.opfoelgning.required).toBe(true);
  });

  it('a refusal needs begrundelse, retsgrundlag and a full klagevejledning', () => {
    const e = analyzeLetter('Du får afslag på hjælp.').elements;
    for (const id of ['begrundelse', 'retsgrundlag', 'klagevejledning', 'klagefrist', 'genvurdering', 'klageinstans'] as const) {
      expect(e[id].required, id).toBe(true);
      expect(e[id].present, id).toBe(false);
    }
  });

  it('a klagevejledning in a full grant must still be complete', () => {
    const e = analyzeLetter(`${GOOD_BEVILLING}\n\nDu kan klage til Ankestyrelsen.`).elements;
    expect(e.klagevejledning.required).toBe(false);
    expect(e.klagefrist.required).toBe(true);
    expect(e.genvurdering.required).toBe(true);
  });

  it('a barnets lov § 32 change needs formål and duration', () => {
    const e = analyzeLetter('Vi nedsætter støtten efter barnets lov § 32, stk. 1, nr. 3.').elements;
    expect(e.formaal.required).toBe(true);
    expect(e.opfoelgning.required).toBe(true);
    const adult = analyzeLetter('Vi nedsætter støtten efter servicelovens § 85.').elements;
    expect(adult.formaal.required).toBe(false);
  });

  it('aids (§ 112) need no scope per period', () => {
    expect(analyzeLetter('Du får en rollator efter servicelovens § 112.').elements.omfang.required).toBe(false);
  });

  it('reports each missing required block once, pointing into the text', () => {
    const text = 'Du får afslag på hjælp.';
    const a = analyzeLetter(text);
    const missing = a.findings.filter((f) => f.ruleId === 'manglende-byggesten');
    const requiredMissing = ELEMENT_IDS.filter((id) => a.elements[id].required && !a.elements[id].present && !a.elements[id].problem);
    expect(missing).toHaveLength(requiredMissing.length);
    for (const f of missing) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('edge cases', () => {
  it('handles an empty letter and whitespace only', () => {
    for (const text of ['', '   \n\n  ']) {
      const a = analyzeLetter(text);
      expect(a.decisionType).toBe('ukendt');
      expect(a.lix.value).toBe(0);
      for (const f of a.findings) expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('handles Windows line endings like Unix ones', () => {
    const unix = analyzeLetter(GOOD_AFSLAG);
    const windows = analyzeLetter(GOOD_AFSLAG.replace(/\n/g, '\r\n'));
    expect(windows.decisionType).toBe(unix.decisionType);
    expect(windows.lix.sentences).toBe(unix.lix.sentences);
    expect(ELEMENT_IDS.filter((id) => windows.elements[id].present)).toEqual(ELEMENT_IDS.filter((id) => unix.elements[id].present));
  });

  it('treats capitalised abbreviations case-sensitively ("bl.a." is not "BL")', () => {
    expect(present('Vi har bl.a. set på § 83.', 'retsgrundlag')).toBe(false);
    expect(present('Hjælpen gives efter BL § 32.', 'retsgrundlag')).toBe(true);
  });
});

describe('letter date', () => {
  const body = 'Vi bevilger din søn en kontaktperson efter servicelovens § 52, stk. 3, nr. 6.';
  it('reads the date from the header and judges references by it', () => {
    expect(analyzeLetter(`Aarhus, 12. marts 2023\n\n${body}`).elements['foraeldet-henvisning'].present).toBe(false);
    expect(analyzeLetter(`Dato: 12.03.2024\n\n${body}`).elements['foraeldet-henvisning'].present).toBe(true);
  });
  it('ignores dates in the body text', () => {
    const a = analyzeLetter(`${body} Du søgte om hjælpen den 3. marts 2023, og vi har talt med dig og din søn om det flere gange siden.`, { date: new Date('2025-01-01') });
    expect(a.elements['foraeldet-henvisning'].present).toBe(true);
  });
  it('an explicit date wins', () => {
    expect(analyzeLetter(`Aarhus, 12. marts 2023\n\n${body}`, { date: new Date('2025-01-01') }).elements['foraeldet-henvisning'].present).toBe(true);
  });

  // Phrasings from municipal letters and guides (Ankestyrelsen's "At skrive en afgørelse",
  // kommuners klagevejledninger, DUKH, Ombudsmanden's partshøring overview), not from the corpus.
  describe('municipal phrasings', () => {
    it.each([
      ['partshoering', 'Vi skrev til dig den 3. marts om, hvad vi havde tænkt os at beslutte.'],
      ['partshoering', 'Vi sendte dig notatet fra besøget og bad om dine bemærkninger.'],
      ['partshoering', 'Du svarede ikke inden fristen, og vi har derfor truffet afgørelsen.'],
      ['partshoering', 'I har læst undersøgelsen og sagt, at I er enige i den.'],
      ['partshoering', 'Udvalget har hørt jer på mødet den 4. juni.'],
      ['borgerens-synspunkter', 'Du vil gerne kunne gå i bad alene. Det har du selv sagt.'],
      ['borgerens-synspunkter', 'Pågældende oplyste selv, at hun kan gå med rollator.'],
      ['borgerens-synspunkter', 'Du sagde til mødet, at du savner at komme ud.'],
      ['borgerens-synspunkter', 'Anna og Peter fortalte, at aftenerne er svære.'],
      ['borgerens-synspunkter', 'På mødet fortalte I, at Emil sover dårligt.'],
      ['ressourcer', 'Din søn handler ind for dig hver uge.'],
      ['ressourcer', 'Du får hjælp fra din datter og din nabo.'],
      ['ressourcer', 'Farmor passer Emil om onsdagen.'],
      ['ressourcer', 'Emil er god til at lege med andre børn.'],
      ['ressourcer', 'Du har fortalt, at du gerne vil samarbejde med os.'],
      ['ressourcer', 'Peter kan selv klæde sig på om morgenen.'],
      ['vejledning-andre-ydelser', 'Du får afslag. Du kan i stedet søge om et hjælpemiddel efter servicelovens § 112.'],
      ['vejledning-andre-ydelser', 'I kan også søge om aflastning eller tabt arbejdsfortjeneste.'],
      ['vejledning-andre-ydelser', 'Du kan eventuelt købe mad i kommunens cafeteria.'],
      ['vejledning-andre-ydelser', 'Du kan kontakte headspace, hvis du har brug for at tale med nogen.'],
      ['vejledning-andre-ydelser', 'Du kan søge om et ledsagerkort hos Dansk Handicap Forbund.'],
      ['faktiske-oplysninger', 'Vi var på besøg hos dig den 24. april.'],
      ['faktiske-oplysninger', 'Dorthe skriver i sin statusrapport af 3. marts, at Emil trives.'],
      ['omfang', 'Du får 7 hovedretter om ugen.'],
      ['omfang', 'Emil får aflastning 1 weekend om måneden.'],
      ['omfang', 'Vi har besluttet at gå fra 2 til 1 session om ugen.'],
    ] as const)('%s present: %s', (id, text) => expect(present(text, id)).toBe(true));

    it.each([
      ['ressourcer', 'Du får et toiletstativ, så du selv kan klare toiletbesøg.'],
      ['ressourcer', 'Formålet er, at du bliver i stand til at klare dig selv.'],
      ['borgerens-synspunkter', 'Lægen fortalte, at du har ondt i ryggen.'],
      ['partshoering', 'Hvis du har bemærkninger til afgørelsen, kan du klage inden fristen.'],
      ['vejledning-andre-ydelser', 'Du kan kontakte os, hvis du har spørgsmål.'],
      ['vejledning-andre-ydelser', 'Du kan søge om aktindsigt i din sag.'],
      ['omfang', 'Du betaler 250 kr. om måneden for madservice.'],
    ] as const)('%s absent: %s', (id, text) => expect(present(text, id)).toBe(false));
  });

  describe('begrundelse and hovedhensyn that only restate the rule', () => {
    it.each([
      'Du får afslag, idet betingelserne herfor ikke er opfyldt.',
      'Vi har vurderet, at De ikke vurderes at have en betydelig nedsat funktionsevne.',
      'Vi har vurderet, at hjælpemidlet ikke i væsentlig grad kan afhjælpe følgerne.',
    ])('begrundelse absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
    it('does not take a restated rule as the main consideration', () => {
      expect(present('Vi har lagt vægt på, at De ikke opfylder betingelserne.', 'hovedhensyn')).toBe(false);
      expect(present('Vi har lagt vægt på, at du selv kan gå på trapper.', 'hovedhensyn')).toBe(true);
    });
  });

  describe('klagefrist', () => {
    it('reads the deadline through HTML entities and "efter, at du har fået"', () => {
      expect(present('Du kan klage. Klagen skal være modtaget senest 4\u00a0uger efter, at du fik afgørelsen.', 'klagefrist')).toBe(true);
      expect(present('Du kan klage over afgørelsen 4 uger efter, at du har fået brevet.', 'klagefrist')).toBe(true);
    });
  });
});

describe('omfang is the granted scope only', () => {
  const present = (text: string) => analyzeLetter(text).elements.omfang.present;
  it.each([
    'Vi har besluttet, at du fremover får 1.150 kr. om måneden til dækning af merudgifter.',
    'Du får et tilskud på 600 kroner pr. måned.',
    'Du er pensionist og får hjælp til rengøring 2 timer om ugen.',
  ])('money and help per period, present: %s', (t) => expect(present(t)).toBe(true));
  it.each([
    'Du har oplyst, at du har udgifter til medicin på 300 kr. om måneden.',
    'Du får familiebehandling.\n\nSamvær\nEmil er hjemme hos jer 2 dage om måneden.',
    'Du får familiebehandling. Ida kommer hjem hver anden weekend.',
  ])('own money and family contact, absent: %s', (t) => expect(present(t)).toBe(false));
  it.each([
    'Du får afslag på rengøring. Du har søgt om 2 timer om ugen.',
    'Din hjælp til indkøb ophører. Du har hidtil haft 1 besøg om ugen.',
    'Du får ikke 3 timers ledsagelse om måneden.',
  ])('absent: %s', (t) => expect(present(t)).toBe(false));
  it.each([
    'Du har hidtil fået 2 timer om ugen, men fremover får du 1 time om ugen.',
    'Hjælpen nedsættes fra 3 timer til 2 timer om ugen.',
    'Du får madservice med 7 hovedretter om ugen.',
  ])('present: %s', (t) => expect(present(t)).toBe(true));
});

describe('begrundelse and hovedhensyn in real municipal phrasing', () => {
  const letter = (...parts: string[]) => parts.join('\n\n');
  it.each([
    // Why the letter is sent, and the citizen's own reason, are not the authority's reason.
    'Vi skriver til dig, fordi din hjælp til bad bliver flyttet til om eftermiddagen.',
    'Du får dette brev, fordi vi har set på din bevilling igen.',
    'Du har fortalt, at du gerne vil have besøget tidligt, fordi du går til gymnastik om formiddagen.',
    // The clause after "idet" only restates the rule; the part before only states the result.
    'Det vurderes, at du ikke har behov for hjælp til tøjvask, idet du ikke opfylder kriterierne i kommunens kvalitetsstandard.',
    // A generic weight announces a reason and gives none.
    'Begrundelse\nVi har lagt vægt på en samlet og konkret vurdering af dine forhold.',
    // The law quoted word for word, and the criterion copied back from it.
    letter(
      'Afslag på tilskud',
      'Efter bestemmelsen kan der ydes tilskud til personer, som på grund af varigt nedsat funktionsevne har væsentlige merudgifter i hverdagen.',
      'Det er vores vurdering, at du ikke har væsentlige merudgifter i hverdagen.',
      'Du er derfor ikke omfattet af bestemmelsen.',
    ),
    letter(
      'Lovgrundlag\nServicelovens § 107, stk. 1, har følgende ordlyd:\n"Kommunalbestyrelsen kan tilbyde midlertidigt ophold til personer, som på grund af særlige sociale problemer har behov for det."',
      'Vurdering\nKommunen kan tilbyde Dem støtte efter servicelovens § 85 i egen bolig.',
    ),
  ])('begrundelse absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));

  it.each([
    'Vi skriver til dig, fordi vi stopper din hjælp. Vi stopper den, fordi du nu selv kan klare rengøringen.',
    'Det vurderes, at du ikke har behov for hjælp til tøjvask, idet du selv kan bruge vaskemaskinen i kælderen.',
    'Vi har lagt vægt på en samlet vurdering og på, at din datter bor i samme opgang og hjælper dig hver dag.',
    letter(
      'Efter bestemmelsen kan der ydes tilskud til personer med varigt nedsat funktionsevne.',
      'Vi har vurderet, at du ikke har merudgifter, fordi din medicin betales af regionen.',
    ),
  ])('begrundelse present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));

  it.each([
    'Vi har lagt vægt på en samlet og konkret vurdering af dine forhold.',
    'Vi har lagt vægt på de faglige vurderinger i sagen og på en samlet vurdering af familiens situation.',
    // Forvaltningsloven § 24 quoted: the word "hovedhensyn" is the law's, not the letter's.
    'Af forvaltningslovens § 24, stk. 1, fremgår det, at en begrundelse skal henvise til reglerne. I det omfang, afgørelsen beror på et skøn, skal begrundelsen tillige angive de hovedhensyn, der har været bestemmende.',
  ])('hovedhensyn absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));

  it.each([
    'Vi har lagt vægt på en samlet vurdering og på, at du selv kan lave mad.',
    'Din søn hjælper dig med indkøb hver uge, hvilket der er lagt vægt på i vurderingen.',
    'Vi har lagt vægt på lægens udtalelse om din ryg.',
  ])('hovedhensyn present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
});

describe('ressourcer and formaal in real municipal phrasing', () => {
  it.each([
    // Subject first, then "selv" and what the citizen does.
    'Vi har lagt vægt på, at du selv tørrer støv af og tager opvasken.',
    'Ved besøget så vi, at hun selv laver morgenmad.',
    // Network further from its verb.
    'Din kone Birthe arbejder på deltid og kører dig til træning om tirsdagen.',
    // Readiness to manage when help ends.
    'Du har selv sagt på mødet, at du føler dig klar til at klare det alene.',
  ])('ressourcer present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));

  it.each([
    // A duty, a purpose of the granted aid, and a lack are no resources.
    'Du skal være opmærksom på, at du selv betaler for maden.',
    'Med rollatoren kan du selv gå ned til bussen.',
    'Din mand har demens og kan ikke hjælpe dig.',
  ])('ressourcer absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));

  it.each([
    'Vi bevilger en badebænk. Med badebænken kan du selv gå i bad.',
    'Du får støtte 3 timer om ugen. Med støtten vil du bedre kunne holde styr på dine regninger.',
  ])('formaal present: %s', (t) => expect(present(t, 'formaal')).toBe(true));

  it.each([
    'Med afgørelsen kan du se, hvad vi har besluttet.',
    'Med venlig hilsen\nJonas',
    'Med tiden kan du søge igen.',
  ])('formaal absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('complaint guidance in very plain Danish', () => {
  it.each([
    // Short sentences: the reconsideration two sentences after "klage", and the other spelling.
    ['genvurdering', 'Er du uenig? Så kan du klage. Ring eller skriv til os inden 4 uger. Vi ser på sagen igen.'],
    ['genvurdering', 'Hvis du vil klage skal du skrive til os. Vi kikker på sagen igen og sender den til Ankestyrelsen.'],
    // The deadline in a sentence that only says how to send it.
    ['klagefrist', 'Så kan du klage. Ring eller skriv til os inden 4 uger.'],
    ['klagefrist', 'Du kan klage over afgørelsen. Send den til Egekær Kommune inden fire uger.'],
  ] as const)('%s present: %s', (id, text) => expect(present(text, id)).toBe(true));

  it.each([
    // A follow-up two sentences after a complaint in another paragraph, and a start date.
    ['genvurdering', 'Du kan klage til os.\n\nHjælpen starter i maj. Vi ser på sagen igen om et halvt år.'],
    ['klagefrist', 'Du kan klage til os. Hjælpen starter inden 2 uger.'],
    ['klagefrist', 'Så kan du klage. Ring eller skriv til os inden 8 uger.'],
  ] as const)('%s absent: %s', (id, text) => expect(present(text, id)).toBe(false));
});

describe('synspunkter and partshøring in real municipal phrasing', () => {
  it.each([
    'Du har i din ansøgning og på mødet den 3. maj 2025 fortalt, at du gerne vil bo hjemme.',
    'I har på mødet oplyst, at I er klar til at tage imod Sofie.',
  ])('borgerens-synspunkter present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));

  it.each([
    // The chance to comment is the hearing, not a view.
    'Vi skrev til dig den 1. marts, at vi ville stoppe støtten, og at du kunne give os dine bemærkninger inden den 15. marts.',
    'Du er velkommen til at komme med dine bemærkninger.',
    // Someone else told it.
    'Lægen har i sin udtalelse af 2. maj fortalt, at du har ondt i knæet.',
  ])('borgerens-synspunkter absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));

  it.each([
    'Du har læst afslutningsrapporten og har ikke haft bemærkninger til den.',
    'I har fået undersøgelsen tilsendt og havde ingen bemærkninger.',
  ])('partshoering present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));

  it.each([
    'Du har læst vores pjece om hjemmehjælp.',
    'Har du spørgsmål, er du velkommen til at ringe.',
  ])('partshoering absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('opfoelgning and omfang: the past and wishes are no follow-up and no scope', () => {
  it.each([
    'Din mand døde for tre år siden, og du bor nu alene.',
    'Handleplanen blev senest revideret den 1. september 2025.',
  ])('opfoelgning absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));

  it.each([
    'Vi bevilger aflastning. Handleplanen skal revideres igen i marts.',
    'Bevillingen gælder i 6 måneder.',
    'Handleplanen blev revideret i september, og vi vil revidere den igen om 6 måneder.',
  ])('opfoelgning present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));

  it.each([
    'Vi har besluttet, at Ida skal bo hos sin moster. Ida har sagt, at hun gerne vil se sin far hver anden weekend.',
    'Du får hjælp til rengøring. Du håber på at få besøg 3 gange om ugen.',
  ])('omfang absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));

  it('omfang present when the grant follows a wish', () => {
    expect(present('Du vil gerne have mere hjælp, men du får rengøring 1 gang hver 14. dag.', 'omfang')).toBe(true);
  });
});

describe('begrundelse: a named source or guideline is no reason', () => {
  it.each([
    'Afslag\n\nBegrundelse\nAfgørelsen er truffet på baggrund af kommunens kvalitetsstandard for praktisk hjælp.',
    'Afslag\n\nI vejledningen til serviceloven står der, at hjælp kan gives til personer, som på grund af nedsat funktionsevne ikke selv kan gøre rent.',
  ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    'Afslag\n\nBegrundelse\nEfter kommunens kvalitetsstandard kan du ikke få hjælp, fordi din søn bor hos dig og gør rent.',
    'Ved besøget blev din funktionsevne vurderet efter kommunens kvalitetsstandard, og vi så, at du selv kan støvsuge. Derfor får du ikke hjælp til rengøring.',
  ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

describe('partshoering: no comments on a document of the case only', () => {
  it('is absent when the comments are about something else', () => {
    expect(present('Du har fået rengøring i 2 år og har ingen bemærkninger til leverandøren.', 'partshoering')).toBe(false);
  });
  it('is present when the citizen read a document and had no comments', () => {
    expect(present('Du har modtaget referatet fra mødet og havde ingen bemærkninger.', 'partshoering')).toBe(true);
  });
});
