/**
 * `foraeldet-henvisning`: a provision that no longer governs the area is cited, e.g.
 * servicelovens § 52 in a children's decision dated 2024 or later (barnets lov). The table
 * lives in the pack (outdatedReferences).
 *
 * Which areas the letter belongs to, for this check:
 * - the case screen's area (sagsomraade), when it gives one;
 * - else the addressee's age on the letter's date, from the CPR number or a written birth date
 *   in the letter ("CPR-nr. 190541-2237", "født 3. maj 1941"): under 18 a child, 67 or more
 *   pension age (ældreloven), else an adult. Letters name the citizen's family and the law's
 *   age limits, but the CPR number is the citizen's own;
 * - else the words of the letter (lists childCase and elderlyCase), or a letterhead from the
 *   elderly-care department ("Ældre og Sundhed"). Both can hold: an old
 *   person's letter names "din datter", a child's letter "farmor". The law's own words ("personer
 *   mellem 18 år og folkepensionsalderen" quoted from § 100) say nothing about the citizen.
 */
import { cprCentury, findCprNumbers } from '../../privacy/cpr';
import type { Detection, Letter } from '../letter';
import type { Span } from '../segment';
import type { CompiledOutdated } from '../compile';
import type { CaseArea } from '../types';
import { isLawSentence } from './common';
import { MONTHS } from '../letter-date';

export interface OutdatedHit extends Span {
  entry: CompiledOutdated['entry'];
  /** The entry's area was read from the sender or the kind of help only (no age, no area word). */
  areaGuessed?: boolean;
}

/** Pension age for most people now (ældreloven applies from folkepensionsalderen). */
const PENSION_AGE = 67;

// "født 3. maj 1941", "f. 03.05.1941", "Fødselsdato: 3-5-1941", "født i 1941".
// (No leading look-behind, which is slow; the word start is checked in code.)
const BIRTH = /(?:født|fødselsdato|f\.)\s*:?\s*(?:den\s+|i\s+)?(?:(\d{1,2})\.?\s*(?:(\p{L}+)|(\d{1,2})[.\-/])\s*)?((?:19|20)\d{2})(?!\d)/giu;

// A CPR number with its last four digits masked, as many systems print it ("090317-xxxx",
// "090317-****"): the birth date is still there, the century is not.
const MASKED_CPR = /(?<!\d)([0-3]\d)([01]\d)(\d{2})[-\s]?(?:[xX]{4}|\*{4})(?![\p{L}\p{N}])/u;

/** The birth date of a masked CPR number: of the two centuries, the later one not after the letter. */
function maskedCprBirth(letter: Letter): Date | undefined {
  const m = MASKED_CPR.exec(letter.text);
  if (!m) return undefined;
  const [day, month, yy] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  for (const century of [2000, 1900]) {
    const born = new Date(century + yy, month, day, 12);
    if (born.getMonth() !== month || born.getDate() !== day) return undefined;
    if (born <= letter.date) return born;
  }
  return undefined;
}

// Round 68: a number under a "CPR" label whose day does not exist in its month ("CPR: 310245-1163", 31 February) is no
// CPR number (the cpr element stays false), but its month and year are still the citizen's: an invented number in a
// letterhead keeps the age its writer meant. Only a valid month (01–12) and a day of 01–31; the century from digit 7.
const LABELLED_CPR = /CPR(?:-?nr\.?|-?nummer)?\s*:?\s*([0-3]\d)(0[1-9]|1[0-2])(\d{2})[-\s]?(\d)\d{3}(?!\d)/u;

function labelledCprBirth(letter: Letter): Date | undefined {
  const m = LABELLED_CPR.exec(letter.text);
  if (!m || m[1] === '00') return undefined;
  const year = cprCentury(Number(m[3]), Number(m[4]));
  const month = Number(m[2]) - 1;
  // The last day of the month when the written day overshoots it.
  const last = new Date(year, month + 1, 0, 12).getDate();
  return new Date(year, month, Math.min(Number(m[1]), last), 12);
}

