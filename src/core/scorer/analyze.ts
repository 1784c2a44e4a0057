import { TypoCorrector } from "../text/correct";
import { STOPWORDS } from "../text/language";
import { foldAccents } from "../text/normalize";
import { FUNCTION_WORDS, LABELS, LEXICON, META_TERMS, type LabelledCriterion } from "./lexicon";
import { PhraseIndex, tokenize, type Hit, type Token } from "./matcher";
import { DELIVERABLE_VOCABULARY, TASK_VOCABULARY } from "./task";

/** A span of the prompt, `end` exclusive (UTF-16 indices, like String.prototype.slice). */
export interface Span {
  start: number;
  end: number;
}

export interface LabelLine extends Span {
  criterion: LabelledCriterion;
  /** Tokens of content after the label on the same line. */
  contentTokens: number;
}

/** Everything the criterion scorers read, computed once per prompt in linear time. */
export interface Analysis {
  prompt: string;
  folded: string;
  /** Tokens; a word one typo away from a rubric or task word carries the corrected word as `text`. */
  tokens: Token[];
  /** Token index → the corrected word, for the tokens a typo was corrected in (sparse). */
  corrected: (string | undefined)[];
  hits: Map<string, Hit[]>;
  /** Token index → true when the token starts a sentence or a line. */
  sentenceStart: boolean[];
  sentences: number;
  listLines: number;
  labels: LabelLine[];
  /** Pasted material set apart by tags, triple quotes, fences, guillemets or a colon-introduced block. */
  blocks: Span[];
  /** Specific source references found by pattern: file names, cell ranges, columns, [Table1], quotes. */
  specificRefs: Span[];
  /** Numbers with a unit of answer size: "5 key points", "three ideas", "150 mots". */
  quantities: Span[];
  /** Quoted names, numbers and mid-sentence capitalised words: what makes a request specific. */
  specifics: Span[];
  functionWords: number;
  metaTerms: number;
}

const lexicon = new PhraseIndex(LEXICON);

/** Whole words of the lexicon ("summar*" stems are not words): what a typo is corrected towards. */
function lexiconWords(extra: readonly string[], tags: readonly string[] = Object.keys(LEXICON)): string[] {
  const words: string[] = [];
  for (const tag of tags)
    for (const phrase of LEXICON[tag] ?? [])
      for (const w of foldAccents(phrase).split(/[^a-z*]+/)) if (w && !w.endsWith("*")) words.push(w);
  for (const phrase of extra) words.push(...foldAccents(phrase).split(/[^a-z]+/));
  return words;
}

/**
 * Typos are corrected towards what carries a request (instruction verbs, deliverables, readers, tones) only: a real
 * word one letter away from a material word ("calls"/"cells", "threat"/"thread") must stay itself.
 */
const corrector = new TypoCorrector(
  lexiconWords(DELIVERABLE_VOCABULARY, [
    "goal.transform",
    "goal.make",
    "goal.deliverable",
    "audience.role",
    "audience.tone",
  ]),
  [...lexiconWords(TASK_VOCABULARY), ...FUNCTION_WORDS, ...STOPWORDS.fr, ...STOPWORDS.en],
);

/**
 * Scores saturate at 3 after a few cues, so each kind keeps its first hits only: this bounds the
 * overlap checks between kinds and keeps long inputs linear.
 */
export const MAX_HITS_PER_TAG = 32;

const FILE_NAME = /\b[\w-]+\.(?:docx?|xlsx?|xlsm|pptx?|pdf|csv|txt|msg|eml|odt|ods)\b/g;
const CELL_RANGE = /\b[a-z]{1,3}[0-9]{1,7}(?::[a-z]{1,3}[0-9]{1,7})?\b/g;
const COLUMN_NAME =
  /\b(?:column|col|colonne|colonnes|columns|row|ligne|lignes|rows|sheet|onglet|feuille)s? [a-z]{1,2}\b(?![a-z])/g;
const BRACKET_NAME = /\[[a-z][a-z0-9 _-]{0,30}\]/g;
const SLIDE_RANGE =
  /\b(?:slides?|diapos?|diapositives?|pages?|sections?|lignes?|rows?|lines?)\s+\d+(?:\s*(?:-|to|a|à|–)\s*\d+)?/g;
