import { foldAccents } from "../text/normalize";

/**
 * Phrase matching over tokens in one linear pass: every lexicon phrase is indexed by its first token
 * (exact, or a 3-letter prefix for stems written `stem*`), so cost grows with the prompt, not the lexicon.
 */

export interface Token {
  /** Folded (lowercase, no accents) text of the token. */
  text: string;
  start: number;
  end: number;
}

/** Letters and digits; apostrophes and hyphens split tokens ("l'adhérent" → "l", "adherent"). */
const TOKEN = /[a-z0-9\u00c0-\u024f\u0400-\u04ff]+/g;

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

interface Pattern {
  tag: string;
  /** Each part matches a token exactly, or as a prefix when `prefix` is set. */
  parts: { value: string; prefix: boolean }[];
}

export interface Hit {
  tag: string;
  start: number;
  end: number;
  /** Index of the first and one past the last token matched. */
  from: number;
  to: number;
}

const PREFIX_KEY = 3;

export class PhraseIndex {
  private readonly exact = new Map<string, Pattern[]>();
  /** Phrases of two or more words keyed by their first two: "the selected …" is not tried on every "the". */
  private readonly pairs = new Map<string, Map<string, Pattern[]>>();
  private readonly prefixed = new Map<string, Pattern[]>();

  /** `lexicon`: tag → phrases, written naturally ("ne pas", "summar*", "l'adhérent"). */
  constructor(lexicon: Record<string, readonly string[]>) {
    for (const [tag, phrases] of Object.entries(lexicon)) {
      for (const phrase of phrases) this.add(tag, phrase);
    }
  }

  private add(tag: string, phrase: string): void {
    const parts = foldAccents(phrase)
      .split(/[^a-z0-9*\u00c0-\u024f]+/)
      .filter((p) => p.length > 0)
      .map((p) => (p.endsWith("*") ? { value: p.slice(0, -1), prefix: true } : { value: p, prefix: false }));
    const first = parts[0];
    if (!first) return;
    const pattern: Pattern = { tag, parts };
    const second = parts[1];
    if (first.prefix && first.value.length >= PREFIX_KEY) {
      push(this.prefixed, first.value.slice(0, PREFIX_KEY), pattern);
    } else if (!first.prefix && second && !second.prefix) {
      let bySecond = this.pairs.get(first.value);
      if (!bySecond) this.pairs.set(first.value, (bySecond = new Map()));
      push(bySecond, second.value, pattern);
    } else {
      push(this.exact, first.value, pattern);
    }
  }

  /** Every occurrence of every phrase (overlaps allowed; callers decide what counts). */
  match(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const text = (tokens[i] as Token).text;
      this.tryAll(this.exact.get(text), tokens, i, hits);
      const next = tokens[i + 1];
      if (next) this.tryAll(this.pairs.get(text)?.get(next.text), tokens, i, hits);
      if (text.length >= PREFIX_KEY)
        this.tryAll(this.prefixed.get(text.slice(0, PREFIX_KEY)), tokens, i, hits);
    }
    return hits;
  }

  private tryAll(patterns: Pattern[] | undefined, tokens: readonly Token[], i: number, hits: Hit[]): void {
    if (!patterns) return;
    for (const pattern of patterns) {
      const { parts } = pattern;
      if (i + parts.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < parts.length && ok; k++) {
        const part = parts[k] as Pattern["parts"][number];
        const text = (tokens[i + k] as Token).text;
        ok = part.prefix ? text.startsWith(part.value) : text === part.value;
      }
      if (ok) {
        const last = tokens[i + parts.length - 1] as Token;
        hits.push({
          tag: pattern.tag,
          start: (tokens[i] as Token).start,
          end: last.end,
          from: i,
          to: i + parts.length,
        });
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
