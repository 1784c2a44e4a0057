import type { Localized } from "../types";
import type { Analysis, Span } from "./analyze";
import type { Token } from "./matcher";

/**
 * Does the prompt read as a request a person could act on? Two checks, both linear scans of the
 * tokens:
 * - broken syntax: closed-class words (articles, prepositions, conjunctions, subject pronouns,
 *   auxiliaries) where grammar cannot put them: an article before a full stop or another article,
 *   "je suis." or "Doit." closing a sentence. Shuffled or salad text breaks these rules often;
 *   written requests, even terse ones, almost never do.
 * - contradictions: two lengths, two opposite tones or registers, a length of zero, an audience of
 *   nobody.
 */

const DETERMINERS = new Set(
  // Only words that are always articles: "un" (un par un), "ton" (the noun), "des"/"au" (au-delà des),
  // "this"/"each" (pronouns in English) are left out.
  (
    "le la les ce cet cette ces mon ma mes ta tes sa ses notre nos votre vos leur leurs chaque " +
    "the an my your our their every"
  ).split(" "),
);
const PREPOSITIONS = new Set(
  "de d dans sur sous avec sans pour par vers chez entre of to in on at for with without by from into about".split(
    " ",
  ),
);
const CONJUNCTIONS = new Set("et ou mais donc car and or but because".split(" "));
/** Words of time that never follow a preposition directly ("dans hier", "in yesterday"). */
const TIME_ADVERBS = new Set("hier demain aujourd yesterday tomorrow today".split(" "));
/** Pronouns French repeats on purpose ("vous vous", "nous nous"). */
const REPEATABLE = new Set("vous nous".split(" "));
const SUBJECTS = new Set("je j tu il ils elle elles on i we he she they".split(" "));
/** Auxiliaries and modals that cannot end a sentence in a request. */
const DANGLING_VERBS = new Set(
  "suis es sommes etes sont doit doivent dois peut peux pourrait veux veut am".split(" "),
);

export interface Incoherence {
  /** Places where the syntax breaks (at most a few are kept). */
  breaks: Span[];
}

function isSentenceEnd(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  if (!next) return true;
  const gap = a.folded.slice(a.tokens[i]!.end, next.start);
  if (gap === "-") return false;
  return a.sentenceStart[i + 1] === true || /[,]/.test(gap);
}

/** "comparez-le", "dois-je", "analysez-la": the pronoun after a verb. */
function joinedByHyphen(a: Analysis, i: number): boolean {
  const previous = a.tokens[i - 1];
  return previous !== undefined && a.folded.slice(previous.end, a.tokens[i]!.start) === "-";
}

