/**
 * Corrects one typo in a word against a known vocabulary (the rubric's and the tasks' words), the
 * symmetric-delete way: every vocabulary word and its one-letter deletions are indexed, so a look-up
 * costs one pass over the word's own deletions, whatever the vocabulary's size. A candidate is kept
 * only at Damerau distance 1 (one letter added, dropped, replaced or two swapped) with the same first
 * letter, and only for words of five letters or more: short words have too many neighbours.
 */
export class TypoCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly byDeletion = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  /** `vocabulary`: folded words to correct towards; `alsoKnown`: words never corrected (function words…). */
  constructor(vocabulary: Iterable<string>, alsoKnown: Iterable<string> = []) {
    const words = new Set<string>();
    for (const w of vocabulary) if (/^[a-z]+$/.test(w)) words.add(w);
    this.known = new Set([...words, ...alsoKnown]);
    for (const word of words) {
      if (word.length < MIN_LENGTH - 1) continue;
      this.index(word, word);
      for (const d of deletions(word)) this.index(d, word);
    }
  }

  private index(key: string, word: string): void {
    const list = this.byDeletion.get(key);
    if (!list) this.byDeletion.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  }

  /** The vocabulary word `word` is one typo away from, or null (known words and short words stay). */
  correct(word: string): string | null {
    if (word.length < MIN_LENGTH || word.length > 24 || this.known.has(word) || !/^[a-z]+$/.test(word))
      return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    const candidates = [...(this.byDeletion.get(word) ?? [])];
    for (const d of deletions(word)) candidates.push(...(this.byDeletion.get(d) ?? []));
    for (const candidate of candidates) {
      if (candidate[0] === word[0] && damerauAtMostOne(word, candidate)) {
        found = candidate;
        break;
      }
    }
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }
}

const MIN_LENGTH = 5;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or adjacent swap. */
export function damerauAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
