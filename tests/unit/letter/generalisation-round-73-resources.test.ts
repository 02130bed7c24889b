/**
 * Round 73: ressourcer — a relative who takes or has taken over a chore, a transfer managed alone at a trial, a job the
 * citizen has started in (and is glad of), keeping up one's apprenticeship; and (the other way) a need for what the change
 * must make possible ("det er nødvendigt, at du kan …"), a comparison with peers ("som sine kammerater") and what peers in
 * general do ("andre børn på hans alder går også til …"). Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-11T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLone Dahl\nVisitator\n';
const adult = (mid: string) => 'Afgørelse\n\nKære Birgit\n\nVi har truffet afgørelse efter servicelovens § 83. ' + mid + END;
const child = (mid: string) => 'Afgørelse om merudgifter\n\nKære Louise og Mads\n\nVi har truffet afgørelse efter barnets lov § 86. ' + mid + END;
const has = (text: string) => present(text, 'ressourcer', opts);

describe('ressourcer: a relative who takes or has taken over a chore', () => {
  it('"Din kone tager den ugentlige rengøring"', () =>
    expect(has(adult('Du får hjælp til bad to gange om ugen. Din kone tager den ugentlige rengøring, og det fortsætter hun med.'))).toBe(true));
  it('"datteren har overtaget madlavningen"', () =>
    expect(has(adult('Du får hjælp til bad to gange om ugen. Ved besøget kom det frem, at datteren i foråret har overtaget madlavningen.'))).toBe(true));
  it('look-alike: a relative who has taken over the house names no help', () =>
    expect(has(adult('Du får hjælp til bad to gange om ugen. Din datter har overtaget huset på landet.'))).toBe(false));
});

describe('ressourcer: a transfer managed alone at a trial', () => {
  it('"hun ved besøget selv kom ud af sengen"', () =>
    expect(has(adult('Vi bevilger ikke en vendepude, fordi hun ved besøget selv kom ud af sengen uden at bruge sengehesten.'))).toBe(true));
  it('"du under testen selv kom op at stå"', () =>
    expect(has(adult('Vi bevilger ikke en løftestol, fordi du under testen selv kom op at stå fra lænestolen.'))).toBe(true));
  it('look-alike: arriving on one\'s own is no skill', () =>
    expect(has(adult('Vi bevilger ikke en løftestol. Du selv kom til mødet på rådhuset den 3. maj.'))).toBe(false));
});

describe('ressourcer: a job the citizen has started in and holds now', () => {
  it('"er startet i skånejob"', () =>
    expect(has(adult('Dit tilbud i dagcentret stopper, fordi du er startet i skånejob tre dage om ugen på et lager.'))).toBe(true));
  it('"startede den 4. marts i et fleksjob"', () =>
    expect(has(adult('Støtten ophører. Du startede den 4. marts i et fleksjob på en gartneri, og du har ikke brug for støtten mere.'))).toBe(true));
  it('"glad for jobbet"', () =>
    expect(has(adult('Støtten ophører. Du fortalte i telefonen, at du er glad for jobbet på havnen.'))).toBe(true));
  it('look-alike: a job applied for or hoped for is no resource', () =>
    expect(has(adult('Du har søgt om et fleksjob hos jobcentret og håber på at komme i arbejde til efteråret. Din støtte fortsætter.'))).toBe(false));
  it('look-alike: a job start as a time to come is no resource', () =>
    expect(has(adult('Din støtte fortsætter, indtil du er startet i fleksjob. Vi ser på sagen igen.'))).toBe(false));
});

describe('ressourcer: keeping up one\'s apprenticeship or placement', () => {
  it('"har passet din praktik"', () =>
    expect(has(adult('Vi har lagt vægt på, at du i et halvt år har passet din praktik i børnehaven.'))).toBe(true));
  it('"hun passede sin elevplads"', () =>
    expect(has(adult('Det fremgår af sagen, at hun passede sin elevplads hele vinteren.'))).toBe(true));
  it('look-alike: not kept up', () =>
    expect(has(adult('Vi har lagt vægt på, at du ikke har passet din praktik siden februar.'))).toBe(false));
});

describe('ressourcer (not): what the change must make possible, said with "nødvendigt, at"', () => {
  it('"er det nødvendigt, at du kan køre ind på badeværelset"', () =>
    expect(has(adult('Fordi du bruger el-kørestol inde, er det nødvendigt, at du kan køre ind på badeværelset. Vi fjerner derfor dørtrinnet.'))).toBe(false));
  it('"Det er en forudsætning, at hun kan komme ud"', () =>
    expect(has(adult('Vi bevilger en rampe. Det er en forudsætning, at hun kan komme ud til bilen.'))).toBe(false));
  it('look-alike: a skill the citizen has still counts', () =>
    expect(has(adult('Vi bevilger en rampe. Du kan selv køre din kørestol ud til bilen.'))).toBe(true));
});

describe('ressourcer (not): peers named as a comparison or as a yardstick', () => {
  it('"kan ikke tage med på turen som sine klassekammerater"', () =>
    expect(has(child('I skrev, at Malthe ikke kan tage med på skolerejsen som sine klassekammerater, fordi han skal have medicin om natten.'))).toBe(false));
  it('"andre børn på Noras alder går også til ridning"', () =>
    expect(has(child('Vi dækker ikke rideskolen, fordi andre børn på Noras alder også går til ridning, som forældrene betaler.'))).toBe(false));
  it('"mange unge spiller fodbold"', () =>
    expect(has(child('Kontingentet er ikke en merudgift, fordi mange unge spiller fodbold i deres fritid.'))).toBe(false));
  it('look-alike: "som" opening a relative clause on a relative who drives keeps the help', () =>
    expect(has(adult('Vi bevilger en el-kørestol. Du har en varebil med rampe, som din søn Jesper kører, når I skal til lægen.'))).toBe(true));
  it('look-alike: the child\'s own friends still count', () =>
    expect(has(child('Malthe har gode kammerater i klassen, og han går til ridning hver onsdag.'))).toBe(true));
});