/** The addressee's birth date, from the first CPR number (also masked) or a written birth date. */
function birthDate(letter: Letter): Date | undefined {
  const cpr = findCprNumbers(letter.text)[0];
  if (cpr) return new Date(`${cpr.birthDate}T12:00:00`);
  const masked = maskedCprBirth(letter);
  if (masked) return masked;
  BIRTH.lastIndex = 0;
  let m = BIRTH.exec(letter.text);
  while (m && m.index > 0 && /\p{L}/u.test(letter.text[m.index - 1]!)) m = BIRTH.exec(letter.text);
  if (!m) return undefined;
  const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) : m[3] ? Number(m[3]) - 1 : 0;
  const day = m[1] ? Number(m[1]) : 1;
  return new Date(Number(m[4]), month < 0 ? 0 : month, day, 12);
}

// "Du er 47 år, og da du ikke har nået folkepensionsalderen …", "De er 84 år gammel".
// (Round 55: also with a relative clause, "pågældende, der er 61 år".)
const STATED_AGE = /(?<![\p{L}])(?:[Dd]u|De|[Bb]orgeren|[Pp]ågældende|[Aa]nsøger(?:en)?)(?:,?\s+(?:der|som))?\s+er\s+(\d{1,3})\s+år(?![\p{L}])/u;

/** The citizen's age as the letter states it, when no CPR number or birth date gives it. */
// Round 55: the age in brackets after the addressee's name in the letterhead ("Til Lene Frost (52 år)").
const HEADER_AGE = /\((\d{1,3})\s+år\)/u;

function statedAge(letter: Letter): number | undefined {
  const m = STATED_AGE.exec(letter.text);
  if (m) return Number(m[1]);
  const sentences = letter.seg.sentences;
  for (let i = 0; i < sentences.length && i < LETTERHEAD_LINES && sentences[i]!.heading; i++) {
    const h = HEADER_AGE.exec(letter.slice(sentences[i]!));
    if (h) return Number(h[1]);
  }
  return undefined;
}

// ("Du er under folkepensionsalderen", "Lars er 52 år og derfor ikke omfattet af ældreloven.")
const BELOW_BEFORE = /(?<![\p{L}])(?:under|før|inden|ikke\s+(?:har\s+)?nået|ikke\s+(?:\p{L}+\s+)?omfattet\s+af)\s+(?:den\s+)?$/iu;

// The sender is the elderly-care department ("Ældre og Sundhed", "Ældreområdet", "Hjemmeplejen", "Pleje og Omsorg"),
// in the letterhead or the signature:
// with no age in the letter, it is an elderly citizen's case. Not a department for both
// ("Ældre- og Handicapforvaltningen").
const ELDERLY_SENDER = /(?<![\p{L}])(?:ældre\p{L}*|hjemmepleje\p{L}*|(?:pleje|sundhed)\s+og\s+omsorg|omsorg\s+og\s+pleje)(?![\p{L}])/iu;
const BOTH_SENDER = /handicap/iu;
const LETTERHEAD_LINES = 8;

const SIGNATURE_LINES = 6;
const SIGNATURE_WORDS = 8;

/**
 * The letterhead (the heading lines before the first body sentence) or the signature (the short
 * lines at the end: "Visitator, Ældre og Sundhed") names elderly care.
 */
function elderlySender(letter: Letter): boolean {
  const sentences = letter.seg.sentences;
  const names = (i: number) => {
    const line = letter.slice(sentences[i]!);
    return ELDERLY_SENDER.test(line) && !BOTH_SENDER.test(line);
  };
  for (let i = 0; i < sentences.length && i < LETTERHEAD_LINES && sentences[i]!.heading; i++) if (names(i)) return true;
  for (let i = sentences.length - 1; i >= 0 && i >= sentences.length - SIGNATURE_LINES && sentences[i]!.words <= SIGNATURE_WORDS; i--) if (names(i)) return true;
  return false;
}

