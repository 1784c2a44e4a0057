const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = FOLDED.get(ch);
  if (cached !== undefined) return cached;
  const base = ch.normalize("NFD").charAt(0).toLowerCase();
  const folded = base.length === 1 && base.charCodeAt(0) < 0x300 ? base : ch.toLowerCase().charAt(0) || ch;
  FOLDED.set(ch, folded);
  return folded;
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Lowercases and strips diacritics, keeping string length (one output char per input UTF-16 unit).
 * Runs on every keystroke: lowercase in one native call, then fold only the non-ASCII units (cached).
 */
export function foldAccents(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(NON_ASCII, foldChar);
  // A few characters lowercase to two units (İ): fold one unit at a time.
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    out += ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldChar(ch);
  }
  return out;
}

/** Lowercase words (letters, digits, apostrophes inside words), accents folded. */
export function words(text: string): string[] {
  return foldAccents(text).match(/[a-z0-9\u00c0-\u024f]+(?:['’][a-z\u00c0-\u024f]+)*/g) ?? [];
}
