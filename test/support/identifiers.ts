/**
 * Generators of identifiers with valid or deliberately wrong check digits, for the privacy guard's
 * tests. Values are synthetic: they follow the published algorithms, not real people.
 */

import { mulberry32 } from "../../src/server/results/demo/random";

/** Small deterministic PRNG (mulberry32) so generated cases are the same on every run. */
export const seededRandom = mulberry32;

function digits(random: () => number, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += Math.floor(random() * 10).toString();
  return out;
}

function pad(value: number, width: number): string {
  return value.toString().padStart(width, "0");
}

function mod97(value: string): number {
  let rest = 0;
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    rest = code >= 65 ? (rest * 100 + code - 55) % 97 : (rest * 10 + code - 48) % 97;
  }
  return rest;
}

// ---------------------------------------------------------------- NIR

export interface NirParts {
  sex: 1 | 2;
  year: number;
  month: number;
  /** "01"–"95", "2A", "2B" (Corsica) or an overseas "97" + a 3-digit commune. */
  department: string;
  commune: number;
  order: number;
}

export function nirBody(parts: NirParts): string {
  return `${parts.sex}${pad(parts.year, 2)}${pad(parts.month, 2)}${parts.department}${pad(parts.commune, 3)}${pad(parts.order, 3)}`;
}

/** Key = 97 − (13 first digits mod 97), with 2A → 19 and 2B → 18. */
export function nirKeyOf(body: string): number {
  const numeric = body.slice(0, 5) + body.slice(5, 7).replace("2A", "19").replace("2B", "18") + body.slice(7);
  return 97 - mod97(numeric);
}

/** A 15-character NIR; `valid: false` gives a key off by one. */
export function makeNir(parts: NirParts, valid = true): string {
  const body = nirBody(parts);
  const key = nirKeyOf(body);
  return body + pad(valid ? key : (key % 97) + 1, 2);
}

/** "1 85 05 78 006 084 36": the usual spaced layout. */
export function spaceNir(nir: string, separator = " "): string {
  return [
    nir.slice(0, 1),
    nir.slice(1, 3),
    nir.slice(3, 5),
    nir.slice(5, 7),
    nir.slice(7, 10),
    nir.slice(10, 13),
    nir.slice(13),
  ].join(separator);
}

export function randomNirParts(random: () => number, department?: string): NirParts {
  const departments = ["75", "13", "69", "2A", "2B", "33", "59", "01", "95"];
  return {
    sex: random() < 0.5 ? 1 : 2,
    year: Math.floor(random() * 100),
    month: 1 + Math.floor(random() * 12),
    department: department ?? (departments[Math.floor(random() * departments.length)] as string),
    commune: 1 + Math.floor(random() * 998),
    order: 1 + Math.floor(random() * 998),
  };
}

// ---------------------------------------------------------------- IBAN

/** An IBAN for `country` and `bban`, with its two check digits; `valid: false` breaks them. */
export function makeIban(country: string, bban: string, valid = true): string {
  const check = 98 - mod97(bban + country + "00");
  const digitsOut = valid ? check : ((check + 1) % 97) + 2;
  return country + pad(digitsOut, 2) + bban;
}

/** "FR76 3000 6000 …": groups of four. */
export function spaceIban(iban: string, separator = " "): string {
  return iban.match(/.{1,4}/g)!.join(separator);
}

/** A French BBAN: bank (5), branch (5), account (11), RIB key (2). */
export function randomFrenchBban(random: () => number): string {
  return digits(random, 23);
}

export function randomBban(random: () => number, length: number): string {
  return digits(random, length);
}

// ---------------------------------------------------------------- payment cards

export function luhnCheckDigit(partial: string): number {
  let sum = 0;
  let double = true;
  for (let i = partial.length - 1; i >= 0; i--) {
    let d = partial.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

/** A card number of `length` digits starting with `prefix`; `valid: false` breaks the Luhn digit. */
export function makeCard(prefix: string, length: number, random: () => number, valid = true): string {
  const partial = prefix + digits(random, length - prefix.length - 1);
  const check = luhnCheckDigit(partial);
  return partial + (valid ? check : (check + 1) % 10).toString();
}

/** "4970 1012 3456 7897": groups of four. */
export function groupCard(card: string, separator = " "): string {
  return card.match(/.{1,4}/g)!.join(separator);
}
