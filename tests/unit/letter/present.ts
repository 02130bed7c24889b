/** What the letter-check tests ask of an analysis: is the building block there? */
import { analyzeLetter, type AnalyzeOptions, type ElementId } from '../../../lib/letter/index';

export const present = (text: string, id: ElementId, options: AnalyzeOptions = {}): boolean => analyzeLetter(text, options).elements[id].present;
