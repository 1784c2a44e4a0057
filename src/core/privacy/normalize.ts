/**
 * What a user cannot see must not hide personal data: zero-width characters and soft hyphens are
 * dropped, the many widths of space become one space, full-width digits, letters and "@" become ASCII.
 * Detectors read the normalised text; `toOriginal` maps their spans back onto the text as written.
 */

// Zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/;
// No-break, en/em/thin/hair/narrow and ideographic spaces.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
// Full-width ASCII block: "！" (U+FF01) to "～" (U+FF5E).
const FULL_WIDTH = /[\uff01-\uff5e]/;
const NEEDS_WORK = new RegExp(`${INVISIBLE.source}|${ODD_SPACE.source}|${FULL_WIDTH.source}`);

export interface NormalizedText {
  text: string;
  /** Index in the original text of each normalised character, plus one entry for the end; null when unchanged. */
  origins: Int32Array | null;
}

export function normalizeForDetection(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) return { text: original, origins: null };
  const parts: string[] = [];
  const origins = new Int32Array(original.length + 1);
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    let out: string;
    if (
      (code >= 0x200b && code <= 0x200d) ||
      code === 0x2060 ||
      code === 0xfeff ||
      code === 0xad ||
      code === 0x180e
    ) {
      continue;
    } else if (
      code === 0xa0 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000
    ) {
      out = " ";
    } else if (code >= 0xff01 && code <= 0xff5e) {
      out = String.fromCharCode(code - 0xfee0);
    } else {
      out = original[i] as string;
    }
    parts.push(out);
    origins[length++] = i;
  }
  origins[length] = original.length;
  return { text: parts.join(""), origins: origins.subarray(0, length + 1) };
}

/** The original span of the normalised span [start, end). */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { origins } = normalized;
  if (!origins) return [start, end];
  // `end` maps to just after the last character kept, so trailing invisible characters stay outside.
  return [
    origins[start] as number,
    end > start ? (origins[end - 1] as number) + 1 : (origins[start] as number),
  ];
}
