/** Lowercases and strips diacritics, keeping string length (one output char per input UTF-16 unit). */
export function foldAccents(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += ch.toLowerCase();
      continue;
    }
    const base = ch.normalize("NFD").charAt(0).toLowerCase();
    out += base.length === 1 && base.charCodeAt(0) < 0x300 ? base : ch.toLowerCase().charAt(0) || ch;
  }
  return out;
}

/** Lowercase words (letters, digits, apostrophes inside words), accents folded. */
export function words(text: string): string[] {
  return foldAccents(text).match(/[a-z0-9\u00c0-\u024f]+(?:['’][a-z\u00c0-\u024f]+)*/g) ?? [];
}
