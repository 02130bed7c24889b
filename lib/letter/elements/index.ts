/** Registry of element detectors: one file per building block, id = file name. */
import type { Detection, Letter } from '../letter';
import type { ElementId } from '../types';
import * as retsgrundlag from './retsgrundlag';
import * as begrundelse from './begrundelse';
import * as hovedhensyn from './hovedhensyn';
import * as faktiskeOplysninger from './faktiske-oplysninger';
import * as formaal from './formaal';
import * as omfang from './omfang';
import * as opfoelgning from './opfoelgning';
import * as ressourcer from './ressourcer';
import * as borgerensSynspunkter from './borgerens-synspunkter';
import * as partshoering from './partshoering';
import * as aktindsigt from './aktindsigt';
import * as bisidder from './bisidder';
import * as klagevejledning from './klagevejledning';
import * as klagefrist from './klagefrist';
import * as genvurdering from './genvurdering';
import * as klageinstans from './klageinstans';
import * as vejledningAndreYdelser from './vejledning-andre-ydelser';
import * as cpr from './cpr';
import * as foraeldetHenvisning from './foraeldet-henvisning';

export const ELEMENT_DETECTORS: Record<ElementId, (letter: Letter) => Detection> = {
  retsgrundlag: retsgrundlag.detect,
  begrundelse: begrundelse.detect,
  hovedhensyn: hovedhensyn.detect,
  'faktiske-oplysninger': faktiskeOplysninger.detect,
  formaal: formaal.detect,
  omfang: omfang.detect,
  opfoelgning: opfoelgning.detect,
  ressourcer: ressourcer.detect,
  'borgerens-synspunkter': borgerensSynspunkter.detect,
  partshoering: partshoering.detect,
  aktindsigt: aktindsigt.detect,
  bisidder: bisidder.detect,
  klagevejledning: klagevejledning.detect,
  klagefrist: klagefrist.detect,
  genvurdering: genvurdering.detect,
  klageinstans: klageinstans.detect,
  'vejledning-andre-ydelser': vejledningAndreYdelser.detect,
  cpr: cpr.detect,
  'foraeldet-henvisning': foraeldetHenvisning.detect,
};
