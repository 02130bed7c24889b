/**
 * The default tag list: the method's tools and the building blocks of a good decision
 * (seed: Metode til god sagsbehandling; domain.md "The method's tools"). Data, not logic —
 * a config pack replaces it through `logbook.tags`.
 */
export const DEFAULT_LOGBOOK_TAGS: readonly string[] = [
  'helhedsvurdering',
  'funktions- og ressourcevurdering',
  'borgerens ressourcer',
  'borgerinddragelse',
  'afgørelse',
  'begrundelse',
  'formål',
  'omfang',
  'opfølgning',
  'partshøring',
  'aktindsigt',
  'bisidder',
  'klagevejledning',
  'vejledning om anden hjælp',
  'serviceniveau',
  'visitationskompetence',
  'leverandør',
  'dokumentation',
  'samtaleteknik',
  'klarsprog',
];
