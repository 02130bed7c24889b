import { AREA_LABELS, type EntryContext } from './entry';
import { foldText } from './search';

/**
 * What the capture box may know about the screen. Only work fields: never the citizen, the
 * case number or anything else that identifies a person or a case.
 */
export interface CaptureContext {
  area?: EntryContext['area'];
  indsats?: string;
  /** Screen id or label from the site profile ("afgoerelse", "Funktionsvurdering"). */
  screen?: string;
}

/** Screen words → the method's tools that usually come up there. Data; matched after folding. */
const SCREEN_TAGS: ReadonlyArray<{ words: string[]; tags: string[] }> = [
  { words: ['afgoerelse', 'bevilling', 'afslag', 'brev'], tags: ['afgørelse', 'begrundelse', 'formål', 'klagevejledning'] },
  { words: ['udredning', 'helhed', 'ansoegning', 'henvendelse'], tags: ['helhedsvurdering', 'borgerinddragelse'] },
  { words: ['funktion', 'ressource', 'vurdering', 'faellessprog'], tags: ['funktions- og ressourcevurdering', 'borgerens ressourcer'] },
  { words: ['opfoelgning', 'revurdering', 'handleplan'], tags: ['opfølgning'] },
  { words: ['bestilling', 'leverandoer', 'ordre'], tags: ['leverandør', 'formål'] },
  { words: ['hoering', 'partshoering'], tags: ['partshøring'] },
  { words: ['journal', 'notat', 'dokument'], tags: ['dokumentation'] },
];

export interface ContextSuggestion {
  /** Context chips (area, indsats) that can be attached to the note. */
  context: EntryContext;
  /** Danish label of the context chip, e.g. "Ældre · Personlig pleje". */
  label: string;
  /** Tags from `available` that fit the screen, best first. */
  tags: string[];
}

/**
 * Tags and context to suggest for the current screen. Tags come only from `available` (the
 * config pack's list), so a suggestion is always a tag the municipality uses; an indsats on
 * screen also suggests "serviceniveau", since that is where the frame applies.
 */
export function suggestForContext(ctx: CaptureContext | undefined, available: readonly string[]): ContextSuggestion {
  const context: EntryContext = {};
  if (ctx?.area) context.area = ctx.area;
  const indsats = ctx?.indsats?.trim().slice(0, 120);
  if (indsats) context.indsats = indsats;
  const label = [context.area ? AREA_LABELS[context.area] : '', context.indsats ?? ''].filter(Boolean).join(' · ');

  const byKey = new Map(available.map((t) => [foldText(t), t] as const));
  const picked: string[] = [];
  const add = (tag: string) => {
    const real = byKey.get(foldText(tag));
    if (real && !picked.includes(real)) picked.push(real);
  };
  const screen = foldText(ctx?.screen ?? '');
  if (screen) {
    for (const rule of SCREEN_TAGS) if (rule.words.some((w) => screen.includes(w))) rule.tags.forEach(add);
    // A tag named on the screen itself ("Klagevejledning") is the strongest hint.
    for (const [key, real] of byKey) if (key.length > 3 && screen.includes(key) && !picked.includes(real)) picked.unshift(real);
  }
  if (context.indsats) add('serviceniveau');
  return { context, label, tags: picked };
}
