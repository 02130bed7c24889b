/**
 * Round 57: vejledning-andre-ydelser, held-out sets 36 and 37 measured once before they were fixed. Written for these
 * tests in our own words, each with a look-alike.
 *
 * - Another provision the citizen or a relative "kan" use, cited by its section ("kan efter servicelovens § 94 …",
 *   "kan få tilbud om … efter § 85"), guides when the section is not the one decided on.
 * - An offer already made of what another provider "kan" do ("Vi har tilbudt, at hjemmeplejen kan komme …") guides; the
 *   child or citizen named as the subject ("tilbudt, at Oliver kan komme på besøg") does not.
 * - Shops that deliver, with a place between ("supermarkeder i byen leverer"), like "supermarkeder leverer"; not denied.
 * - False find: contacting the professional named by the help granted ("kontakte familiebehandleren" after a grant of
 *   family treatment) is the help itself, not another office.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements['vejledning-andre-ydelser'].present;
const END = '\n\nMed venlig hilsen\nMette Lund\nSagsbehandler\n';

describe('another provision cited by its section after "kan"', () => {
  const refusal = (line: string) =>
    'Kære Poul\n\nDu har søgt om kontant tilskud til hjælpere. Kommunen giver dig afslag på tilskud efter servicelovens § 95.\n\nDit behov ligger under 20 timer om ugen.\n\n' +
    line +
    END;
  it('"Du kan efter servicelovens § 94 selv pege på en hjælper" guides', () =>
    expect(el(refusal('Du kan efter servicelovens § 94 selv pege på en hjælper, som kommunen ansætter.'))).toBe(true));
  it('the section decided on, after "kan", is this decision', () =>
    expect(el(refusal('Du kan efter servicelovens § 95 kun få tilskud ved et behov over 20 timer.'))).toBe(false));
  const grant = (line: string) =>
    'Kære Lise og Anders\n\nKommunen har besluttet at bevilge aflastning til Ida efter barnets lov § 32 to weekender om måneden.\n\nIda glæder sig til at komme afsted.\n\n' +
    line +
    END;
  it('a relative who "kan få tilbud om" support under another section is pointed there', () =>
    expect(el(grant('Lise kan få tilbud om en bostøtte efter servicelovens § 85 i voksenafdelingen.'))).toBe(true));
  it('"kan ikke … efter § 85" sends nowhere', () =>
    expect(el(grant('Lise kan ikke få en bostøtte efter servicelovens § 85.'))).toBe(false));
});

describe('an offer already made of what another provider can do', () => {
  const cut = (line: string) =>
    'Kære Jens\n\nVi har besluttet, at dine BPA-timer nedsættes fra 100 til 84 timer om ugen.\n\nDu kan nu selv vende dig i sengen med den nye lift.\n\n' +
    line +
    END;
  it('"Vi har tilbudt, at sygeplejen kan komme om natten" guides', () =>
    expect(el(cut('Vi har tilbudt, at sygeplejen kan komme forbi én gang om natten, hvis du får brug for det.'))).toBe(true));
  it('a named person as the subject is how the change is carried out', () =>
    expect(el(cut('Vi har tilbudt, at Jens kan prøve de nye tider af i to uger.'))).toBe(false));
});

describe('shops that deliver, with a place between', () => {
  const shopping = (line: string) =>
    'Kære Inger\n\nDu har søgt om hjælp til indkøb. Du får afslag på hjælp til indkøb, fordi du selv kan klare det med lidt planlægning.\n\n' +
    line +
    END;
  it('"flere supermarkeder i byen leverer varerne hjem" guides', () =>
    expect(el(shopping('Vi gør opmærksom på, at mange supermarkeder i byen leverer, når man handler over nettet.'))).toBe(true));
  it('denied ("ingen butikker i byen leverer") it does not', () =>
    expect(el(shopping('Du har fortalt, at ingen butikker i byen leverer til din adresse.'))).toBe(false));
});

describe('the professional named by the help granted', () => {
  const family = (line: string) =>
    'Kære Tove og Lars\n\nI får bevilget familiebehandling efter barnets lov § 32 hver anden uge i jeres hjem. I får afslag på en aflastningsfamilie.\n\n' +
    line +
    END;
  it('"kan I kontakte familiebehandleren" is the help granted', () =>
    expect(el(family('Mellem møderne kan I kontakte familiebehandleren, hvis noget går skævt.'))).toBe(false));
  it('another office to contact still guides', () =>
    expect(el(family('Mellem møderne kan I kontakte Forældrelinjen, hvis noget går skævt.'))).toBe(true));
});
