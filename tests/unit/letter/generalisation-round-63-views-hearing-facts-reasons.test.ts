/**
 * Round 63: the citizen's views in a letter to a relative or a guardian, the hearing over a doctor's certificate, the
 * representative named by kinship or role, and a talk named without content before a hollow "derfor", the unseen
 * batches eh and ei measured once before they were fixed. Written for these tests in our own words, each with a
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const HEAD = 'Sønderå Kommune\nVisitationen\n\n3. marts 2026\n\n';

describe('borgerens-synspunkter: the reader is a relative named in the title line', () => {
  it('a daughter\'s account of her father\'s wish is not his own view', () => {
    const t = HEAD + 'Kære Marianne Berg\n\nSvar om rollator til din far, Poul Berg\n\nDu skriver i ansøgningen, at din far gerne vil kunne gå til købmanden igen. Vi har desværre ikke fundet, at din far kan få en rollator fra kommunen.\n\nVenlig hilsen\nSøren Lund';
    expect(present(t, 'borgerens-synspunkter')).toBe(false);
  });
  it('look-alike: the same sentence in a letter to the citizen himself is his view', () => {
    const t = HEAD + 'Kære Poul Berg\n\nSvar om rollator\n\nDu skriver i ansøgningen, at du gerne vil kunne gå til købmanden igen. Vi har desværre ikke fundet, at du kan få en rollator fra kommunen.\n\nVenlig hilsen\nSøren Lund';
    expect(present(t, 'borgerens-synspunkter')).toBe(true);
  });
});

describe('borgerens-synspunkter: the one our professional visited speaks, in a letter to a guardian', () => {
  const to = HEAD + 'Til\nBirthe Holm\nVærge for Jens Lind\n\nKære Birthe Holm\n\n';
  it('"Da terapeuten var hos ham …, fortalte han, at …" is his account', () => {
    expect(present(to + 'Da terapeuten var hos ham den 2. februar, fortalte han, at han hver morgen selv går en tur til havnen. Derfor får han ikke en kørestol.', 'borgerens-synspunkter')).toBe(true);
  });
  it('look-alike: the pronoun that does not agree is the therapist herself', () => {
    expect(present(to + 'Da terapeuten var hos ham den 2. februar, fortalte hun, at han hver morgen selv går en tur til havnen. Derfor får han ikke en kørestol.', 'borgerens-synspunkter')).toBe(false);
  });
});

describe('bisidder: the representative named by kinship or role (FVL § 8)', () => {
  it('"lade din søster eller en anden person repræsentere dig"', () => {
    expect(present('Du har ret til at se papirerne i din sag. Du kan også lade din søster eller en anden person repræsentere dig over for kommunen.', 'bisidder')).toBe(true);
  });
  it('look-alike: a relative who helps in the home is no representative', () => {
    expect(present('Du har ret til at se papirerne i din sag. Du kan også lade din søster hjælpe dig med indkøbene om fredagen.', 'bisidder')).toBe(false);
  });
});

describe('partshoering: a doctor\'s certificate sent to be read and corrected', () => {
  it('sent with the chance to read it and correct it', () => {
    expect(present('Jeg sendte lægeerklæringen til dig den 3. februar, så du kunne gennemlæse den og rette fejl. Vi har nu truffet afgørelse.', 'partshoering')).toBe(true);
  });
  it('sent, and the answer in the next sentence', () => {
    expect(present('Vi sendte speciallægens attest til dig den 9. januar. Du svarede den 15. januar, at den passer. Vi har nu truffet afgørelse.', 'partshoering')).toBe(true);
  });
  it('look-alike: a consent form sent to be signed is no hearing', () => {
    expect(present('Jeg sendte en samtykkeerklæring til dig den 3. februar, så du kunne læse den og skrive under. Vi har nu truffet afgørelse.', 'partshoering')).toBe(false);
  });
  it('look-alike: the certificate sent with no chance to comment and no answer', () => {
    expect(present('Jeg sendte lægens attest til dig den 3. februar. Vi har nu truffet afgørelse.', 'partshoering')).toBe(false);
  });
});

describe('begrundelse: a talk named with nothing of what came out of it', () => {
  it('"Vi har talt med din kontaktperson." before the rule and a hollow "derfor" gives no reason', () => {
    const t = 'Du har søgt om et midlertidigt ophold på et bosted. Vi har talt med din kontaktperson på bostedet.\n\nKommunen har vurderet, at du ikke opfylder betingelserne, og kommunen kan derfor ikke imødekomme ansøgningen.';
    expect(present(t, 'begrundelse')).toBe(false);
  });
  it('look-alike: the same talk with what came out of it ties the fact to the result', () => {
    const t = 'Du har søgt om et midlertidigt ophold på et bosted. Vi har talt med din kontaktperson på bostedet, som fortalte, at du klarer dig selv hver dag.\n\nKommunen kan derfor ikke imødekomme ansøgningen.';
    expect(present(t, 'begrundelse')).toBe(true);
  });
});