/** Breaks of syntax a writer of French or English would not make. */
export function syntaxBreaks(a: Analysis): Span[] {
  const breaks: Span[] = [];
  const n = a.tokens.length;
  for (let i = 0; i < n && breaks.length < 8; i++) {
    const t = a.tokens[i] as Token;
    const word = t.text;
    const next = a.tokens[i + 1];
    const end = isSentenceEnd(a, i);
    const gap = next ? a.folded.slice(t.end, next.start) : a.folded.slice(t.end);
    // Apostrophes join "l'", "d'", "j'" to their word, hyphens join pronouns ("dites-le", "dois-je"):
    // never a break.
    const elided = /^['’]$/.test(gap.trim()) || joinedByHyphen(a, i);
    let broken = false;
    if (DETERMINERS.has(word) && !elided) {
      // "the." "ce pour" "les et" — an article needs its noun.
      broken =
        end ||
        (next !== undefined &&
          (DETERMINERS.has(next.text) || PREPOSITIONS.has(next.text) || CONJUNCTIONS.has(next.text)));
      // "les" and "leur" double as pronouns before a verb ("les résumer", "leur écrire"): only a sentence end counts.
      if ((word === "les" || word === "leur" || word === "leurs") && !end) broken = false;
    } else if (PREPOSITIONS.has(word) && !elided) {
      broken =
        end ||
        (next !== undefined &&
          (CONJUNCTIONS.has(next.text) || PREPOSITIONS.has(next.text) || TIME_ADVERBS.has(next.text)));
      // "what to look for." "who it is for" — English ends a clause on a preposition.
      if (end && /^(?:for|to|on|about|with|from|in|of|into|by|at)$/.test(word)) broken = false;
    } else if (CONJUNCTIONS.has(word)) {
      // "et." / "and." — but "(SI, OU…)" names the word itself.
      broken = end && /^\s*[.!?]|^\s*$/.test(gap) && !/[…)]/.test(gap);
      // "car adhérent," "because member." — a reason needs a clause, not one word.
      if ((word === "car" || word === "because") && !end && next && isSentenceEnd(a, i + 1)) broken = true;
      if (
        !end &&
        next &&
        (PREPOSITIONS.has(next.text) || CONJUNCTIONS.has(next.text)) &&
        word !== "and" &&
        word !== "et" &&
        word !== "or" &&
        word !== "ou"
      )
        broken = true;
    } else if (SUBJECTS.has(word) && !elided) {
      broken = end || (next !== undefined && (PREPOSITIONS.has(next.text) || CONJUNCTIONS.has(next.text)));
    } else if (DANGLING_VERBS.has(word) && end && i > 0) {
      const gapAfter = next ? a.folded.slice(t.end, next.start) : a.folded.slice(t.end);
      // A question may end on its verb ("who is it for, what can you?" is rare; "can you?" is not).
      broken = !/\?/.test(gapAfter);
      // "c'est", "n'est" and ellipsis-free questions aside, a request does not end on "is" / "doit".
      if (word === "is" || word === "are" || word === "am") {
        const prev = a.tokens[i - 1];
        if (prev && /^(?:it|that|this|there|what|who|how|which)$/.test(prev.text)) broken = false;
      }
    }
    // "analyse analyse", "table table": a word twice in a row.
    if (
      !broken &&
      next &&
      next.text === word &&
      !REPEATABLE.has(word) &&
      !/\d/.test(word) &&
      !/[,;:.!?\n]/.test(gap)
    )
      broken = true;
    if (broken) breaks.push({ start: t.start, end: t.end });
  }
  return breaks;
}

/**
 * Word salad: syntax broken twice, or once in a short prompt, or most sentences too short to say
 * anything (fragments) while none of the prompt is list or label structure.
 */
export function isIncoherent(a: Analysis, breaks: readonly Span[]): boolean {
  const n = a.tokens.length;
  if (n === 0) return false;
  if (breaks.length >= 3) return true;
  if (breaks.length >= 2 && breaks.length / n >= 1 / 40) return true;
  return breaks.length >= 1 && n <= 14;
}

export interface Contradiction {
  spans: [Span, Span];
  message: Localized;
}

interface Polar {
  /** Folded phrases on each side. */
  a: string[];
  b: string[];
  message: Localized;
}

const POLARITIES: Polar[] = [
  {
    a: "cordial cordiale chaleureux chaleureuse poli polie aimable bienveillant bienveillante empathique rassurant rassurante doux douce friendly warm polite kind courteous empathetic reassuring gentle".split(
      " ",
    ),
    b: "agressif agressive sec seche froid froide hostile menacant menacante brutal brutale cassant cassante mechant mechante rude aggressive cold hostile harsh threatening curt blunt rude".split(
      " ",
    ),
    message: {
      fr: "Deux tons opposés sont demandés : choisissez-en un.",
      en: "Two opposite tones are asked for: choose one.",
    },
  },
  {
    a: "vouvoie vouvoyez vouvoyant vouvoiement vouvoyer".split(" "),
    b: "tutoie tutoyez tutoyant tutoiement tutoyer".split(" "),
    message: {
      fr: "Le vouvoiement et le tutoiement sont demandés tous les deux : choisissez-en un.",
      en: "Both the formal and the familiar “you” are asked for: choose one.",
    },
  },
  {
    a: "formel formelle soutenu soutenue solennel formal solemn".split(" "),
    b: "familier familiere informel informelle decontracte decontractee argot casual informal slang chatty".split(
      " ",
    ),
    message: {
      fr: "Le registre demandé est à la fois soutenu et familier : choisissez-en un.",
      en: "The register asked for is both formal and casual: choose one.",
    },
  },
  {
    a: "court courte bref breve concis concise succinct succincte short brief concise succinct".split(" "),
    b: "long longue exhaustif exhaustive interminable lengthy exhaustive long".split(" "),
    message: {
      fr: "La longueur demandée est à la fois courte et longue : donnez une seule longueur.",
      en: "The length asked for is both short and long: give one length.",
    },
  },
];

