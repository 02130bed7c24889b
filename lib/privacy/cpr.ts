/**
 * CPR-number detection and masking.
 *
 * A CPR number is DDMMYY-SSSS (also without the hyphen or with a space). We accept a match
 * only when the first six digits form a real date in the century that digit 7 points to
 * (cpr.dk's century table). Modulus 11 is reported as a confidence signal only: since 2007
 * CPR issues numbers that fail it (so far 1 January births), and CPR says systems must never
 * reject them.
 */

export interface CprMatch {
  /** Offset of the first character of the number in the text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** The number as written in the text (with its separator, if any). */
  value: string;
  /** True when the ten digits pass the modulus-11 check (higher confidence). */
  mod11: boolean;
  /** Birth date as ISO yyyy-mm-dd, derived with the century rule. */
  birthDate: string;
}

/** What a masked CPR number looks like. */
export const CPR_MASK = 'XXXXXX-XXXX';

// Six digits, an optional single separator (hyphen, en dash, non-breaking hyphen, space or
// no-break space), four digits. The look-arounds keep us out of longer digit runs such as
// account numbers, case numbers like "2025-0412-0101901234" or phone numbers with a prefix.
const CPR_PATTERN =
  /(?<![\p{L}\p{N}])(?<![\p{N}][-–‑./])(\d{6})([-–‑ \u00a0]?)(\d{4})(?![\p{L}\p{N}])(?![-–‑./,]\p{N})/gu;

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Full year from the two-digit year and the seventh digit (cpr.dk's table). */
export function cprCentury(yy: number, digit7: number): number {
  if (digit7 <= 3) return 1900 + yy;
  if (digit7 === 4 || digit7 === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  // 5–8
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** True when the ten digits pass modulus 11 (weights 4,3,2,7,6,5,4,3,2,1). */
export function cprMod11(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  return sum % 11 === 0;
}

/**
 * Birth date (ISO) of a ten-digit CPR string, or undefined when the date part is not a real
 * date in the century the seventh digit gives.
 */
export function cprBirthDate(digits: string): string | undefined {
  if (!/^\d{10}$/.test(digits)) return undefined;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = cprCentury(yy, Number(digits[6]));
  if (month < 1 || month > 12 || day < 1) return undefined;
  const max = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > max) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** All CPR numbers in the text, in order. */
export function findCprNumbers(text: string): CprMatch[] {
  const out: CprMatch[] = [];
  CPR_PATTERN.lastIndex = 0;
  for (let m = CPR_PATTERN.exec(text); m; m = CPR_PATTERN.exec(text)) {
    const digits = m[1]! + m[3]!;
    const birthDate = cprBirthDate(digits);
    if (!birthDate) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0], mod11: cprMod11(digits), birthDate });
  }
  return out;
}

/** The text with every CPR number replaced by "XXXXXX-XXXX", and how many were replaced. */
export function maskCpr(text: string): { text: string; count: number } {
  const found = findCprNumbers(text);
  if (found.length === 0) return { text, count: 0 };
  let result = '';
  let last = 0;
  for (const f of found) {
    result += text.slice(last, f.start) + CPR_MASK;
    last = f.end;
  }
  result += text.slice(last);
  return { text: result, count: found.length };
}
