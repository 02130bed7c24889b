/**
 * `bisidder`: present when one of the pack's phrases for it occurs (see default-rules.ts) as
 * the citizen's right, not as a fact about someone's role in this case: "De har som værge og
 * partsrepræsentant ret til aktindsigt" and "Din søn har med din fuldmagt søgt om …" say who
 * acts, not that the citizen may take a bisidder or give a fuldmagt.
 */
import type { Detection, Letter } from '../letter';
import { detectByPhrases } from './common';

// Someone's role right before the word: "som (værge og) partsrepræsentant", "med din fuldmagt".
// (Also an address line: "Thomas Krogh v/ partsrepræsentant advokat Maja Brandt", "c/o".)
const ROLE_BEFORE = /(?<![\p{L}])(?:som|med\s+(?:din|dit|jeres|Deres|hans|hendes|sin)|i\s+kraft\s+af|v\/|c\/o|att\.)\s*(?:\p{L}+\s+){0,2}$/iu;
// A right or a possibility said before it ("Du kan tage … med som bisidder", "ret til at lade dig
// bistå", "mulighed for at give en anden fuldmagt").
const RIGHT_BEFORE = /(?<![\p{L}])(?:kan|må|ret\s+til|retten\s+til|mulighed\s+for|velkommen\s+til|velkomne\s+til|har\s+lov\s+til)(?![\p{L}])/iu;

// Whose bisidder it is, right before the word.
// (Also at the sentence's start: "Din partsrepræsentant fra Muskelsvindfonden sendte bemærkninger".)
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:[Dd]in|[Jj]eres|Deres|[Hh]ans|[Hh]endes|[Ss]in|[Dd]eres)\s+$/u;