const WORD_UNITS =
  /^(?:mots?|words?|lignes?|lines?|phrases?|sentences?|puces?|bullets?|points?|pages?|paragraphes?|paragraphs?)$/;
const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  dix: 10,
  ten: 10,
};
const PER = /^(?:par|per|each|chaque)$/;
const MAX_LEADS = /^(?:maximum|max|plus|most|under|moins|than|within|jusqu)$/;
const MIN_LEADS = /^(?:least|moins|minimum|min|over|more|plus)$/;

interface Quantity {
  value: number;
  unit: string;
  span: Span;
  bound: "max" | "min" | "exact";
  target: boolean;
}

/** "3 lignes maximum", "au moins deux pages", "0 mot": counted lengths of the whole answer. */
function lengths(a: Analysis): Quantity[] {
  const out: Quantity[] = [];
  const n = a.tokens.length;
  for (let i = 0; i + 1 < n && out.length < 12; i++) {
    const t = a.tokens[i] as Token;
    const value = /^\d+$/.test(t.text) ? Number(t.text) : NUMBER_WORDS[t.text];
    if (value === undefined) continue;
    const unitToken = a.tokens[i + 1] as Token;
    if (!WORD_UNITS.test(unitToken.text)) continue;
    // "20 mots par puce", "15 words per bullet": a length per part, not of the whole.
    const after = a.tokens[i + 2];
    if (after && PER.test(after.text) && !a.sentenceStart[i + 2]) continue;
    const unit = unitToken.text.replace(/s$/, "");
    const before = [a.tokens[i - 1]?.text ?? "", a.tokens[i - 2]?.text ?? ""];
    const afterWord = after && !a.sentenceStart[i + 2] ? after.text : "";
    const afterNext = a.tokens[i + 3]?.text ?? "";
    // "à 50 mots", "to 300 words", "en 3 lignes": a target for the whole answer.
    const target = /^(?:a|to|en|in)$/.test(before[0]!);
    // "au moins" is a minimum; "moins de" a maximum.
    const atLeast = before[0] === "moins" && before[1] === "au";
    const bound: Quantity["bound"] =
      atLeast ||
      (MIN_LEADS.test(before[0]!) && before[0] !== "moins" && before[0] !== "plus") ||
      afterWord === "minimum"
        ? "min"
        : MAX_LEADS.test(before[0]!) ||
            MAX_LEADS.test(before[1]!) ||
            /^(?:maximum|max)$/.test(afterWord) ||
            (afterWord === "at" && afterNext === "most") ||
            (afterWord === "au" && /^(?:plus|maximum)$/.test(afterNext))
          ? "max"
          : "exact";
    out.push({ value, unit, span: { start: t.start, end: unitToken.end }, bound, target });
  }
  return out;
}

const NOBODY =
  /\b(?:pour personne|a personne|destine a personne|for nobody|for no one|to nobody|to no one|for noone)\b/;

