import { foldAccents } from "../text/normalize";
import type { Lang } from "../types";
import type { PersonalDataFinding, PersonalDataType } from "./findings";
import { PLACEHOLDERS, numberedPlaceholder, pseudonymWords } from "./placeholders";
import { placeholderFor } from "./redact";

/** Honorifics and particles that do not tell two people apart (Mme Fontaine = Claire Fontaine). */
const NAME_NOISE = new Set([
  "m",
  "mr",
  "mme",
  "mlle",
  "mrs",
  "ms",
  "miss",
  "dr",
  "me",
  "pr",
  "prof",
  "monsieur",
  "madame",
  "mademoiselle",
  "docteur",
  "maitre",
  "de",
  "du",
  "des",
  "la",
  "le",
  "van",
  "von",
]);

// Words that open a label without telling identifiers apart: « N° », « Numéro de », "No.", "Number".
const LABEL_NOISE = new Set([
  "N",
  "NO",
  "NUM",
  "NUMERO",
  "NUMÉRO",
  "NUMBER",
  "NR",
  "D",
  "DE",
  "DU",
  "DES",
  "OF",
]);

/** A placeholder word from a tenant's own label: « N° d’adhérent » → `ADHÉRENT`, "Claim file" → `CLAIM_FILE`. */
export function placeholderWord(label: string): string {
  const tokens = label
    .normalize("NFC")
    .toUpperCase()
    .split(/[^\p{Lu}]+/u)
    .filter((t) => t !== "");
  let first = 0;
  while (first < tokens.length - 1 && LABEL_NOISE.has(tokens[first] as string)) first++;
  const word = tokens.slice(first).join("_").slice(0, 24).replace(/_+$/, "");
  return word || "IDENTIFIANT";
}

/** The words of a placeholder series; a finding carrying a tenant label is numbered under that label. */
function wordsFor(finding: PersonalDataFinding): Record<Lang, string> {
  const label = (finding as { label?: unknown }).label;
  if (typeof label === "string" && label.trim() !== "") {
    const word = placeholderWord(label);
    return { fr: word, en: word };
  }
  return pseudonymWords(finding.type);
}

/** How a placeholder's word is compared: case, accents and separators do not matter. */
function wordKey(word: string): string {
  return foldAccents(word).replace(/[^a-z]/g, "");
}

function nameTokens(value: string): string[] {
  return (foldAccents(value).match(/[a-z]+/g) ?? []).filter((t) => !NAME_NOISE.has(t) && t.length > 1);
}

/** Beyond this many people sharing one word of their names, that word links no one. */
const PEOPLE_PER_WORD = 16;

/** One pseudonymised value: what the model sees, and what the pane puts back. */
export interface PseudonymEntry {
  placeholder: string;
  type: PersonalDataType;
  value: string;
}

/** Where one finding went: its span in the original text and its placeholder's span in the result. */
export interface MaskedSpan extends PersonalDataFinding {
  placeholder: string;
  pseudonymised: boolean;
  maskedStart: number;
  maskedEnd: number;
}

/**
 * The placeholders of one request and the real values behind them. It lives in the task pane for
 * one Run and is never sent: the model sees `[PERSONNE_1]`, the pane puts « Claire Fontaine » back.
 * The same value (and a shorter or longer form of the same person's name) gets the same placeholder
 * in every field of the request.
 */
export class PseudonymTable {
  readonly lang: Lang;
  private readonly byValue = new Map<string, PseudonymEntry>();
  /** The same value written the same way, found without folding it again (a name repeated in a long text). */
  private readonly byExactValue = new Map<string, PseudonymEntry>();
  /** People by each word of their name, so linking a name looks at a few candidates, not everyone. */
  private readonly peopleByToken = new Map<string, Array<{ tokens: Set<string>; entry: PseudonymEntry }>>();
  private readonly bySeriesNumber = new Map<string, PseudonymEntry>();
  private readonly counts = new Map<string, number>();
  private readonly list: PseudonymEntry[] = [];

  constructor(lang: Lang) {
    this.lang = lang;
  }