const SHORT_QUOTE = /"[^"\n]{2,60}"|«[^»\n]{2,60}»|“[^”\n]{2,60}”/g;
/** 'Quoted name' — but not the text between two French elisions (qu'il … l'adhérent). */
const SINGLE_QUOTE = /'[^'\n]{2,60}'(?![a-z\u00c0-\u024f])/gi;
const NUMBER = /\b\d+(?:[.,]\d+)?\b/g;
const QUANTITY = new RegExp(
  "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred|" +
    "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|cinquante|cent)" +
    "\\s+(?:[a-z]+\\s+)?(?:points?|bullets?|puces?|ideas?|idees?|items?|elements?|lignes?|lines?|mots?|words?|" +
    "phrases?|sentences?|paragraph\\w*|pages?|slides?|diapos\\w*|questions?|options?|exemples?|examples?|" +
    "propositions?|suggestions?|colonnes?|columns?|rows?|sections?|parties?|parts?|etapes?|steps?|axes?|" +
    "actions?|caracteres?|characters?|takeaways?|arguments?|recommandations?|recommendations?|titres?|" +
    "titles?|versions?|minutes?|heures?|hours?)\\b",
  "g",
);
/** A capitalised word that does not start a sentence: a name, a product, a team. */
const CAPITALISED = /[a-z0-9,;] +[A-Z][a-zA-Z]{2,}/g;
const LIST_LINE = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+\S/gm;

/** `folded` may be passed when the caller already has `foldAccents(prompt)`. */
export function analyze(prompt: string, folded: string = foldAccents(prompt)): Analysis {
  const tokens = tokenize(folded);
  const corrected: (string | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const fix = corrector.correct(token.text);
    if (fix !== null) {
      corrected[i] = fix;
      token.text = fix;
    }
  }
  const hits = new Map<string, Hit[]>();
  for (const hit of lexicon.match(tokens)) {
    // A lone rubric word ("format", "audience") is a label, not evidence.
    if (hit.to - hit.from === 1 && META_TERMS.has((tokens[hit.from] as Token).text)) continue;
    const list = hits.get(hit.tag);
    if (!list) hits.set(hit.tag, [hit]);
    else if (list.length < MAX_HITS_PER_TAG) list.push(hit);
  }

  const sentenceStart: boolean[] = new Array<boolean>(tokens.length);
  let sentences = 0;
  let functionWords = 0;
  let metaTerms = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    const gap = previous ? folded.slice(previous.end, token.start) : "";
    // Sentence ends, line breaks, bullets, and the end of a tag or an arrow ("</email> <-----").
    const starts = !previous || /[.!?;:\n•>]|(?:^|\s)[-*](?:\s|$)|--/.test(gap);
    sentenceStart[i] = starts;
    if (starts) sentences++;
    if (FUNCTION_WORDS.has(token.text)) functionWords++;
    if (META_TERMS.has(token.text)) metaTerms++;
  }

  const labels = findLabels(folded, tokens);
  return {
    prompt,
    folded,
    tokens,
    corrected,
    hits,
    sentenceStart,
    sentences,
    listLines: count(prompt, LIST_LINE),
    labels,
    blocks: findBlocks(prompt, folded, labels),
    specificRefs: [
      ...spans(folded, FILE_NAME),
      ...spans(folded, CELL_RANGE).filter((s) => isCellLike(folded.slice(s.start, s.end))),
      ...spans(folded, COLUMN_NAME),
      ...spans(folded, BRACKET_NAME).filter((s) => !folded.slice(s.start, s.end).includes(":")),
      ...spans(folded, SLIDE_RANGE),
    ],
    quantities: spans(folded, QUANTITY),
    specifics: [
      ...spans(prompt, SHORT_QUOTE),
      ...spans(prompt, SINGLE_QUOTE).filter(
        (s) => s.start === 0 || /[\s(]/.test(prompt[s.start - 1] as string),
      ),
      ...spans(prompt, NUMBER),
      // In text typed in capitals, a capital says nothing about names.
      ...(mostlyCapitals(prompt)
        ? []
        : spans(prompt, CAPITALISED, 1).filter(
            (s) => !COMMON_CAPITALISED.test(folded.slice(s.start, s.end)),
          )),
    ],
    functionWords,
    metaTerms,
  };
}

/** Capitalised in English but not names of anything specific: languages, days, months. */
const COMMON_CAPITALISED =
  /^(?:english|french|german|spanish|italian|british|american|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

function mostlyCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch >= "A" && ch <= "Z") upper++;
    else if (ch >= "a" && ch <= "z") lower++;
  }
  return upper > lower;
}

