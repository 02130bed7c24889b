/**
 * Round 29, vejledning-andre-ydelser: phrasing classes behind the misses on held-out sets 14 and
 * 15, in our own words — valid examples and look-alikes that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const ID = 'vejledning-andre-ydelser';

describe('a unit that can assess another need', () => {
  it.each([
    'Du får en rollator som udlån. Får du senere svært ved rengøringen, kan du ringe til visitationen, der kan vurdere, om du har brug for praktisk hjælp.',
    'Du får et badebræt. Hjemmesygeplejen kan vurdere om du kan få hjælp til medicin, hvis det bliver nødvendigt.',
    'I får aflastning to weekender om måneden. Familieafdelingen kan vurdere, om I har behov for en kontaktperson til Oliver.',
  ])('present: %s', (t) => expect(present(t, ID)).toBe(true));
  it.each([
    // More of, or a new look at, the help granted.
    'Du får hjælp til rengøring hver 14. dag. Ændrer dit behov sig, kan visitationen vurdere, om du har behov for mere hjælp.',
    'Du får hjælp til bad to gange om ugen. Bliver du dårligere, kan du kontakte os, så vi kan vurdere, om du har brug for hjælp.',
    'Du får en rollator. Terapeuten kan vurdere, om du har behov for rollatoren, når du er færdig med genoptræningen.',
  ])('absent: %s', (t) => expect(present(t, ID)).toBe(false));
});

describe('another body asked to assess the citizen under another law', () => {
  it.each([
    'Du får BPA i 12 timer i døgnet. Vi har bedt hjemmesygeplejen om at vurdere dig efter sundhedslovens § 138 til hjælp med sonden.',
    'Du får afslag på en kørestol. Vi har bedt jobcentret om at vurdere dig efter beskæftigelseslovens regler om arbejdsredskaber.',
  ])('present: %s', (t) => expect(present(t, ID)).toBe(true));
  it.each([
    // The assessment behind this decision, under its own law.
    'Du får en badetaburet. Vi har bedt ergoterapeuten om at vurdere dig efter servicelovens § 112, og hun var hos dig den 3. marts.',
    'Du får hjælp til rengøring. Vi har bedt hjemmeplejen om at vurdere dig igen om et halvt år.',
  ])('absent: %s', (t) => expect(present(t, ID)).toBe(false));
});

describe("another municipality's office, in the genitive", () => {
  it.each([
    'Din bostøtte ophører, når du flytter den 1. juni. Du må selv søge om hjælp hos Kolding Kommunes Handicapafdeling, når du er flyttet.',
    'Dit ophold stopper ved udgangen af måneden. Du kan kontakte Odense Kommunes Borgerservice om boligstøtte.',
  ])('present: %s', (t) => expect(present(t, ID)).toBe(true));
  it.each([
    // The sender's own office, named in the letterhead.
    'Hjørring Kommune\nSocialafdelingen\n\nDu får socialpædagogisk støtte 3 timer om ugen. Du skulle i første omgang søge om støtte hos Hjørring Kommunes Socialafdeling, og det har du gjort den 2. maj.',
    'Hjørring Kommune\n\nDu får socialpædagogisk støtte 3 timer om ugen. Vi har sendt en kopi til Hjørring Kommunes socialafdeling.',
  ])('absent: %s', (t) => expect(present(t, ID)).toBe(false));
});

describe('what the help granted makes possible, in a clause of purpose', () => {
  it.each([
    'Du får afslag på boligindretning. Du kan i stedet bruge kommunens trappemaskine, som vi låner ud.',
    'Du får hjælp til bad. For at komme ud blandt andre kan du også deltage i caféen på plejecentret.',
  ])('present: %s', (t) => expect(present(t, ID)).toBe(true));
  it.each([
    'Vi fjerner dørtrinnene, fordi ændringerne er nødvendige for, at du kan bruge hele din bolig.',
    'Du får en el-kørestol, så du kan deltage i livet uden for hjemmet.',
    'Rampen bliver bygget, sådan at du kan benytte haven igen.',
  ])('absent: %s', (t) => expect(present(t, ID)).toBe(false));
});

describe('a named club house offered, and a named office inside the need the help meets', () => {
  it.each([
    'Du får afslag på ledsagelse. Vil du gerne ud om aftenen, kan du komme i Klubhuset Ved Åen, som har åbent tirsdag og torsdag.',
    'Vi kan ikke bevillige aflastning. Et tilbud i klubhuset på Stationsvej kunne måske give dig noget at gå til.',
    'Du får afslag på bostøtte. Du har brug for hjælp til at finde et job, og det kan jobcentret hjælpe dig med.',
  ])('present: %s', (t) => expect(present(t, ID)).toBe(true));
  it.each([
    // The club the citizen goes to already, and the need the help granted meets.
    'Du får bostøtte 2 timer om ugen. Du spiller billard i klubhuset om mandagen.',
    'Du får socialpædagogisk støtte, fordi du har brug for hjælp til at åbne post, handle og holde kontakt til jobcentret.',
    'Du får en kontaktperson, da du har behov for støtte til struktur, økonomi og samtaler med jobcentret.',
  ])('absent: %s', (t) => expect(present(t, ID)).toBe(false));
});