  entries(): readonly PseudonymEntry[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  /** The placeholder standing for `value`, created on first sight. */
  placeholderFor(finding: PersonalDataFinding, value: string): string {
    const label = (finding as { label?: unknown }).label;
    const exactKey = `${finding.type}\u0000${typeof label === "string" ? label : ""}\u0000${value}`;
    const exact = this.byExactValue.get(exactKey);
    if (exact) return exact.placeholder;
    const entry = this.entryFor(finding, value);
    this.byExactValue.set(exactKey, entry);
    return entry.placeholder;
  }

  private entryFor(finding: PersonalDataFinding, value: string): PseudonymEntry {
    const words = wordsFor(finding);
    const series = wordKey(words.fr);
    const valueKey = `${series}\u0000${foldAccents(value)
      .replace(/[\s.\-_/]+/g, " ")
      .trim()}`;
    const known = this.byValue.get(valueKey) ?? this.samePerson(finding, value);
    if (known) {
      this.byValue.set(valueKey, known);
      return known;
    }
    const n = (this.counts.get(series) ?? 0) + 1;
    this.counts.set(series, n);
    const entry: PseudonymEntry = {
      placeholder: numberedPlaceholder(words[this.lang], n),
      type: finding.type,
      value,
    };
    this.byValue.set(valueKey, entry);
    // Both languages' words find the entry: a model may answer in the other language.
    for (const word of new Set([words.fr, words.en])) this.bySeriesNumber.set(`${wordKey(word)}#${n}`, entry);
    if (finding.type === "PERSON_NAME") {
      const tokens = nameTokens(value);
      if (tokens.length > 0) {
        const person = { tokens: new Set(tokens), entry };
        for (const t of person.tokens) this.index(t, person);
      }
    }
    this.list.push(entry);
    return entry;
  }

  /** A person already in the table whose name this one contains, or is contained in (one match only). */
  private samePerson(finding: PersonalDataFinding, value: string): PseudonymEntry | undefined {
    if (finding.type !== "PERSON_NAME") return undefined;
    const tokens = nameTokens(value);
    if (tokens.length === 0) return undefined;
    // Anyone linked shares at least one word: candidates come from the index. A word many people
    // share (a family name across a long list) tells no one apart: it brings no candidate, so each
    // name costs a bounded number of comparisons.
    const candidates = new Set(
      tokens.flatMap((t) => {
        const people = this.peopleByToken.get(t) ?? [];
        return people.length > PEOPLE_PER_WORD ? [] : people;
      }),
    );
    const matches = [...candidates].filter(
      (p) => tokens.every((t) => p.tokens.has(t)) || [...p.tokens].every((t) => tokens.includes(t)),
    );
    const match = matches.length === 1 ? matches[0] : undefined;
    if (!match) return undefined;
    // « Mme Fontaine » then « Claire Fontaine »: the person is now known by both words, so a later
    // « Paul Fontaine » is someone else.
    for (const t of tokens) {
      if (match.tokens.has(t)) continue;
      match.tokens.add(t);
      this.index(t, match);
    }
    return match.entry;
  }

  private index(token: string, person: { tokens: Set<string>; entry: PseudonymEntry }): void {
    const people = this.peopleByToken.get(token);
    if (!people) this.peopleByToken.set(token, [person]);
    else if (people.length <= PEOPLE_PER_WORD) people.push(person);
  }

  /**
   * Keeps the numbers of placeholders already written in `text` (a masked answer pasted back, a
   * document that quotes one) for what they were: new values are numbered after them, so one
   * placeholder never means two things.
   */
  reserveNumbersIn(text: string): void {
    if (!text.includes("[")) return;
    BRACKETED.lastIndex = 0;
    for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
      const series = SERIES_OF_WORD.get(wordKey(m[1] ?? "")) ?? wordKey(m[1] ?? "");
      const n = Number(m[2]);
      if (n > (this.counts.get(series) ?? 0)) this.counts.set(series, n);
    }
  }

  /** The entry a placeholder word and number stand for, whatever their case, accents or language. */
  lookup(word: string, n: number): PseudonymEntry | undefined {
    return this.bySeriesNumber.get(`${wordKey(word)}#${n}`);
  }

  /**
   * `text` with each finding replaced: pseudonymised ones by their numbered placeholder (recorded
   * here), the others by a type placeholder such as `[NIR]` (recorded nowhere). Overlapping findings
   * are merged into the first.
   */
  mask(
    text: string,
    items: ReadonlyArray<{ finding: PersonalDataFinding; pseudonymise: boolean }>,
    options: { redactLang?: Lang } = {},
  ): string {
    return this.maskWithMap(text, items, options).text;
  }

  maskWithMap(
    text: string,
    items: ReadonlyArray<{ finding: PersonalDataFinding; pseudonymise: boolean }>,
    options: { redactLang?: Lang } = {},
  ): { text: string; spans: MaskedSpan[] } {
    const inOrder = (a: { finding: PersonalDataFinding }, b: { finding: PersonalDataFinding }): number =>
      a.finding.start - b.finding.start || b.finding.end - a.finding.end;
    // Detection gives its findings in order: sort only when they are not.
    const sorted = items.every((item, i) => i === 0 || inOrder(items[i - 1]!, item) <= 0)
      ? items
      : [...items].sort(inOrder);
    const parts: string[] = [];
    const spans: MaskedSpan[] = [];
    let cursor = 0;
    let length = 0;
    for (const { finding, pseudonymise } of sorted) {
      if (finding.start < cursor || finding.end <= finding.start) continue;
      const before = text.slice(cursor, finding.start);
      const placeholder = pseudonymise
        ? this.placeholderFor(finding, text.slice(finding.start, finding.end))
        : placeholderFor(finding, { lang: options.redactLang });
      parts.push(before, placeholder);
      length += before.length;
      spans.push({
        type: finding.type,
        start: finding.start,
        end: finding.end,
        placeholder,
        pseudonymised: pseudonymise,
        maskedStart: length,
        maskedEnd: length + placeholder.length,
      });
      length += placeholder.length;
      cursor = finding.end;
    }
    parts.push(text.slice(cursor));
    return { text: parts.join(""), spans };
  }