// A copy line ("Kopi til: Hanne Lund (datter, fuldmagt)", "Cc: advokat …") names who gets the
// letter, not the citizen's right.
const COPY_LINE = /^(?:kopi(?:\s+til)?|cc|c\.c\.|sendt\s+i\s+kopi\s+til)\s*:/iu;
// The addressee's role in brackets after a name ("Til: Susanne Hansen (fuldmagtshaver)", "Mette
// Lund (værge, partsrepræsentant)"): who the letter goes to, not a right.
const ROLE_IN_BRACKETS = /\(\s*(?:[\p{L}-]+\s*,?\s*){0,3}$/u;

// Round 56: the letter sent to the holder of the role ("Brev sendt med Digital Post til fuldmagtshaver", "Udsendt til
// partsrepræsentanten"): who gets the letter, not a right; a right said before it ("Du kan få brevet sendt til en
// partsrepræsentant") is accepted first.
const SENT_TO_BEFORE = /(?<![\p{L}])(?:sendt|sendes|udsendt|fremsendt|afsendt|adresseret)(?![\p{L}])[^.\n]{0,40}?(?<![\p{L}])til\s+(?:(?:den|vores|jeres|Deres|din)\s+)?$/iu;
// A power of attorney received as a fact of the case ("Vi har modtaget din mors fuldmagt").
const RECEIVED_BEFORE = /(?<![\p{L}])(?:modtaget|modtog|fået|fik|vedlagt|vedlagte)\s+(?:din|dit|jeres|Deres|hans|hendes|sin|en|den)\s+(?:\p{L}+\s+)?$/iu;
// Round 37: a power of attorney the municipality holds, told as a fact ("vi har den fuldmagt, hun
// underskrev, i sagen", "Kommunen har din fars fuldmagt"); not "Du kan give en anden fuldmagt".
// (Round 45: also held with no article, "fordi du har fuldmagt fra din mor": who acts, told as a fact.)
const HELD_BEFORE = /(?<![\p{L}])(?:har|havde)\s+(?:(?:den|din|dit|jeres|Deres|hans|hendes|sin)\s+(?:\p{L}+\s+)?)?$/iu;
// Round 53: someone acting under a power of attorney ("sendt til dig efter fuldmagt fra din mor", "i henhold til
// fuldmagten"): who acts in the case, told as a fact; a right said before it ("kan") is accepted first.
const UNDER_PROXY_BEFORE = /(?<![\p{L}])(?:efter|ifølge|i\s+henhold\s+til|på\s+grundlag\s+af|på\s+baggrund\s+af)\s+(?:(?:den|din|en|hendes|hans)\s+)?$/iu;
// A støtteperson is the citizen's right only as the parents' support during a placement (barnets
// lov § 75) or when offered as such; otherwise it is often the help this letter grants ("Du får en
// støtteperson fra Bostøtten", "Din støtteperson, Ahmad, har …").
// A power of attorney given, told as a fact ("din mor, som har givet dig fuldmagt i sagen").
const GIVEN_BEFORE = /(?<![\p{L}])(?:givet|gav|giver)\s+(?:dig|jer|Dem|os|mig|ham|hende|sin\s+\p{L}+|\p{Lu}\p{Ll}+)\s+(?:en\s+)?$/u;
// Round 50: a power of attorney the citizen may still give, as a condition ("Hvis du giver hende en fuldmagt, kan hun
// tale med os", "Når De giver Deres søn fuldmagt"): a possibility, not the fact "som har givet dig fuldmagt".
const IF_GIVEN_BEFORE = /(?<![\p{L}])(?:hvis|når|såfremt)\s+(?:du|I|De)\s+(?:\p{L}+\s+)?giver\s+(?:\p{L}+\s+){1,3}$/iu;
// A support person applied for is the help of the letter ("Du har søgt om, at du kan få en støtteperson").
const APPLIED_BEFORE = /(?<![\p{L}])(?:søgt|ansøgt|søger|ansøger|søgte|ansøgte)\s+om(?![\p{L}])/iu;
// Someone of trust or one's own lawyer along ("tage en med, du stoler på", "have din advokat med"): only as a
// right or a possibility, not "Du kom med din advokat med".
const ALONG = /^(?:(?:du|I|hun|han)\s+(?:er\s+)?trygg?e?\s+ved,?\s+med|(?:hun|han)\s+stoler\s+på,\s+med|du\s+har\s+tillid\s+til,\s+med|en\s+med,.*|(?:din|jeres|Deres)\s+advokat\s+med)$/iu;
// A lawyer the municipality pays (placement cases): the right told as what the parents had.
const PAID_LAWYER = /^advokat.*betal/iu;
// An adult along is the right only as a right or a possibility, and not along to an activity: "Ella vil
// ikke have en voksen med i svømmehallen" and "Du kan have en voksen med til træning" are the help
// itself (a støtteperson at spejder), "Du må gerne have en voksen med til møderne" is the bisidder.
const ADULT_ALONG = /^(?:have|tage|få)\s+en\s+voksen\s+med$|^en\s+voksen\s+med\s+til$/iu;
const TO_ACTIVITY = /^\s*(?:i|til|på|under|ved)\s+(?!(?:vores\s+|jeres\s+|de\s+|et\s+|alle\s+)?(?:møde|samtal|snak))\p{L}/iu;
// What a støtteperson does right after the word: goes along to somewhere not a meeting ("…, der tager med
// ham til klub", "som følger hende til træning", "til fritidsaktiviteter").
const ALONG_TO_ACTIVITY =
  /^\p{L}*\s*(?:,?\s*(?:der|som)\s+(?:kan\s+|skal\s+|vil\s+)?(?:tager|går|kommer|følger|tage|gå|komme|følge)(?:\s+med)?(?:\s+(?:ham|hende|dig|jer|Dem|barnet|\p{Lu}\p{Ll}+))?)?\s+(?:til|på)\s+(?!at\s|(?:vores\s+|jeres\s+|de\s+|et\s+|alle\s+)?(?:møde|samtal|snak|høring|sag))\p{L}/u;
// Round 41: for a støtteperson the right must be the one to have one, said just before it ("I kan også få en fast
// støtteperson", "ret til at få tilbudt en uvildig støtteperson", "kan tage en støtteperson med"); a "kan" earlier in the
// sentence about something else ("lægen skriver, at hun kan gå i skole på fuld tid med en støtteperson") is a fact.
const SUPPORT_RIGHT_BEFORE =
  /(?<![\p{L}])(?:(?:kan|må)\s+(?:\p{L}+\s+){0,2}?(?:få|tage|have|bruge|vælge|medbringe)|(?:ret|retten)\s+til|mulighed\s+for|velkomne?\s+til|har\s+lov\s+til)\s+(?:\p{L}+\s+){0,5}$/iu;
const FIELD_LABEL_AFTER = /^\p{L}*[ \t]*:[ \t]*\S/u;
const PLACEMENT_ONLY = /anbring|anbragt|§\s*(?:75|83)(?![\d])/iu;
const AT_MEETINGS = /(?<![\p{L}])(?:møde|samtale|bisidder|partshøring)\p{L}*/iu;
const PLACEMENT_SUPPORT = /anbringelse|§\s*75|uvildig|uafhængig|børnesagkyndig|tilbud|tilbyd|ikke\s+(?:er\s+)?(?:fra|ansat\s+i)\s+kommunen/iu;

export function detect(letter: Letter): Detection {
  return detectByPhrases(letter, 'bisidder', {
    accept: (match, sentence) => {
      if (COPY_LINE.test(sentence.trim())) return false;
      const at = sentence.indexOf(match);
      if (at < 0) return true;
      const before = sentence.slice(0, at);
      if (PAID_LAWYER.test(match)) return true;
      if (ALONG.test(match)) return RIGHT_BEFORE.test(before);
      if (ADULT_ALONG.test(match)) return RIGHT_BEFORE.test(before) && !TO_ACTIVITY.test(/til$/iu.test(match) ? 'til' + sentence.slice(at + match.length) : sentence.slice(at + match.length));
      if (/^støtteperson/iu.test(match) && APPLIED_BEFORE.test(before)) return false;
      // (Round 33: a støtteperson who goes along to an activity is the help granted, even after "kan": "kan
      // Emil få en støtteperson, der tager med ham til klub", "en støtteperson til fritidsaktiviteter".)
      if (/^støtteperson/iu.test(match) && ALONG_TO_ACTIVITY.test(sentence.slice(at + match.length)) && !PLACEMENT_SUPPORT.test(sentence)) return false;
      // Round 67: the parents' own støtteperson during a placement, offered with nothing of meetings ("Du har ret til at få
      // tilbudt en støtteperson under anbringelsen. Sig til, hvis du ønsker det."): support of its own under the placement rules,
      // which the guide counts as other help, not the right to a bisidder in the case. Along to meetings or talks with the
      // municipality ("… som kan være med til møderne") it is the bisidder's role and stays.
      // (The definite form opening a sentence, "Støttepersonen er uafhængig af kommunen og kan hjælpe jer", describes the
      // one just offered; the offer's own sentence decides, unless this one puts it at meetings.)
      if (/^støttepersonen$/iu.test(match) && before.trim() === '' && !AT_MEETINGS.test(sentence)) return false;
      if (/^støtteperson/iu.test(match)) return (SUPPORT_RIGHT_BEFORE.test(before) || PLACEMENT_SUPPORT.test(sentence)) && (!PLACEMENT_ONLY.test(sentence) || AT_MEETINGS.test(sentence));
      if (RIGHT_BEFORE.test(before)) return true;
      // Round 38: the role as a field label with the person after it ("Fuldmagtshaver: rådgiver Lis Hansen",
      // "Partsrepræsentant: advokat …"): who acts in the case, not the right to one.
      if (before.trim() === '' && FIELD_LABEL_AFTER.test(sentence.slice(at + match.length)) && !RIGHT_BEFORE.test(sentence.slice(at + match.length))) return false;
      if (SENT_TO_BEFORE.test(before)) return false;
      if (RECEIVED_BEFORE.test(before) || (GIVEN_BEFORE.test(before) && !IF_GIVEN_BEFORE.test(before))) return false;
      if (/^fuldmagt/iu.test(match) && HELD_BEFORE.test(before)) return false;
      if (/^fuldmagt/iu.test(match) && UNDER_PROXY_BEFORE.test(before)) return false;
      // A bisidder who was there ("Du og din bisidder Kurt deltog i mødet", "bisidderen fik ordet") is a
      // fact of the case, not the right to bring one.
      // (Also the party's representative named as a fact: "høringssvar fra Deres partsrepræsentant, advokat …".)
      if (/^(?:bisidder|partsrepræsentant|repræsentant)/iu.test(match) && (POSSESSIVE_BEFORE.test(before) || /^bisidderen$/iu.test(match))) return false;
      return !ROLE_BEFORE.test(before) && !ROLE_IN_BRACKETS.test(before);
    },
  });
}