/** "A1", "B2:C10" — but not words like "mp3" or "covid19"; at most 3 letters then digits. */
function isCellLike(text: string): boolean {
  return /^[a-z]{1,3}\d{1,7}(?::[a-z]{1,3}\d{1,7})?$/.test(text) && (text.includes(":") || text.length <= 5);
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Quotations of 40 characters or more, found by forward search (no backtracking on unclosed quotes). */
function quotedBlocks(text: string, open: string, close: string, out: Span[]): void {
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) return;
    const end = text.indexOf(close, start + 1);
    if (end < 0) return;
    if (end - start > 40) out.push({ start, end: end + 1 });
    from = end + 1;
  }
}

/** Matches of a global regex as spans; `skip` trims leading characters the pattern needed as context. */
function spans(source: string, re: RegExp, skip = 0): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    let start = m.index;
    if (skip > 0) {
      // Skip the context characters and the spaces before the word.
      start += skip;
      while (source[start] === " ") start++;
    }
    out.push({ start, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** "Contexte : …", "Format: …" at the start of a line, with some content after it. */
function findLabels(folded: string, tokens: Token[]): LabelLine[] {
  const labels: LabelLine[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const criterion = LABELS.get(token.text);
    if (!criterion) continue;
    const before = folded.slice(Math.max(0, token.start - 4), token.start);
    const lineStart =
      token.start === 0 || /(?:^|\n)[ \t]*(?:[-*•#]+[ \t]*)?$/.test(before) || /[.!?][ \t]+$/.test(before);
    if (!lineStart) continue;
    let j = token.end;
    // French typography puts a (narrow) no-break space before the colon.
    while (j < folded.length && " \t\u00a0\u202f".includes(folded[j] as string)) j++;
    if (folded[j] !== ":") continue;
    // Two words on the same line, one of them meaningful, are enough; stop there so long lines stay
    // linear. "Audience: the audience" or "Contexte : le" is a label with nothing after it.
    let content = 0;
    let meaningful = false;
    for (let k = i + 1; k < tokens.length && k <= i + 6 && !(content >= 2 && meaningful); k++) {
      const next = tokens[k] as Token;
      // The label's content ends with its line or its sentence ("Goal: reply. Audience: member.").
      if (k > i + 1 && /[\n.!?]/.test(folded.slice(tokens[k - 1]!.end, next.start))) break;
      content++;
      if (next.text.length >= 3 && !FUNCTION_WORDS.has(next.text) && !META_TERMS.has(next.text))
        meaningful = true;
    }
    if (content >= 2 && meaningful)
      labels.push({ criterion, start: token.start, end: j + 1, contentTokens: content });
  }
  return labels;
}

/** Material the prompt sets apart from its instructions. Each search is a forward scan: linear. */
function findBlocks(prompt: string, folded: string, labels: LabelLine[]): Span[] {
  const blocks: Span[] = [];
  // <tag>…</tag>
  const openTag = /<([a-z][a-z0-9_-]{0,30})>/g;
  let checked = 0;
  for (let m = openTag.exec(folded); m !== null && checked < 20; m = openTag.exec(folded)) {
    checked++;
    const close = folded.indexOf(`</${m[1]}>`, m.index + m[0].length);
    if (close > m.index) {
      blocks.push({ start: m.index, end: close + m[1]!.length + 3 });
      openTag.lastIndex = close;
    }
  }
  for (const fence of ['"""', "```", "'''", "---", "###"]) {
    const open = prompt.indexOf(fence);
    if (open < 0) continue;
    const close = prompt.indexOf(fence, open + fence.length);
    if (close > open + fence.length + 10) blocks.push({ start: open, end: close + fence.length });
  }
  // « long quotation » or "long quotation"
  for (const [open, close] of [
    ["«", "»"],
    ["“", "”"],
    ['"', '"'],
  ] as const)
    quotedBlocks(prompt, open, close, blocks);
  // "…: <newline> several lines of pasted text" or "…: a long sentence of pasted material".
  const colon = /:[ \t\u00a0]*\n[ \t]*\S[^\n]{40}|:[ \t\u00a0]+[A-Z][^\n]{60}/g;
  for (const s of spans(prompt, colon)) {
    // After "Contexte :" or "Format :" the colon introduces an instruction, not material.
    const label = labels.find((l) => l.end === s.start + 1);
    if (!label || label.criterion === "source") blocks.push(s);
  }
  return blocks;
}
