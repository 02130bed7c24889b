/**
 * Round 17: guidance to other help, scope and resources in the writer's own words, from the
 * disagreements of blind batches ah, ai and aj. Sentences written for these tests, not taken
 * from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const HEAD = 'Nordby Kommune\nFamiliecentret\nTorvet 2, 4000 Nordby\n\nHanne Jensen\nEngvej 4\n4000 Nordby\n\n';
const SIGN = '\n\nMed venlig hilsen\nLis Holm\nRådgiver, Familiecentret\n';

describe('vejledning-andre-ydelser: an open door in other words', () => {
  it.each([
    'Du får afslag på dagcenter. Seniorklubben i Hallen spiller petanque om onsdagen. Du behøver ikke at være visiteret for at komme med.',
    'Vi stopper din træning. Der er gåhold fra kirken hver fredag, og det skal man ikke være visiteret til for at deltage i — du kan bare komme.',
    'Vi bevilger ikke aflastning. Sundhedsplejen har en forældregruppe for forældre til små børn med søvnproblemer.',
    'Din kontaktperson stopper. Ungdomshuset har et aftenhold i madlavning, som du kan melde dig til, når du vil.',
    'Du får afslag. Biblioteket har lektiecafé to gange om ugen, og I kan tage jeres søn med uden at søge om det.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // Signing up for the help this letter grants is how it starts.
    'Du får plads på holdtræning efter servicelovens § 86. Du kan melde dig til holdtræningen hos terapeuterne.',
    // A group named as one the citizen already goes to.
    'Du har fortalt, at du tager taxa til din pårørendegruppe hver uge, og at turen er dyr.',
    'Hun har oplyst, at hun cykler til sin sorggruppe, når vejret er godt.',
    // Help the citizen already has, which covers the need.
    'Du får afslag på taxa. Du er allerede visiteret til handicapkørsel, som du kan bruge til de ture.',
    'Vi dækker ikke ekstra transport, fordi du i forvejen har et klippekort, du kan bruge til lægebesøg.',
    // The law leaving out a class of people.
    'Af lovens stk. 3 fremgår det desuden, at borgere, der får hjælp efter andre bestemmelser til samme behov, ikke er omfattet.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));

  it('coming back to the unit that wrote the letter is no other help', () => {
    const t = `${HEAD}Familiebehandlingen slutter\n\nVi stopper behandlingen den 1. juni, fordi målene er nået. Går det skævt igen, er du velkommen til at kontakte Familiecentret.${SIGN}`;
    expect(present(t, 'vejledning-andre-ydelser')).toBe(false);
  });
  it('another unit than the sender still guides, also when the sender\'s town is named', () => {
    const t = `${HEAD}Familiebehandlingen slutter\n\nVi stopper behandlingen den 1. juni, fordi målene er nået. Har du brug for at tale med nogen, kan du kontakte Nordby Ungerådgivning.${SIGN}`;
    expect(present(t, 'vejledning-andre-ydelser')).toBe(true);
    const u = `${HEAD}Familiebehandlingen slutter\n\nVi stopper behandlingen den 1. juni, fordi målene er nået. Går det skævt, kan du kontakte Headspace.${SIGN}`;
    expect(present(u, 'vejledning-andre-ydelser')).toBe(true);
  });
});

describe('omfang: a singular adjective between the count and the unit', () => {
  it.each([
    'Du får madservice. Du får én varm hovedret om dagen, som bringes ud tre gange om ugen.',
    'Du får tilsyn. Hjemmeplejen kommer et kort besøg hver aften.',
  ])('granted scope: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // What the citizen applied for, and the price, are no scope.
    'Du har søgt om én varm hovedret om dagen. Det kan vi ikke bevilge, fordi du selv kan lave mad.',
    'Du får madservice. Du betaler 60 kr. for én varm hovedret.',
  ])('no granted scope: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});