/** Contradictions a reader could not resolve; at most one of each kind. */
export function findContradictions(a: Analysis): Contradiction[] {
  const found: Contradiction[] = [];
  const index = new Map<string, Span>();
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (!index.has(t.text)) index.set(t.text, { start: t.start, end: t.end });
  }
  for (const polar of POLARITIES) {
    const left = polar.a.map((w) => index.get(w)).find((s) => s !== undefined);
    const right = polar.b.map((w) => index.get(w)).find((s) => s !== undefined);
    // "no longer than", "pas trop long": a negated side is a limit, not a wish.
    if (left && right && !negatedAt(a, right) && !negatedAt(a, left)) {
      found.push({ spans: [left, right], message: polar.message });
    }
  }

  const qs = lengths(a);
  const zero = qs.find((q) => q.value === 0);
  if (zero) {
    found.push({
      spans: [zero.span, zero.span],
      message: {
        fr: "Une longueur de zéro ne laisse rien à produire : indiquez une longueur réaliste.",
        en: "A length of zero leaves nothing to produce: give a realistic length.",
      },
    });
  }
  const byUnit = new Map<string, Quantity[]>();
  for (const q of qs) byUnit.set(q.unit, [...(byUnit.get(q.unit) ?? []), q]);
  const conflict = findLengthConflict(qs, byUnit);
  if (conflict) {
    found.push({
      spans: conflict,
      message: {
        fr: "Deux longueurs incompatibles sont demandées : gardez-en une.",
        en: "Two lengths that cannot both hold are asked for: keep one.",
      },
    });
  }

  const format = formatBothWays(a);
  if (format) {
    found.push({
      spans: format,
      message: {
        fr: "Le même format est demandé puis refusé (« sans … ») : gardez l’un des deux.",
        en: "The same format is asked for and then ruled out (“without …”): keep one.",
      },
    });
  }

  const nobody = NOBODY.exec(a.folded);
  if (nobody) {
    const span = { start: nobody.index, end: nobody.index + nobody[0].length };
    found.push({
      spans: [span, span],
      message: {
        fr: "Le texte ne s’adresse à personne : dites pour qui il est écrit.",
        en: "The text is addressed to nobody: say who it is for.",
      },
    });
  }
  return found;
}

function findLengthConflict(qs: readonly Quantity[], byUnit: Map<string, Quantity[]>): [Span, Span] | null {
  for (const list of byUnit.values()) {
    const max = list.filter((q) => q.bound === "max");
    const min = list.filter((q) => q.bound === "min");
    const exact = list.filter((q) => q.bound === "exact");
    for (const lo of min) for (const hi of max) if (lo.value > hi.value) return [hi.span, lo.span];
    for (const e of exact) {
      for (const hi of max) if (e.value > hi.value) return [hi.span, e.span];
      for (const lo of min) if (e.value < lo.value) return [e.span, lo.span];
    }
    // "à 50 mots … à 300 mots": two targets for the whole answer.
    const targets = exact.filter((q) => q.target && /^(?:mot|word|page|ligne|line)$/.test(q.unit));
    const second = targets.find((q) => q.value !== targets[0]?.value);
    if (targets[0] && second) return [targets[0].span, second.span];
  }
  // "3 lignes maximum … au moins deux pages": a maximum in lines and a minimum in pages.
  const maxSmall = qs.find(
    (q) =>
      q.bound === "max" &&
      (q.unit === "ligne" || q.unit === "line" || q.unit === "phrase" || q.unit === "sentence") &&
      q.value <= 10,
  );
  const minPages = qs.find(
    (q) => (q.bound === "min" || q.bound === "exact") && q.unit === "page" && q.value >= 1,
  );
  if (maxSmall && minPages) return [maxSmall.span, minPages.span];
  return null;
}

const FORMAT_WORDS = new Set(
  "puces puce bullets bullet tableau table liste list titres titre headings heading title paragraphes paragraphe paragraphs paragraph emojis emoji".split(
    " ",
  ),
);
const FORMAT_NEGATORS = new Set(["sans", "without", "no", "aucun", "aucune", "ni"]);

/** "en 3 puces … sans puces": one format word both asked for and ruled out. */
function formatBothWays(a: Analysis): [Span, Span] | null {
  const asked = new Map<string, Span>();
  const ruledOut = new Map<string, Span>();
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (!FORMAT_WORDS.has(t.text)) continue;
    const key = t.text
      .replace(/s$/, "")
      .replace(/^bullet$/, "puce")
      .replace(/^list$/, "liste");
    const before = [a.tokens[i - 1]?.text, a.tokens[i - 2]?.text];
    const negated =
      FORMAT_NEGATORS.has(before[0] ?? "") ||
      (before[0] === "de" && before[1] === "pas") ||
      (FORMAT_NEGATORS.has(before[1] ?? "") && DETERMINERS.has(before[0] ?? ""));
    const map = negated ? ruledOut : asked;
    if (!map.has(key)) map.set(key, { start: t.start, end: t.end });
  }
  for (const [key, out] of ruledOut) {
    const yes = asked.get(key);
    if (yes) return yes.start < out.start ? [yes, out] : [out, yes];
  }
  return null;
}

