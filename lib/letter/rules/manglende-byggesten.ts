/**
 * One finding per required building block that is missing. Message, why and severity come
 * from the pack's element settings, so support persons can word them. Blocks with a known
 * problem (wrong deadline, hollow reason, "efter behov") are reported by their own rule.
 */
import type { AnalysedLetter } from '../letter';
import { ELEMENT_IDS, type ElementId } from '../types';
import type { RawFinding, RuleDefinition } from './types';
import { GOOD_AFSLAG, GOOD_BEVILLING } from './sample-letters';

const COMPLAINT_PARTS: ReadonlySet<ElementId> = new Set(['klagefrist', 'genvurdering', 'klageinstans']);

function where(letter: AnalysedLetter, id: ElementId): { start: number; end: number } {
  const complaint = letter.elements.klagevejledning.evidence;
  if (COMPLAINT_PARTS.has(id) && complaint) return complaint;
  const first = letter.seg.blocks[0];
  return first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
}

export const rule: RuleDefinition = {
  id: 'manglende-byggesten',
  description: 'Finder byggesten, som afgørelsen skal indeholde, men som mangler (fx begrundelse, retsgrundlag, klagevejledning).',
  severity: 'error',
  message: 'En påkrævet byggesten mangler.',
  why: 'Forvaltningsloven §§ 22–25 og retssikkerhedsloven.',
  examples: {
    valid: [GOOD_AFSLAG, GOOD_BEVILLING],
    invalid: [
      'Du får afslag på hjælp til rengøring. Du opfylder ikke betingelserne.',
      GOOD_AFSLAG.replace(/Sådan klager du[\s\S]*Ankestyrelsen\./, ''),
    ],
  },
  check(letter) {
    const out: RawFinding[] = [];
    const { settings } = letter.compiled;
    for (const id of ELEMENT_IDS) {
      const e = letter.elements[id];
      if (!e.required || e.present || e.problem) continue;
      const cfg = settings.elements[id];
      let suggestion: string | undefined;
      if (cfg.standardText) suggestion = settings.standardTexts.find((t) => t.id === cfg.standardText)?.text;
      if (id === 'omfang' && letter.context.omfang) suggestion = `Skriv omfanget i brevet, fx: ${letter.context.omfang}.`;
      out.push({
        ...where(letter, id),
        message: cfg.message,
        why: cfg.link ? `${cfg.why} Læs mere: ${cfg.link}` : cfg.why,
        severity: cfg.severity,
        suggestion,
        vars: { element: id },
      });
    }
    return out;
  },
};
