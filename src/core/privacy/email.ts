import type { PersonalDataFinding } from "./findings";

/**
 * E-mail addresses, found from each "@": the local part is read leftwards and the domain rightwards
 * over their allowed characters. Neither read crosses another "@", so every character is visited at
 * most twice and repeated "@" cannot make the scan quadratic.
 */

/** Accented and other non-ASCII letters: internationalised addresses (RFC 6531), « exemple-société.fr ». */
function isInternationalLetter(code: number): boolean {
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000;
}

function isLocalChar(code: number): boolean {
  return (
    isInternationalLetter(code) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 0x2e || // .
    code === 0x5f || // _
    code === 0x25 || // %
    code === 0x2b || // +
    code === 0x2d || // -
    code === 0x27 // '
  );
}

function isDomainChar(code: number): boolean {
  return (
    isInternationalLetter(code) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 0x2e ||
    code === 0x2d
  );
}

/** Returns the end of a valid domain that starts at `from` (trimmed of trailing dots/dashes), or -1. */
function domainEnd(text: string, from: number, limit: number): number {
  let end = limit;
  while (end > from && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end--;
  const labels = text.slice(from, end).split(".");
  if (labels.length < 2) return -1;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return -1;
    if (label.startsWith("-") || label.endsWith("-")) return -1;
  }
  const tld = labels[labels.length - 1] as string;
  return /^[A-Za-z]{2,24}$/.test(tld) ? end : -1;
}

/** Appends EMAIL findings in text order. */
export function detectEmails(text: string, out: PersonalDataFinding[]): void {
  const n = text.length;
  let previousEnd = 0;
  let at = text.indexOf("@");
  while (at >= 0) {
    let start = at;
    while (start > previousEnd && isLocalChar(text.charCodeAt(start - 1))) start--;
    // A sentence may run into the address ("see.jean@x.fr"): leading dots and quotes are not part of it.
    while (start < at && (text.charCodeAt(start) === 0x2e || text.charCodeAt(start) === 0x27)) start++;
    let limit = at + 1;
    while (limit < n && isDomainChar(text.charCodeAt(limit))) limit++;
    const local = text.slice(start, at);
    const end = limit > at + 1 ? domainEnd(text, at + 1, limit) : -1;
    if (local.length > 0 && local.length <= 64 && !local.includes("..") && !local.endsWith(".") && end > 0) {
      out.push({ type: "EMAIL", start, end });
      previousEnd = end;
    }
    at = text.indexOf("@", Math.max(at + 1, limit));
  }
}