const NEGATIONS = new Set(["pas", "not", "no", "never", "jamais", "trop", "too", "sans", "without", "ni"]);

function negatedAt(a: Analysis, span: Span): boolean {
  const i = a.tokens.findIndex((t) => t.start === span.start);
  for (let k = Math.max(0, i - 2); k < i; k++) if (NEGATIONS.has(a.tokens[k]!.text)) return true;
  return false;
}

/**
 * Share of the prompt's words in clauses that carry nothing a reader could use: no rubric cue, no
 * number, name, quotation or reference, no word of the exercise's task ("I hope you don't mind me
 * asking", "du fond du cœur, merci infiniment"). Padding that no word list foresaw still shows here.
 * `useful` holds spans already known to carry something (task terms, evidence).
 */
export function emptyTalkShare(a: Analysis, useful: readonly Span[]): number {
  const n = a.tokens.length;
  if (n === 0) return 0;
  const covered = new Uint8Array(n);
  const filler = new Uint8Array(n);
  for (const [tag, hits] of a.hits) {
    const empty = tag.startsWith("clarity.") || tag === "goal.request";
    for (const h of hits) for (let k = h.from; k < h.to; k++) (empty ? filler : covered)[k] = 1;
  }
  // Long words are mostly the subject's own nouns ("ombudsman", "remboursement"), which no lexicon
  // lists: they carry content unless they are filler or emphasis.
  for (let i = 0; i < n; i++) {
    const word = a.tokens[i]!.text;
    if (word.length >= 7 && !filler[i] && !EMPHASIS.has(word)) covered[i] = 1;
  }
  const spans = [
    ...a.specifics,
    ...a.quantities,
    ...a.specificRefs,
    ...a.blocks,
    ...a.labels,
    ...useful,
  ].sort((x, y) => x.start - y.start);
  // One walk over tokens and sorted spans: linear.
  let s = 0;
  for (let i = 0; i < n; i++) {
    const t = a.tokens[i] as Token;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    for (let k = s; k < spans.length && spans[k]!.start < t.end; k++) {
      if (spans[k]!.end > t.start) {
        covered[i] = 1;
        break;
      }
    }
  }
  // A word counts as empty when no useful word stands within REACH words of it, whatever the
  // punctuation (so removing commas changes nothing): two passes, nearest useful word on each side.
  const REACH = 3;
  const near = new Int32Array(n).fill(n + REACH + 1);
  let last = -(REACH + 1) * 4;
  for (let i = 0; i < n; i++) {
    if (covered[i]) last = i;
    near[i] = i - last;
  }
  last = n * 4;
  let empty = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (covered[i]) last = i;
    if (Math.min(near[i]!, last - i) > REACH) empty++;
  }
  return empty / n;
}

/** Intensifiers, apologies and effusive thanks: emphasis tells the model nothing it can use. */
const EMPHASIS = new Set(
  (
    "tres trop super vraiment absolument totalement extremement infiniment enormement vachement carrement " +
    "essentiel essentielle important importante importants genial geniale parfait parfaite formidable " +
    "eternellement reconnaissant reconnaissante precieuse precieux patience " +
    "essential important perfect amazing wonderful fantastic awesome precious patience grateful appreciate " +
    "desole desolee pardon excuse excuses confus confuse merci mercis svp stp plait euh bon alors bref " +
    "very really so absolutely totally extremely truly incredibly hugely awfully sorry apologies apologize " +
    "apologise thanks thank please um uh well anyway"
  ).split(" "),
);

/** How many emphasis words and exclamation marks the prompt carries. */
export function emphasisCount(a: Analysis): number {
  let count = 0;
  for (const t of a.tokens) if (EMPHASIS.has(t.text)) count++;
  for (let i = a.prompt.indexOf("!"); i >= 0 && count < 100; i = a.prompt.indexOf("!", i + 1)) count++;
  return count;
}
