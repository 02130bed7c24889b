/** Why a logbook operation failed; `message` is plain Danish for the user. */
export type LogbookErrorCode = 'quota' | 'blocked' | 'not-found' | 'conflict' | 'invalid' | 'unavailable';

export class LogbookError extends Error {
  constructor(
    public readonly code: LogbookErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LogbookError';
  }
}

export const MESSAGES = {
  quota:
    'Der er ikke mere plads til logbogen i browseren. Din tekst er ikke tabt – den ligger stadig i feltet. ' +
    'Eksportér gamle noter og slet dem, og prøv så igen.',
  blocked:
    'Logbogen skal opdateres, men en anden fane med Sidevogn holder den gamle udgave åben. ' +
    'Luk eller genindlæs de andre faner med logbogen, og prøv igen. Din tekst er ikke tabt.',
  unavailable:
    'Logbogen kunne ikke åbnes i denne browser (måske privat tilstand eller slået fra af en politik). ' +
    'Din tekst er ikke tabt – kopiér den, før du lukker.',
  notFound: 'Noten findes ikke længere. Måske er den slettet i en anden fane.',
  conflict: 'Noten er ændret i en anden fane, mens du redigerede. Indlæs den igen, og gentag din ændring.',
} as const;

/**
 * Translates an IndexedDB failure into a LogbookError with a Danish message. Quota errors
 * surface under different names across browsers (Firefox: NS_ERROR_DOM_QUOTA_REACHED).
 */
export function toLogbookError(err: unknown): LogbookError {
  if (err instanceof LogbookError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return new LogbookError('quota', MESSAGES.quota);
  if (name === 'VersionError' || name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') {
    return new LogbookError('unavailable', MESSAGES.unavailable);
  }
  return new LogbookError('unavailable', `${MESSAGES.unavailable} (${name || 'ukendt fejl'})`);
}
