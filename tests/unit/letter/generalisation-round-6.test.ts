/**
 * Round 6: scope, resources, reasons, purpose, main considerations and facts in the habits of
 * different caseworkers — a comma after the period, a table column of granted amounts, the
 * application named as what is granted, help that goes on after a change. Written for these
 * tests, not taken from the evaluation letters. Every widened phrasing has a look-alike that
 * must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';


// Kvalitetsstandarden: the granted scope, however it is written down.
describe('omfang: the granted scope in other shapes', () => {
  it.each([
    // A comma between the period and the length of the visit.
    'Du er bevilget hjælp til bad hver morgen, ca. 20 minutter.',
    'Din far får hjælp til at komme i seng hver aften, cirka 15 minutter, fra 1. marts.',
    // A table column of granted amounts (cells become their own lines).
    'Du er bevilget dækning af merudgifter.\n\nUdgift\n\nAnsøgt pr. måned\n\nBevilget pr. måned\n\nMedicin\n\n180 kr.\n\n180 kr.',
    'Bevilling af merudgifter\n\nBevilget pr. måned: 940 kr.',
    // The application named as the grant.
    'Vi kan fortælle dig, at du får det, du har søgt om: rengøring 1 time hver 14. dag.',
    'Du bevilges det, du har ansøgt om, nemlig ledsagelse 5 timer om måneden.',
    // A change of time: the help that goes on.
    'Vi har besluttet at ændre tidspunktet for din aftenhjælp. Du modtager fortsat hjælp 1 gang dagligt om aftenen, ca. 15 minutter.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // A period and a length in different clauses about something else.
    'Du er bevilget hjælp efter behov. Hjemmeplejen kommer hver morgen, hvis du ringer, og hjælper dig i 30 minutter.',
    // Only the applied-for column, or a granted column of 0 kr.
    'Du er bevilget dækning af merudgifter.\n\nUdgift\n\nAnsøgt pr. måned\n\nHusleje\n\n6.450 kr.',
    'Du får afslag på dækning af merudgifter.\n\nBevilget pr. måned\n\n0 kr.',
    // The application alone, or refused.
    'Du har søgt om: rengøring 1 time hver uge. Det kan vi ikke bevilge.',
    'Du får afslag. Du har søgt om: afløsning 4 timer hver onsdag.',
    // A change: what the citizen gets today and has had.
    'Vi har besluttet at ændre tidspunktet for din hjælp. Du modtager i dag hjælp 2 gange dagligt.',
    'Vi har besluttet at ændre din hjælp. Du modtager fortsat hjælp, men tidligere fik du 2 gange dagligt.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// Metode til god sagsbehandling: resources said as what the citizen has shown, their will and
// initiative, their grip on their own care, and a sibling who helps. Not a test that "has shown"
// something, not the municipality's initiative, not a helper's grip on the money.
describe('ressourcer: shown ability, will, initiative, a sibling who helps', () => {
  it.each([
    'Vi bevilger fortsat familiebehandling. I har selv vist, at I kan holde fast i de faste sengetider.',
    'Du er bevilget støtte efter § 85. Du har vist, at du kan komme op om morgenen og møde i værkstedet.',
    'Du er bevilget støtte. Afdelingen har bemærket, at du har udvist vilje til samarbejde med skolen.',
    'Du er bevilget støtte. Du har selv taget initiativ til at kontakte misbrugscentret.',
    'I er bevilget dækning af merudgifter. I har godt styr på målingerne af blodsukker.',
    'I er bevilget dækning af merudgifter. Sofies lillesøster hjælper hende med at huske tabletterne.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du er bevilget støtte. Testen har vist, at der er brug for støtte.',
    'Du får afslag på støtte. Der er ikke vilje til samarbejde fra jeres side.',
    'Du er bevilget støtte. Kommunen har taget initiativ til et møde med skolen.',
    'Du er bevilget tilskud. Bostøtten har godt styr på din økonomi.',
    'Du er bevilget tilskud. I har ikke styr på insulinen endnu.',
    'Du er bevilget tilskud. Hans storebror går i 5. klasse på samme skole.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// Metode til god sagsbehandling: the purpose said as the meaning of the help.
describe('formaal: the meaning of the help', () => {
  it.each([
    'Du er bevilget et badebræt. Meningen er, at du kan komme i badet uden at skulle have hjælp.',
    'Du er bevilget aflastning. Tanken med hjælpen er, at du får tid til dig selv.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Du er bevilget et badebræt. Det er ikke meningen, at du skal betale for det.',
    'Du er bevilget et badebræt. Vi er af den mening, at du kan montere det selv.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// FVL § 24: a weight whose "derfor" points back to the facts of the sentence before is a main
// consideration; the same "derfor" after a quoted rule only restates it.
describe('hovedhensyn: a weight that rests on the facts before it', () => {
  it.each([
    'Din aftenhjælp ophører. Af fysioterapeutens notat fremgår det, at du nu selv kan tage nattøjet på. Vi har lagt vægt på, at du derfor ikke længere har brug for hjælp om aftenen.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    'Du får afslag. Hjælpen gives til personer, der ikke selv kan udføre opgaverne. Vi har lagt vægt på, at du derfor ikke opfylder betingelserne.',
    'Du får afslag. Vi har lagt vægt på, at du derfor ikke opfylder betingelserne.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});
