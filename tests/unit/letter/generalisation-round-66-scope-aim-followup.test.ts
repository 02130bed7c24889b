/**
 * Round 66: omfang, formaal and opfoelgning — a ticked form box, the grant after a colon, help kept "som den er i dag" or
 * said to go on in the next sentence, a sport in a compound; the aim after a relative clause, "skal være med til", "Hvad skal
 * … gøre godt for?", the test of what it takes, the first trips arranged; a look told in the perfect and a period with a
 * merge field's name, unseen batches ej and ek measured once before they were merged.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nJonna Lind\nSagsbehandler\n';

describe('omfang: a ticked box of a form is an item of its own', () => {
  const form = (first: string) =>
    'Afgørelse om merudgifter\n\nKommunen har behandlet din ansøgning af 3. marts 2026.\n\nResultat:\n' +
    `[X] Fysioterapi-kørsel: ${first}, jf. servicelovens § 41.\n[ ] Særlig kost: dækkes ikke.\n\n` +
    'Særlig kost dækkes ikke, fordi udgiften ikke er større end for andre børn.' + END;
  it('"[X] …: dækkes med 850 kr. om måneden" over "[ ] …: dækkes ikke" is a scope', () =>
    expect(present(form('dækkes med «beløb» 850 kr. om måneden'), 'omfang', opts)).toBe(true));
  it('a ticked box whose own line refuses the amount ("850 kr. om måneden dækkes ikke") is none', () =>
    expect(present(form('850 kr. om måneden dækkes ikke'), 'omfang', opts)).toBe(false));
});

describe('omfang: the application in a lead before a colon, the grant after it', () => {
  const mail = (body: string) => `Emne: Svar om støttekontaktperson\n\nHej Lone\n\n${body} Din kontaktperson ringer til dig i næste uge.${END}`;
  it('"Svar på din ansøgning: Du får en kontaktperson efter § 85, 6 timer om måneden" is a scope', () =>
    expect(present(mail('Svar på din ansøgning: Du får en støttekontaktperson efter servicelovens § 85, 6 timer om måneden.'), 'omfang', opts)).toBe(true));
  it('"Du har søgt om 6 timer om måneden: det kan vi ikke give" is none', () =>
    expect(present(mail('Du har i din ansøgning bedt om 6 timer om måneden: det kan vi ikke give dig.'), 'omfang', opts)).toBe(false));
});

describe('omfang: help kept beside a refusal, "som den er i dag" or said to go on in the next sentence', () => {
  const refusal = (kept: string) =>
    'Svar om plejebolig til din far\n\nKære Henning\n\nDin far får ikke tilbudt en plejebolig nu. Han klarer sig hjemme med den hjælp, han har.\n\n' + kept + END;
  it('"Din far beholder sin hjælp, som den er i dag: 2 besøg om dagen" is a scope', () =>
    expect(present(refusal('Din far beholder sin hjælp, som den er i dag: 2 besøg om dagen og indkøb hver uge.'), 'omfang', opts)).toBe(true));
  it('"Din far havde hjælp, som den var sidste år: 2 besøg om dagen" is none', () =>
    expect(present(refusal('Din far havde tidligere hjælp, som den var sidste år: 2 besøg om dagen.'), 'omfang', opts)).toBe(false));
  const money = (next: string) =>
    'Svar på ansøgning om højere tilskud\n\nKære Mads og Tine\n\nI får i dag 900 kr. om måneden til merudgifter til Sara. ' + next +
    '\n\nI har bedt om, at beløbet bliver sat op. Det kan vi ikke imødekomme, fordi de nye udgifter ikke skyldes Saras handicap.' + END;
  it('"I får i dag 900 kr. om måneden. Det beløb fortsætter uændret" is a scope', () =>
    expect(present(money('Det beløb fortsætter uændret, og I skal ikke gøre noget.'), 'omfang', opts)).toBe(true));
  it('the same amount with no word that it goes on is none', () =>
    expect(present(money('Det har vi set på igen.'), 'omfang', opts)).toBe(false));
});

describe('omfang: a sport named in a compound is the child\'s own pastime', () => {
  const ending = (life: string) =>
    'Din kontaktperson stopper\n\nKære Jonas\n\nDin kontaktperson stopper den 31. maj 2026, fordi målet er nået. ' + life +
    ' Derfor stopper ordningen.' + END;
  it('"træner U15-håndbold tre gange om ugen" is no scope', () =>
    expect(present(ending('Du går i skole hver dag og træner U15-håndbold tre gange om ugen.'), 'omfang', opts)).toBe(false));
  it('a grant in the same letter with the same count is one', () =>
    expect(present(
      'Du får en kontaktperson\n\nKære Jonas\n\nDu får en kontaktperson efter barnets lov § 52 tre gange om ugen fra 1. juni 2026. Hun skal hjælpe dig med at komme i skole.' + END,
      'omfang', opts)).toBe(true));
});

describe('formaal: the aim after a relative clause on the help, and "skal være med til"', () => {
  const change = (aim: string) =>
    'Din hjælp til bad bliver mindre\n\nKære Grete\n\nFra 1. juni 2026 får du hjælp til bad 1 gang om ugen i stedet for 2, fordi du nu selv kan det meste. ' + aim + END;
  it('"Støtten, som du beholder, skal hjælpe dig med at holde dig ren" is an aim', () =>
    expect(present(change('Hjælpen, som du beholder, skal sørge for, at du kan komme trygt i bad.'), 'formaal', opts)).toBe(true));
  it('"Hjælpen, du beholder, skal du selv give besked om" is none', () =>
    expect(present(change('Hjælpen, du beholder, kommer om tirsdagen.'), 'formaal', opts)).toBe(false));
  it('"Rengøringen skal være med til, at du kan blive boende" is an aim', () =>
    expect(present(change('Badehjælpen skal sørge for mere end det. Rengøringen skal være med til, at du kan blive boende i dit hus.'), 'formaal', opts)).toBe(true));
  it('"Du skal være med til mødet" is none', () =>
    expect(present(change('Du skal være med til mødet med hjemmeplejen i juni.'), 'formaal', opts)).toBe(false));
});

describe('formaal: a question heading "Hvad skal … gøre godt for?"', () => {
  const grant = (heading: string) =>
    'Aflastning til Villads\n\nKære Signe\n\nVillads får aflastning 2 døgn om måneden efter barnets lov § 32.\n\n' + heading +
    '\nDu skal have tid til at sove og til at være sammen med din datter.' + END;
  it('"Hvad skal aflastningen gøre godt for?" heads an aim', () =>
    expect(present(grant('Hvad skal aflastningen gøre godt for?'), 'formaal', opts)).toBe(true));
  it('"Hvad skal du gøre nu?" does not', () =>
    expect(present(grant('Hvad skal du gøre nu?'), 'formaal', opts)).toBe(false));
});

describe('formaal: what it takes, denied in a cleft, and the first trips arranged', () => {
  const refusal = (s: string) =>
    'Svar om trappelift\n\nKære Ib\n\nVi giver dig ikke en trappelift.\n\nDu går selv op ad trappen med gelænder og hviler på reposen. ' + s + END;
  it('"Det er ikke en trappelift, der skal til, for at du kan komme ovenpå" is no aim', () =>
    expect(present(refusal('Derfor er det ikke en trappelift, der skal til, for at du kan komme op i soveværelset.'), 'formaal', opts)).toBe(false));
  it('the aim of a grant with "for at" is one', () =>
    expect(present(
      'Svar om trappelift\n\nKære Ib\n\nVi bevilger dig en trappelift, for at du kan komme op i soveværelset.' + END, 'formaal', opts)).toBe(true));
  const mail = (s: string) => `Emne: ledsager\n\nHej Per\n\nDu får ledsagelse 10 timer om måneden efter servicelovens § 97. ${s}${END}`;
  it('"…, så I kan aftale de første ture" is no aim', () =>
    expect(present(mail('Din ledsager ringer til dig, så I kan aftale de første ture.'), 'formaal', opts)).toBe(false));
  it('"…, så du kan komme til koncerter igen" is an aim', () =>
    expect(present(mail('Ledsagelsen gives, så du kan komme til koncerter igen.'), 'formaal', opts)).toBe(true));
});

describe('opfoelgning: a look told in the perfect, and a period with a field name', () => {
  const end = (s: string) =>
    'Din plads i dagtilbuddet ophører\n\nKære Hanne\n\n' + s + ' Din plads i dagtilbuddet ophører derfor den 30. juni 2026, fordi du nu selv har et fællesskab.' + END;
  it('"Vi har sammen med dig set på, hvordan det går" is no follow-up', () =>
    expect(present(end('Vi har sammen med dig og personalet set på, hvordan det går.'), 'opfoelgning', opts)).toBe(false));
  it('"Vi ringer til dig i august og hører, hvordan det går" is one', () =>
    expect(present(end('Vi ringer til dig i august og hører, hvordan det går.'), 'opfoelgning', opts)).toBe(true));
  const form = (period: string) =>
    'Bevilling af merudgifter\n\nVi har bevilget «ydelse» kørsel med 600 kr. om måneden efter servicelovens § 41.\n\n' + period + '\n\nBeløbet udbetales månedsvis.' + END;
  it('"Bevillingsperiode: «fra» 01.06.2026 – «til» 31.05.2027" is a follow-up', () =>
    expect(present(form('Bevillingsperiode: «fra» 01.06.2026 – «til» 31.05.2027.'), 'opfoelgning', opts)).toBe(true));
  it('"Bevillingsperiode: «periode»" left empty is none', () =>
    expect(present(form('Bevillingsperiode: «periode»'), 'opfoelgning', opts)).toBe(false));
});
