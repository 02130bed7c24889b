import type { CaseContext, CaseArea, ContextField } from './context';
import type { ScreenProfile, SiteProfile } from './site-profile-schema';
import { matchesOrigin, matchesPath } from './url-match';
import { findField, findLabelElements, mapValue, readValue } from './read-field';
import { findLetterEditor, type LetterEditor } from './letter-editor';
import { normaliseLabel } from './text';

export interface ScreenMatch {
  site: SiteProfile;
  screen: ScreenProfile;
}

/** The site profiles whose origins cover this URL (no DOM needed). */
export function sitesForUrl(sites: readonly SiteProfile[], url: URL): SiteProfile[] {
  return sites.filter((site) => site.origins.some((pattern) => matchesOrigin(pattern, url)));
}

function signalsHold(doc: Document, screen: ScreenProfile): boolean {
  return screen.signals.every((signal) => {
    let el: Element | null;
    try {
      el = doc.querySelector(signal.selector);
    } catch {
      return false;
    }
    if (!el) return false;
    return signal.text === undefined || normaliseLabel(el.textContent ?? '').includes(normaliseLabel(signal.text));
  });
}

/** The first screen whose path and page signals match, in profile order. */
export function matchScreen(sites: readonly SiteProfile[], url: URL, doc: Document): ScreenMatch | null {
  for (const site of sitesForUrl(sites, url)) {
    for (const screen of site.screens) {
      if (screen.paths.some((glob) => matchesPath(glob, url)) && signalsHold(doc, screen)) return { site, screen };
    }
  }
  return null;
}

const AREA_WORDS: [RegExp, CaseArea][] = [
  [/børn|unge|familie|barnets lov/i, 'boern'],
  [/ældre|ældreloven|pleje|hjemmepleje|sundhed og omsorg/i, 'aeldre'],
  [/voksne|handicap|socialpsykiatri|udsatte voksne/i, 'voksne'],
];

/** Turns the area text a screen shows ("Børn og unge", "Ældreområdet") into an area id. */
export function toCaseArea(text: string | undefined): CaseArea | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase();
  if (t === 'boern' || t === 'aeldre' || t === 'voksne') return t;
  return AREA_WORDS.find(([re]) => re.test(text))?.[1];
}

/** Reads the screen's context: every field of the profile, constants, and whether an editor exists. */
export function readContext(doc: Document, match: ScreenMatch): CaseContext {
  return readScreen(doc, match).context;
}

/** readContext, plus the letter editor it found (so the letter check need not look again). */
export function readScreen(doc: Document, match: ScreenMatch): { context: CaseContext; letterEditor: LetterEditor | null } {
  const { site, screen } = match;
  const lookups = Object.entries({ ...site.fields, ...screen.fields }) as [ContextField, NonNullable<ScreenProfile['fields'][ContextField]>][];
  const editorLookup = screen.letterEditor ?? site.letterEditor;
  // One pass over the page's text finds every label of the screen, the letter editor's too.
  const labelElements = findLabelElements(doc, [...lookups.flatMap(([, l]) => l.labels), ...(editorLookup?.labels ?? [])]);
  const values: Partial<Record<ContextField, string>> = { ...screen.constants };
  for (const [field, lookup] of lookups) {
    const hit = findField(doc, lookup, labelElements);
    if (!hit) continue;
    const value = mapValue(readValue(hit.element), lookup.map);
    if (value) values[field] = value;
  }
  const letterEditor = findLetterEditor(doc, editorLookup, labelElements);
  const context: CaseContext = {
    siteId: site.id,
    screenId: screen.id,
    screenLabel: screen.label,
    sagsomraade: toCaseArea(values.sagsomraade),
    lovgrundlag: values.lovgrundlag,
    indsats: values.indsats,
    omfang: values.omfang,
    afgoerelsestype: values.afgoerelsestype,
    ansoegningsdato: values.ansoegningsdato,
    hasLetterEditor: letterEditor !== null,
  };
  return { context, letterEditor };
}
