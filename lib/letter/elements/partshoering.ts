/**
 * `partshoering`: present when one of the pack's phrases for it occurs outside the complaint
 * guidance ("inden fristen", "dine bemærkninger" there are about the complaint, not a hearing),
 * or when the letter tells of a document sent to the party and the party's answer in the
 * sentences that follow ("Vi sendte jer den 7. januar vores beregning. I svarede den 13.
 * januar, at I er uenige"), or a case document sent to the party with a deadline for comments
 * ("Oplysningerne blev sendt til borger 20-10-2025 med frist til 29-10-2025"): the hearing told
 * as what happened, without the word.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, detectByPhrases } from './common';

// What was sent: to the party, in the past ("Vi sendte dig", "har vi sendt jer", "fremsendte").
const SENT = /(?<![\p{L}])(?:sendte|sendt|fremsendte|fremsendt|gav|givet)\s+(?:dig|jer|Dem|værgen|forældrene)(?![\p{L}])/iu;
// The party's answer to it, or its absence ("I svarede, at …", "Du har ikke svaret", "svarede
// De", "vi har ikke hørt fra dig", "Der er ikke indkommet bemærkninger").
const ANSWER =
  /(?<![\p{L}])(?:(?:[Dd]u|I|De)\s+(?:har\s+|havde\s+)?(?:ikke\s+)?(?:svarede|svaret|skrev\s+tilbage|vendte\s+tilbage|meldte\s+tilbage|reagerede|reageret)|(?:[Ss]varede|[Ss]krev)\s+(?:du|I|De)|hørte?\s+(?:ikke\s+)?fra\s+(?:dig|jer|Dem)|(?:[Dd]it|[Jj]eres|Deres)\s+svar|(?:modtaget|indkommet|fremkommet)\s+(?:nogen\s+|dine\s+|jeres\s+)?(?:rettelser|bemærkninger|kommentarer|indsigelser|svar)|(?:rettelser|indsigelser)\s+inden)(?![\p{L}])/u;
// ("I" and "De" are the party only in capitals; "i" and "de" are a preposition and "they".)
const ANSWER_LOOKAHEAD = 2;
// The same sending with the party after "til", also in the third person of a field-style record
// ("Oplysningerne fra hjemmebesøget blev sendt til borger 20-10-2025", "Kommunen fremsendte den
// 8. april beregningen til Dem"): only with a document of the case in the sentence, so a parcel,
// an aid or a form to fill in sent to the citizen is no hearing. (A date's full stop does not
// end the clause: "den 8. april".)
const SENT_TO =
  /(?<![\p{L}])(?:sendte|sendt|fremsendte|fremsendt)\s(?:[^.\n]|\.(?=\s+\p{Ll})){0,60}?(?<![\p{L}])til\s+(?:dig|jer|Dem|borger|borgeren|ansøger|ansøgeren|pågældende|værgen|forældrene)(?![\p{L}])/u;
const CASE_DOCUMENT =
  /(?:oplysning|udkast|notat|beregning|undersøgelse|referat|udtalelse|vurdering|statusrapport|rapport|indstilling|sagsfremstilling|funktionsbeskrivelse|materiale)/iu;
// In the sending's own sentence, the deadline for comments or their purpose is the hearing
// ("… med frist til 29-10-2025", "… med henblik på eventuelle bemærkninger").
const FOR_COMMENTS = /(?<![\p{L}])(?:med\s+(?:svar)?frist|henblik\s+på\s+(?:\p{L}+\.?\s+)?(?:bemærk|kommentar|partshøring|høring))/iu;

function sentThenAnswered(letter: Letter): Detection | undefined {
  const sentences = letter.seg.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = letter.slice(s);
    // (A cheap look for the verbs first: this runs on every sentence of a letter without a hearing.)
    if (!(text.includes('send') || text.includes('gav') || text.includes('givet')) || COMPLAINT_SENTENCE.test(text)) continue;
    const direct = SENT.test(text);
    const document = CASE_DOCUMENT.test(text);
    if (!direct && !(document && SENT_TO.test(text))) continue;
    const sentAt = direct ? text.search(SENT) : text.search(SENT_TO);
    if (document && FOR_COMMENTS.test(text.slice(sentAt))) return { present: true, evidence: { start: s.start, end: s.end } };
    for (let j = i; j < sentences.length && j <= i + ANSWER_LOOKAHEAD; j++) {
      const t = sentences[j]!;
      if (t.heading) break;
      const answer = letter.slice(t);
      // The answer after the sending: in the same sentence only after the verb of sending.
      const from = j === i ? sentAt : 0;
      if (COMPLAINT_SENTENCE.test(answer) || !ANSWER.test(answer.slice(from))) continue;
      return { present: true, evidence: { start: s.start, end: t.end } };
    }
  }
  return undefined;
}

// "Partshøring: Ikke relevant." — the field says there was none.
const NOT_HEARD_FIELD = /^\s*:\s*(?:ikke\s+(?:relevant|aktuel\p{L}*|nødvendig|foretaget|sket)|ingen|nej|[—–-]+|«[^»]*»)/iu;

export function detect(letter: Letter): Detection {
  const byPhrases = detectByPhrases(letter, 'partshoering', {
    outside: COMPLAINT_SENTENCE,
    accept: (match, sentence) => {
      const at = sentence.indexOf(match);
      return at < 0 || !/^partshøring$/iu.test(match) || !NOT_HEARD_FIELD.test(sentence.slice(at + match.length));
    },
  });
  // (A heading "Partshøring: Ikke relevant" is no hearing either.)
  if (byPhrases.present && byPhrases.evidence) {
    const label = /^partshøring/iu.exec(letter.slice(byPhrases.evidence));
    if (label && NOT_HEARD_FIELD.test(letter.slice(byPhrases.evidence).slice(label[0].length))) return { present: false };
  }
  if (byPhrases.present) return byPhrases;
  return sentThenAnswered(letter) ?? byPhrases;
}
