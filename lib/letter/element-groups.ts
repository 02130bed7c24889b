/**
 * Labels and checklist groups for the panel, following Ankestyrelsen's letter structure
 * (resultat, begrundelse, partens synspunkter, regler, klagevejledning) plus the method's
 * formål, ressourcer, omfang and opfølgning.
 */
import type { ElementId } from './types';

export const ELEMENT_LABELS: Record<ElementId, string> = {
  retsgrundlag: 'Retsgrundlag (lov og §)',
  begrundelse: 'Konkret begrundelse',
  hovedhensyn: 'Hovedhensyn',
  'faktiske-oplysninger': 'Faktiske oplysninger',
  formaal: 'Formål med hjælpen',
  omfang: 'Omfang (mængde pr. periode)',
  opfoelgning: 'Opfølgning eller varighed',
  ressourcer: 'Borgerens ressourcer',
  'borgerens-synspunkter': 'Borgerens synspunkter',
  partshoering: 'Partshøring',
  aktindsigt: 'Aktindsigt',
  bisidder: 'Bisidder',
  klagevejledning: 'Klagevejledning',
  klagefrist: 'Klagefrist på 4 uger',
  genvurdering: 'Kommunen genvurderer',
  klageinstans: 'Ankestyrelsen som klageinstans',
  'vejledning-andre-ydelser': 'Vejledning om anden hjælp',
  cpr: 'CPR-nummer i brevet',
  'foraeldet-henvisning': 'Forældet lovhenvisning',
};

export interface ElementGroup {
  id: 'resultat' | 'begrundelse' | 'borgerens-synspunkter' | 'regler' | 'klagevejledning' | 'formaal' | 'ressourcer' | 'omfang' | 'opfoelgning';
  label: string;
  elements: ElementId[];
}

export const ELEMENT_GROUPS: ElementGroup[] = [
  // The result itself is the decision type (LetterAnalysis.decisionType), shown in this group.
  { id: 'resultat', label: 'Resultat', elements: [] },
  { id: 'begrundelse', label: 'Begrundelse', elements: ['begrundelse', 'hovedhensyn', 'faktiske-oplysninger'] },
  { id: 'borgerens-synspunkter', label: 'Borgerens synspunkter', elements: ['borgerens-synspunkter', 'partshoering'] },
  { id: 'regler', label: 'Regler', elements: ['retsgrundlag', 'foraeldet-henvisning', 'cpr'] },
  { id: 'formaal', label: 'Formål', elements: ['formaal'] },
  { id: 'ressourcer', label: 'Ressourcer', elements: ['ressourcer'] },
  { id: 'omfang', label: 'Omfang', elements: ['omfang'] },
  { id: 'opfoelgning', label: 'Opfølgning', elements: ['opfoelgning'] },
  { id: 'klagevejledning', label: 'Klagevejledning og retssikkerhed', elements: ['klagevejledning', 'klagefrist', 'genvurdering', 'klageinstans', 'aktindsigt', 'bisidder', 'vejledning-andre-ydelser'] },
];