// Round 55: the guide counts the citizen of an elderly-care letter as a pensioner unless the
// letter says otherwise. With no age, no elderly word and no elderly-care sender, the help itself
// can still be one that (almost) only pensioners get: meals brought home ("madservice"), the home
// care and home help of the elderly-care service, a day centre. Not when the sender is for adults
// ("Myndighed Voksne", "Handicap og Psykiatri") or the citizen still works ("dit arbejde",
// "dit deltidsjob", "fleksjob", "sygedagpenge").
// Round 64: also the senior offers a training letter points the citizen to when the municipal help ends ("holdtræning i
// Seniorforeningen", "et hold Seniormotion", "Pensionistforeningens gymnastik"): compounds only, since a bare "pensionist"
// is often a condition in a rule ("hvis du er pensionist") and says nothing about the addressee.
const ELDERLY_SERVICE = /(?<![\p{L}])(?:madservice\p{L}*|hjemmehjælp\p{L}*|hjemmepleje\p{L}*|dagcent\p{L}*|senior\p{L}+|pensionist\p{L}+)(?![\p{L}])/iu;
const ADULT_SENDER = /(?<![\p{L}])(?:voksn?e\p{L}*|handicap\p{L}*|psykiatri\p{L}*|under\s+folkepensionsalder\p{L}*)(?![\p{L}])/iu;
const WORKING_AGE =
  /(?<![\p{L}])(?:dit\s+(?:arbejde|\p{L}*job)|din\s+(?:arbejdsplads|arbejdsgiver|uddannelse)|(?:på|efter|fra)\s+arbejde|arbejdsdag\p{L}*|fleksjob\p{L}*|sygedagpenge\p{L}*|kontanthjælp\p{L}*|førtidspension\p{L}*|jobcent\p{L}*)(?![\p{L}])/iu;

// (The fallback guesses the area, so a letter whose years all lie before ældreloven's start is
// left out: an undated mail that speaks only of "1. marts 2024" was written before it.)
const YEAR = /(?<!\d)20\d\d(?!\d)/g;
const ELDERLY_LAW_YEAR = 2025;

// Round 58: with no age and no such help named, the care of old age itself: the risk of falling ("risikoen for et nyt
// fald", "faldrisiko", "faldforebyggende") and a test measured against the citizen's age ("under det forventede for
// din alder", "hvad man forventer i din alder"). Training letters to pensioners say this; the same fallback's checks for an adult sender or work apply.
// (Case kept for "Deres": "for deres alder", of children, is their size or skills, not the addressee's.)
const ELDERLY_CARE =
  /(?<![\p{L}])(?:[Rr]isiko\p{L}*\s+for\s+(?:at\s+falde|(?:et\s+)?(?:nyt\s+|flere\s+)?fald)|[Nn]yt\s+fald|[Ff]aldrisiko\p{L}*|[Ff]aldforebyg\p{L}*|(?:for|i)\s+(?:din|Deres)\s+alder)(?![\p{L}])/u;

function elderlyService(letter: Letter): boolean {
  if (!(ELDERLY_SERVICE.test(letter.text) || ELDERLY_CARE.test(letter.text)) || WORKING_AGE.test(letter.text)) return false;
  const years = letter.text.match(YEAR) ?? [];
  if (years.length > 0 && !years.some((y) => Number(y) >= ELDERLY_LAW_YEAR)) return false;
  const sentences = letter.seg.sentences;
  const adult = (i: number) => ADULT_SENDER.test(letter.slice(sentences[i]!));
  for (let i = 0; i < sentences.length && i < LETTERHEAD_LINES && sentences[i]!.heading; i++) if (adult(i)) return false;
  for (let i = sentences.length - 1; i >= 0 && i >= sentences.length - SIGNATURE_LINES && sentences[i]!.words <= SIGNATURE_WORDS; i--) if (adult(i)) return false;
  return true;
}

function ageOn(birth: Date, day: Date): number {
  let age = day.getFullYear() - birth.getFullYear();
  if (day.getMonth() < birth.getMonth() || (day.getMonth() === birth.getMonth() && day.getDate() < birth.getDate())) age--;
  return age;
}