  /** `text` (a model's answer) with every placeholder of this table replaced by its real value. */
  restore(text: string): string {
    return restoreWith(this, text).text;
  }
}

/** The series (French word's key) of each word, French or English: `person` → `personne`. */
const SERIES_OF_WORD: ReadonlyMap<string, string> = new Map(
  Object.values(PLACEHOLDERS).flatMap(({ pseudonym }) =>
    [pseudonym.fr, pseudonym.en].map((w): [string, string] => [wordKey(w), wordKey(pseudonym.fr)]),
  ),
);

// `[PERSONNE_1]`, `[ personne 1 ]`, `[Téléphone-2]`, `[DATE NAISSANCE_1]`: brackets, any case.
const BRACKETED = /\[\s*(\p{L}[\p{L}'’ _-]{0,40}?)[\s_-]*(\d{1,4})\s*\]/gu;
// `PERSONNE_1` when a model drops the brackets: upper case and an underscore, so prose never matches.
// The character before it is matched, not looked behind (Office on Mac has no lookbehind), and
// left out of the hit.
const BARE = /(^|[^\p{L}\p{N}_[])(\p{Lu}[\p{Lu}_-]{0,40}?)_(\d{1,4})(?![\p{L}\p{N}_\]])/gu;

/** Restores the placeholders of `table` in `text`; unknown placeholders are left as they are. */
export function restoreWith(table: PseudonymTable, text: string): { text: string; restored: number } {
  const hits: Array<{ start: number; end: number; value: string }> = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const entry = table.lookup(m[1] ?? "", Number(m[2]));
    if (entry) hits.push({ start: m.index, end: m.index + m[0].length, value: entry.value });
  }
  BARE.lastIndex = 0;
  for (let m = BARE.exec(text); m; m = BARE.exec(text)) {
    const entry = table.lookup(m[2] ?? "", Number(m[3]));
    const start = m.index + (m[1] ?? "").length;
    if (entry) hits.push({ start, end: m.index + m[0].length, value: entry.value });
  }
  if (hits.length === 0) return { text, restored: 0 };
  hits.sort((a, b) => a.start - b.start);
  let out = "";
  let cursor = 0;
  let restored = 0;
  for (const hit of hits) {
    if (hit.start < cursor) continue;
    out += text.slice(cursor, hit.start) + hit.value;
    cursor = hit.end;
    restored++;
  }
  return { text: out + text.slice(cursor), restored };
}

/** How far back an unfinished placeholder may start: longer than any placeholder the table makes. */
const HOLD_LIMIT = 56;

/**
 * Restores placeholders in a streamed answer. A chunk may end inside a placeholder (`[PERSON` then
 * `NE_1]`): the unfinished tail is held back until the next chunk completes or rules it out.
 */
export function createAnswerRestorer(table: PseudonymTable): {
  /** Takes the next chunk; returns the text that can be shown now, placeholders restored. */
  push(chunk: string): string;
  /** The held-back rest, at the end of the answer. */
  end(): string;
  /** How many placeholders were restored so far. */
  readonly restored: number;
} {
  let pending = "";
  let restored = 0;
  const release = (text: string): string => {
    const result = restoreWith(table, text);
    restored += result.restored;
    return result.text;
  };
  return {
    push(chunk) {
      pending += chunk;
      const hold = holdFrom(pending);
      const ready = pending.slice(0, hold);
      pending = pending.slice(hold);
      return ready ? release(ready) : "";
    },
    end() {
      const rest = pending;
      pending = "";
      return rest ? release(rest) : "";
    },
    get restored() {
      return restored;
    },
  };
}

/** Where the possibly unfinished placeholder at the end of `text` starts (`text.length` if none). */
function holdFrom(text: string): number {
  const open = text.lastIndexOf("[");
  if (open !== -1 && text.indexOf("]", open) === -1 && text.length - open <= HOLD_LIMIT) {
    if (/^\[[\s\p{L}'’_-]*\d*\s*$/u.test(text.slice(open))) return open;
  }
  const bare = /[\p{Lu}][\p{Lu}_\d-]*$/u.exec(text);
  if (bare && text.length - bare.index <= HOLD_LIMIT) return bare.index;
  return text.length;
}
