import { words } from "./normalize";

/**
 * Near-copy detection for honest progress: is a learner's prompt a paste of the exercise's example
 * or of the better version shown to them? Texts are compared as sets of normalised words
 * (lowercase, accents folded) and of word 3-shingles; a copy keeps both high, while a prompt that
 * reuses the task's vocabulary in its own sentences keeps few shingles.
 */

/**
 * A prompt is a near copy when its word-set Jaccard similarity with the reference is at least this
 * AND its 3-shingle Jaccard is at least `SHINGLE_COPY_THRESHOLD`. Pasting the example and editing a
 * few words (a name, a number, "please") stays above both; rewriting it in one's own words does not.
 */
export const WORD_COPY_THRESHOLD = 0.8;
export const SHINGLE_COPY_THRESHOLD = 0.6;

function normalisedWords(text: string): string[] {
  return words(text);
}

function shingles(tokens: readonly string[], size = 3): Set<string> {
  const out = new Set<string>();
  if (tokens.length < size) {
    if (tokens.length > 0) out.add(tokens.join(" "));
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join(" "));
  return out;
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar (0). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

export interface Similarity {
  /** Jaccard similarity of the two texts' word sets, 0–1. */
  words: number;
  /** Jaccard similarity of their word 3-shingle sets, 0–1. */
  shingles: number;
}

export function similarity(a: string, b: string): Similarity {
  return setSimilarity(textSets(a), textSets(b));
}

/** A text's normalised word set and word 3-shingle set: compute once, compare with many texts. */
export interface TextSets {
  words: ReadonlySet<string>;
  shingles: ReadonlySet<string>;
}

export function textSets(text: string): TextSets {
  const tokens = normalisedWords(text);
  return { words: new Set(tokens), shingles: shingles(tokens) };
}

function setSimilarity(a: TextSets, b: TextSets): Similarity {
  return { words: jaccard(a.words, b.words), shingles: jaccard(a.shingles, b.shingles) };
}

/** Whether `prompt` is a near copy of `reference` (see the thresholds above). */
export function isNearCopy(prompt: string, reference: string): boolean {
  return isNearCopySets(textSets(prompt), textSets(reference));
}

/** The same from the texts' sets (`textSets`). */
export function isNearCopySets(prompt: TextSets, reference: TextSets): boolean {
  const s = setSimilarity(prompt, reference);
  return s.words >= WORD_COPY_THRESHOLD && s.shingles >= SHINGLE_COPY_THRESHOLD;
}

/**
 * A compact one-way sketch of a text's word set and shingle set (MinHash, `SKETCH_SIZE` minima of
 * seeded 32-bit FNV-1a hashes each): two sketches estimate both Jaccard similarities within about
 * ±0.1, and the text cannot be read back from them. The server keeps the sketch of the better
 * version it showed, never its text, to recognise it if it is pasted back.
 */
export const SKETCH_SIZE = 64;

export interface TextSketch {
  words: number[];
  shingles: number[];
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Each seed's key: one independent hash function per seed (murmur3's finaliser after the key). */
const SEED_KEYS = Int32Array.from({ length: SKETCH_SIZE }, (_, seed) => Math.imul(seed + 1, 0x9e3779b1));

/**
 * The `SKETCH_SIZE` minima, one per seed, of the seeded hashes of the items: each item hashed once
 * with FNV-1a, then mixed with every seed's key (unsigned 32-bit arithmetic throughout).
 */
function minHash(items: ReadonlySet<string>): number[] {
  if (items.size === 0) return new Array<number>(SKETCH_SIZE).fill(-1);
  const mins = new Uint32Array(SKETCH_SIZE).fill(0xffffffff);
  for (const item of items) {
    const h = fnv1a(item);
    for (let seed = 0; seed < SKETCH_SIZE; seed++) {
      let x = h ^ SEED_KEYS[seed]!;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x = (x ^ (x >>> 16)) >>> 0;
      if (x < mins[seed]!) mins[seed] = x;
    }
  }
  return Array.from(mins);
}

export function sketchOf(text: string): TextSketch {
  return sketchOfSets(textSets(text));
}

/** The sketch of a text from its sets (`textSets`), the same as `sketchOf` of the text. */
export function sketchOfSets(sets: TextSets): TextSketch {
  return { words: minHash(sets.words), shingles: minHash(sets.shingles) };
}

function estimate(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0 || a[0] === -1 || b[0] === -1) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Estimated similarity of two sketched texts. */
export function sketchSimilarity(a: TextSketch, b: TextSketch): Similarity {
  return { words: estimate(a.words, b.words), shingles: estimate(a.shingles, b.shingles) };
}

/** Whether the sketched prompt is a near copy of the sketched reference, with the same thresholds. */
export function isNearCopySketch(prompt: TextSketch, reference: TextSketch): boolean {
  const s = sketchSimilarity(prompt, reference);
  return s.words >= WORD_COPY_THRESHOLD && s.shingles >= SHINGLE_COPY_THRESHOLD;
}