/** The areas the letter belongs to for this check (see the file comment). */
/** The citizen's age on the letter's date, when a CPR number, a birth date or the text gives it. */
function citizenAge(letter: Letter): number | undefined {
  let born = birthDate(letter);
  let age = born ? ageOn(born, letter.date) : statedAge(letter);
  // (Last, after a stated age: an invalid number under a CPR label.)
  if (age === undefined && letter.text.includes('CPR')) {
    born = labelledCprBirth(letter);
    if (born) age = ageOn(born, letter.date);
  }
  // An age of 105 or more is more likely a CPR number whose seventh digit puts it a century back
  // (fictional and test numbers: "080778-5116" reads as 1878) than a citizen: count it a century on.
  // (A birth in the future from the same table, "080740-5116" as 2040, likewise a century back.)
  if (born && age !== undefined && age >= 105) age -= 100;
  else if (born && age !== undefined && age < 0) age += 100;
  return age !== undefined && age >= 0 && age < 105 ? age : undefined;
}

export function outdatedAreas(letter: Letter): Set<CaseArea> {
  return readAreas(letter).areas;
}

interface AreaReading {
  areas: Set<CaseArea>;
  /** The elderly area rests only on the sender or the kind of help, not on an age or an elderly word. */
  elderlyGuessed: boolean;
}

function readAreas(letter: Letter): AreaReading {
  if (letter.context.sagsomraade) return { areas: new Set([letter.context.sagsomraade]), elderlyGuessed: false };
  let elderlyGuessed = false;
  const areas = new Set<CaseArea>();
  const age = citizenAge(letter);
  const known = age !== undefined;
  if (age !== undefined) areas.add(age < 18 ? 'boern' : age >= PENSION_AGE ? 'aeldre' : 'voksne');
  // A child's case also when the first CPR number is a parent's ("Til Maria Holm, CPR …, vedr.
  // jeres søn Emil"): the child's words still count.
  // The children's provisions of serviceloven (§§ 41, 42, 50, 52, 58, 140) never governed anyone
  // but children: cited in a letter whose citizen's age is unknown ("Aflastningen er bevilget efter
  // servicelovens § 52, stk. 3" to two parents, with no word the list knows), they still mark a
  // children's case. Only an adult's or an old person's age from the letter rules them out.
  if (!known || letter.matches(letter.compiled.lists.childCase).length > 0) areas.add('boern');
  // ("Du er under folkepensionsalderen" says the opposite.)
  if (!known) {
    const below = (m: Span) => BELOW_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start));
    const elderly = letter.matches(letter.compiled.lists.elderlyCase).filter((m) => !isLawSentence(letter, m));
    if (elderly.some((m) => !below(m))) areas.add('aeldre');
    // (Not when the letter says the citizen is below pension age.)
    else if (!elderly.some(below) && letter.area !== 'boern' && (elderlySender(letter) || elderlyService(letter))) {
      areas.add('aeldre');
      elderlyGuessed = true;
    }
  }
  return { areas, elderlyGuessed };
}

/** All outdated references in the letter (overlaps resolved: the first, most specific entry wins). */
// The detector and the rule both ask; work it out once per letter.
const outdatedCache = new WeakMap<Letter, OutdatedHit[]>();
export function findOutdated(letter: Letter): OutdatedHit[] {
  let hits = outdatedCache.get(letter);
  if (!hits) outdatedCache.set(letter, (hits = computeOutdated(letter)));
  return hits;
}

function computeOutdated(letter: Letter): OutdatedHit[] {
  const hits: OutdatedHit[] = [];
  // Every entry cites a §; the areas are worked out first so only their entries' patterns run.
  if (!letter.text.includes('§')) return hits;
  const day = letter.date.toISOString().slice(0, 10);
  const { areas, elderlyGuessed } = readAreas(letter);
  for (const o of letter.compiled.outdated) {
    if (day < o.entry.from || !areas.has(o.entry.area)) continue;
    const guessed = elderlyGuessed && o.entry.area === 'aeldre';
    // The pattern needs the section's number as written ("52" of "§ 52"): a cheap look first.
    if (!letter.text.includes(o.entry.section.split(' ')[0]!)) continue;
    for (const m of letter.matches(o.re)) {
      if (hits.some((h) => m.start < h.end && h.start < m.end)) continue;
      hits.push({ ...m, entry: o.entry, ...(guessed ? { areaGuessed: true } : {}) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function detect(letter: Letter): Detection {
  const first = findOutdated(letter)[0];
  return first ? { present: true, evidence: { start: first.start, end: first.end }, detail: first.entry.replacement } : { present: false };
}
