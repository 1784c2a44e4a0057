/** Check-digit algorithms: they make a finding an identifier rather than a number of the right shape. */

/** Remainder modulo 97 of a string of digits and (IBAN-style) letters, A=10 … Z=35. */
export function mod97(chars: string): number {
  let rest = 0;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    if (code >= 48 && code <= 57) rest = (rest * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) rest = (rest * 100 + (code - 55)) % 97;
    else return -1;
  }
  return rest;
}

/**
 * NIR key of the first 13 characters: 97 − (number mod 97). Corsican departments are counted as
 * 2A → 19 and 2B → 18, as INSEE does.
 */
export function nirKey(body: string): number {
  const upper = body.toUpperCase();
  const digits =
    upper.slice(0, 5) + upper.slice(5, 7).replace("2A", "19").replace("2B", "18") + upper.slice(7);
  const rest = mod97(digits);
  return rest < 0 ? -1 : 97 - rest;
}

const MONTH_OK = (month: number) =>
  (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;

/**
 * A 15-character NIR: sex 1/2, year, month (01–12, or 20–42 / 50–99 for unknown months), department
 * (01–99 or 2A/2B), commune and order number, then the two-digit key.
 */
export function isValidNir(nir: string): boolean {
  if (nir.length !== 15) return false;
  const value = nir.toUpperCase();
  if (value[0] !== "1" && value[0] !== "2") return false;
  const department = value.slice(5, 7);
  const corsica = department === "2A" || department === "2B";
  for (let i = 0; i < 15; i++) {
    if (corsica && (i === 5 || i === 6)) continue;
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  if (!MONTH_OK(Number(value.slice(3, 5)))) return false;
  if (department === "00") return false;
  const key = Number(value.slice(13, 15));
  return key >= 1 && key <= 97 && nirKey(value.slice(0, 13)) === key;
}

/** IBAN check: move the first four characters to the end and the remainder modulo 97 must be 1. */
export function isValidIban(iban: string): boolean {
  const value = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value)) return false;
  return mod97(value.slice(4) + value.slice(0, 4)) === 1;
}

/** Luhn check used by payment card numbers. */
export function isValidLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** IBAN lengths per country (ISO 13616 registry); other countries are accepted between 15 and 34. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};
