/** Character classes shared by the detectors; they work on UTF-16 code units. */

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Letters and digits, including accented Latin letters, so "é1234" is not read as a number start. */
export function isWordChar(code: number): boolean {
  return isAsciiAlnum(code) || (code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7);
}

/** Space, no-break space and narrow no-break space all count as one kind of separator. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f;
}

/** Characters allowed between the groups of a written number: one space, dot or dash. */
export function separatorKind(code: number): number {
  if (isSpace(code)) return 0x20;
  if (code === 0x2e || code === 0x2d) return code;
  return -1;
}
