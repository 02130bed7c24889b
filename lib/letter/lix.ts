/**
 * LIX readability (Björnsson 1968): words per sentence + percentage of long words (more
 * than 6 letters). Headings are left out: they are not sentences and would flatter the score.
 */
import type { Segmentation } from './segment';

export interface LixBand {
  /** Upper bound (exclusive) of the band; the last band has none. */
  below?: number;
  label: string;
}

/** The common Danish bands (domain.md §6). */
export const DEFAULT_LIX_BANDS: LixBand[] = [
  { below: 25, label: 'meget let' },
  { below: 35, label: 'let' },
  { below: 45, label: 'middel' },
  { below: 55, label: 'svær' },
  { label: 'meget svær' },
];

export interface LixResult {
  value: number;
  band: string;
  words: number;
  sentences: number;
}

/** Band label for a LIX value. */
export function lixBand(value: number, bands: LixBand[] = DEFAULT_LIX_BANDS): string {
  for (const b of bands) if (b.below === undefined || value < b.below) return b.label;
  return bands[bands.length - 1]?.label ?? '';
}

/** LIX of the body text (value rounded to one decimal). */
export function computeLix(seg: Segmentation, bands: LixBand[] = DEFAULT_LIX_BANDS): LixResult {
  let words = 0;
  let long = 0;
  let sentences = 0;
  for (const s of seg.sentences) {
    if (s.heading) continue;
    words += s.words;
    long += s.longWords;
    sentences++;
  }
  if (words === 0 || sentences === 0) return { value: 0, band: lixBand(0, bands), words, sentences };
  const value = Math.round((words / sentences + (long * 100) / words) * 10) / 10;
  return { value, band: lixBand(value, bands), words, sentences };
}
