/**
 * How each criterion earns its 0–3 (every point comes with the span that earned it):
 * - goal: an instruction verb (sentence start, or after "please", "peux-tu", a comma…) with a named
 *   deliverable, or a verb whose deliverable is implied (summarise, translate, reply) → 2; plus a subject
 *   ("about", "concernant") or a specific (number, quoted or capitalised name) → 3. A verb or deliverable
 *   alone, or a question → 1.
 * - context: one point per kind present: purpose, situation (also "Je trie…", "We received…"), occasion,
 *   domain (adhérent, remboursement, claim…); a "Contexte :" line adds one.
 * - source: a reference ("ce courriel", "the selected table") 1; specifics (file, range, column, section)
 *   up to 2; delimited material (tags, triple quotes, a pasted block) 2; "using", "à partir de" 1 when
 *   something is referenced; the host's own material ("this email" in Outlook) 1.
 * - expectations: format, length, structure (one each), a counted quantity ("5 puces") 1; a counted
 *   length (« en 3 phrases ») is a length, and three parts listed after a colon are a structure.
 * - audience: a reader named after "for/to/pour/à…" 2; tone words, up to 2.
 * - constraints: one per kind (avoid, restrict, require, success criterion), one more for three or more.
 * - clarity: the instruction comes early 1; structure (labels, lists, delimiters, short sentences) 1;
 *   precise without padding 1; padding, hedges and run-on sentences take points off; bloated caps it at 1.
 * Each score is capped at 3; lone rubric words ("format", "audience") never count.
 */
import type { ContextFeatures, CriterionId } from "../types";
import type { Analysis, Span } from "./analyze";
import { AUDIENCE_LEAD_WORDS, FRENCH_DETERMINERS } from "./lexicon";
import type { Hit } from "./matcher";

/** A criterion's 0–3 score and the spans that earned it. */
export interface Assessment {
  score: number;
  evidence: Span[];
}

type Scored = Exclude<CriterionId, "safety">;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlapsAny = (s: Span, list: readonly Span[]): boolean => list.some((o) => overlaps(s, o));
const cap = (n: number): number => Math.max(0, Math.min(3, n));

function tag(a: Analysis, name: string): Hit[] {
  return a.hits.get(name) ?? [];
}

/** Distinct kinds present among `kinds`, each kind's first hit kept as evidence. */
function kindsPresent(
  a: Analysis,
  kinds: string[],
  exclude: readonly Span[] = [],
): { kinds: number; evidence: Span[] } {
  const evidence: Span[] = [];
  let present = 0;
  for (const kind of kinds) {
    const first = tag(a, kind).find((h) => !overlapsAny(h, exclude));
    if (first) {
      present++;
      evidence.push(first);
    }
  }
  return { kinds: present, evidence };
}

function labelBonus(a: Analysis, criterion: Scored): Span[] {
  return a.labels.filter((l) => l.criterion === criterion);
}

/** Office product names are capitalised but name the tool, not the subject. */
const PRODUCT_NAMES =
  /^(?:word|excel|outlook|powerpoint|teams|onenote|copilot|chatgpt|microsoft|office|sharepoint)$/;

/** Words that make a following verb an instruction: "please summarise", "peux-tu rédiger", "and highlight". */
const INSTRUCTION_LEADS = new Set(
  "please kindly you to me us and then now pls merci de d veuillez tu vous me m moi nous et puis ensuite stp svp plait".split(
    " ",
  ),
);

const HELP_VERBS = new Set("aider aide aidez commence commencez continue continuez".split(" "));

/** Goal verbs used as instructions: at the start of a sentence or line, or right after a request lead. */
export function goalVerbs(a: Analysis): Hit[] {
  let found = GOAL_VERBS.get(a);
  if (!found) {
    found = findGoalVerbs(a);
    GOAL_VERBS.set(a, found);
  }
  return found;
}

/** Several criteria read the goal verbs; they are found once per analysis. */
const GOAL_VERBS = new WeakMap<Analysis, Hit[]>();

function findGoalVerbs(a: Analysis): Hit[] {
  const verbs = [...tag(a, "goal.transform"), ...tag(a, "goal.make")];
  return verbs
    .filter((h) => {
      if (a.sentenceStart[h.from]) return true;
      const previous = a.tokens[h.from - 1];
      if (previous === undefined) return false;
      // "From the notes below, write…": an instruction after an introductory clause.
      if (/[,)]/.test(a.folded.slice(previous.end, h.start))) return true;
      // "peux-tu m'aider à répondre…", "commence à rédiger…"
      if (previous.text === "a" && HELP_VERBS.has(a.tokens[h.from - 2]?.text ?? "")) return true;
      return INSTRUCTION_LEADS.has(previous.text);
    })
    .sort((x, y) => x.start - y.start);
}

export function assessGoal(a: Analysis): Assessment {
  const verbs = goalVerbs(a);
  const references = tag(a, "source.reference");
  const deliverables = tag(a, "goal.deliverable").filter(
    (h) => !overlapsAny(h, references) && !overlapsAny(h, verbs),
  );
  const transform = verbs.some((v) => v.tag === "goal.transform");
  const questions = tag(a, "goal.question").filter((h) => a.sentenceStart[h.from]);
  const isQuestion = questions.length > 0 || a.prompt.includes("?");
  const topic = tag(a, "goal.topic")[0];
  const specific =
    a.specifics.find((s) => !PRODUCT_NAMES.test(a.folded.slice(s.start, s.end))) ??
    a.specificRefs[0] ??
    a.quantities[0];

  const evidence: Span[] = [];
  let score = 0;
  const verb = verbs[0];
  if (verb && (deliverables.length > 0 || transform)) {
    score = 2;
    evidence.push(verb);
    if (deliverables[0]) evidence.push(deliverables[0]);
  } else if (verb || deliverables.length > 0 || isQuestion) {
    score = 1;
    const first = verb ?? deliverables[0] ?? questions[0];
    if (first) evidence.push(first);
  }
  if (score >= 1 && (topic || specific)) {
    // A question about something named is as clear as a bare instruction.
    score += isQuestion && score === 1 && !verb ? 1 : score === 2 ? 1 : 0;
    const detail = topic ?? specific;
    if (detail) evidence.push(detail);
  }
  // "J'aimerais un résumé…", "Could you draft a reply…", "Il me faudrait un courriel…": a wish or an
  // indirect request that names what to produce is as clear a goal as an imperative.
  const frame = tag(a, "goal.request")[0];
  const anyVerb = tag(a, "goal.transform")[0] ?? tag(a, "goal.make")[0];
  if (frame && score < 2 && (deliverables.length > 0 || anyVerb)) {
    score = 2 + (topic || specific ? 1 : 0);
    evidence.push(frame);
  }
  const labels = labelBonus(a, "goal");
  if (labels.length > 0 && score > 0) {
    score++;
    evidence.push(labels[0] as Span);
  }
  return { score: cap(score), evidence };
}

export function assessContext(a: Analysis): Assessment {
  const verbs = goalVerbs(a);
  const references = tag(a, "source.reference");
  const exclude = [...verbs, ...references];
  // Purpose phrases contain verbs on purpose ("to prepare"); only loose nouns are excluded when they
  // already serve as the instruction or the source ("Review this…", "this meeting").
  const why = kindsPresent(a, ["context.purpose", "context.situation"]);
  const what = kindsPresent(a, ["context.occasion", "context.domain"], exclude);
  const evidence = [...why.evidence, ...what.evidence];
  let score = why.kinds + what.kinds;
  const narrative = tag(a, "context.situation").length === 0 ? firstPersonSituation(a) : null;
  if (narrative) {
    score++;
    evidence.push(narrative);
  }
  // Two separate reasons or situations is a well-explained context even without an occasion.
  if (tag(a, "context.purpose").length + tag(a, "context.situation").length >= 3) score++;
  const labels = labelBonus(a, "context");
  if (labels.length > 0) {
    score++;
    evidence.push(labels[0] as Span);
  }
  return { score: cap(score), evidence };
}

const FIRST_PERSON = new Set("je j nous i we mon ma mes notre nos my our".split(" "));
/** What follows "je"/"I" in a request rather than a situation: "je voudrais que tu…", "I need you to…". */
const REQUEST_AFTER_FIRST_PERSON = new Set(
  "voudrais veux aimerais souhaiterais want would d need like".split(" "),
);

/** A sentence that opens on the situation in the first person: "Je trie les courriels…", "We received…". */
function firstPersonSituation(a: Analysis): Span | null {
  const verbs = goalVerbs(a);
  for (let i = 0; i + 2 < a.tokens.length; i++) {
    const t = a.tokens[i];
    const next = a.tokens[i + 1];
    const after = a.tokens[i + 2];
    if (!t || !next || !after || !a.sentenceStart[i] || !FIRST_PERSON.has(t.text)) continue;
    if (REQUEST_AFTER_FIRST_PERSON.has(next.text) || verbs.some((v) => v.from === i + 1)) continue;
    return { start: t.start, end: after.end };
  }
  return null;
}

/** Source words that name the host's own material: "this email" in Outlook, "the table" in Excel. */
const HOST_MATERIAL: Record<ContextFeatures["host"], RegExp> = {
  outlook: /\b(?:email|e mail|mail|message|conversation|thread|courriel|echange)s?\b/,
  excel:
    /\b(?:table|sheet|spreadsheet|workbook|data|range|column|figures|tableau|feuille|classeur|donnees|plage|colonne|chiffres)s?\b/,
  word: /\b(?:document|doc|text|section|paragraph|report|letter|draft|selection|texte|rapport|lettre|courrier|brouillon|paragraphe)s?\b/,
};

export function assessSource(a: Analysis, context?: ContextFeatures): Assessment {
  const evidence: Span[] = [];
  let score = 0;
  const reference = tag(a, "source.reference")[0];
  if (reference) {
    score++;
    evidence.push(reference);
  }
  const specifics = [...tag(a, "source.specific"), ...a.specificRefs].sort((x, y) => x.start - y.start);
  const distinct: Span[] = [];
  for (const s of specifics) {
    if (distinct.length === 2) break;
    if (!overlapsAny(s, distinct) && !(reference && overlaps(s, reference))) distinct.push(s);
  }
  score += Math.min(2, distinct.length);
  evidence.push(...distinct.slice(0, 2));
  const block = a.blocks[0];
  if (block) {
    score += 2;
    evidence.push(block);
  }
  const use = tag(a, "source.use")[0];
  if (use && (reference || distinct.length > 0 || block)) {
    score++;
    evidence.push(use);
  }
  if (
    reference &&
    context &&
    HOST_MATERIAL[context.host].test(a.folded.slice(reference.start, reference.end))
  ) {
    // The pane knows what "this email" is: the reference is unambiguous.
    score++;
  }
  const labels = labelBonus(a, "source");
  if (labels.length > 0) {
    score++;
    evidence.push(labels[0] as Span);
  }
  return { score: cap(score), evidence };
}

/** Units that make a counted quantity a length: « en 3 phrases », "in 150 words". */
const LENGTH_UNIT =
  /\b(?:mots?|words?|phrases?|sentences?|lignes?|lines?|paragraph\w*|pages?|caracteres?|characters?)$/;

/**
 * The parts to include, listed after a colon in one sentence: « : ce qu’elle contient, la tendance
 * principale et la valeur qui ressort » — at least three items of two words or more each (a list of
 * single rubric words is not a structure).
 */
function listedParts(a: Analysis): Span | undefined {
  const text = a.folded;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let end = colon + 1;
    while (end < text.length && !/[.!?\n]/.test(text[end] as string)) end++;
    const items = text
      .slice(colon + 1, end)
      .split(/[,;]|\s(?:et|and|puis|then)\s/)
      .map((item) => item.trim().split(/\s+/).filter(Boolean).length);
    if (items.filter((words) => words >= 2).length >= 3) return { start: colon + 1, end };
  }
  return undefined;
}

export function assessExpectations(a: Analysis): Assessment {
  const { kinds, evidence } = kindsPresent(a, [
    "expectations.format",
    "expectations.length",
    "expectations.structure",
  ]);
  let score = kinds;
  const quantity = a.quantities[0];
  if (quantity) {
    score++;
    evidence.push(quantity);
  }
  // A counted length is a length even without a length word (« en 3 phrases », "in 150 words").
  const countedLength = a.quantities.find((q) => LENGTH_UNIT.test(a.folded.slice(q.start, q.end)));
  if (countedLength && tag(a, "expectations.length").length === 0) score++;
  if (tag(a, "expectations.structure").length === 0) {
    const parts = listedParts(a);
    if (parts) {
      score++;
      evidence.push(parts);
    }
  }
  const labels = labelBonus(a, "expectations");
  if (labels.length > 0) {
    score++;
    evidence.push(labels[0] as Span);
  }
  return { score: cap(score), evidence };
}

export function assessAudience(a: Analysis): Assessment {
  const evidence: Span[] = [];
  let score = 0;
  const addressed = tag(a, "audience.role").find((h) => {
    // Look back a few words for "for", "to", "pour"… without crossing into another sentence.
    for (let k = h.from - 1; k >= Math.max(0, h.from - 6); k--) {
      if (a.sentenceStart[k + 1] && k + 1 < h.from) break;
      const t = a.tokens[k];
      if (!t || !AUDIENCE_LEAD_WORDS.has(t.text)) continue;
      if (t.text !== "a") return true;
      const next = a.tokens[k + 1];
      if (next && FRENCH_DETERMINERS.has(next.text)) return true;
    }
    return false;
  });
  if (addressed) {
    score += 2;
    evidence.push(addressed);
  }
  const tones: Hit[] = [];
  for (const h of tag(a, "audience.tone")) {
    if (tones.length === 2) break;
    if (!overlapsAny(h, tones)) tones.push(h);
  }
  score += Math.min(2, tones.length);
  evidence.push(...tones.slice(0, 2));
  const labels = labelBonus(a, "audience");
  if (labels.length > 0) {
    score++;
    evidence.push(labels[0] as Span);
  }
  return { score: cap(score), evidence };
}

const NEGATION_END = new Set(["pas", "jamais", "rien", "aucun", "aucune", "plus", "personne"]);

export function assessConstraints(a: Analysis): Assessment {
  const kinds = ["constraints.avoid", "constraints.restrict", "constraints.require", "constraints.success"];
  const evidence: Span[] = [];
  const seen: Span[] = [];
  let present = 0;
  for (const kind of kinds) {
    // A few hits per kind are enough to score; checking more would only cost time on long prompts.
    const hits = tag(a, kind)
      .slice(0, 4)
      .filter((h) => !overlapsAny(h, seen));
    const negation =
      kind === "constraints.avoid" ? frenchNegations(a).filter((n) => !overlapsAny(n, seen)) : [];
    const all = [...hits, ...negation].sort((x, y) => x.start - y.start).slice(0, 4);
    if (all.length === 0) continue;
    present++;
    seen.push(...all);
    evidence.push(all[0] as Span);
  }
  let score = present + (seen.length >= 3 && present < 3 ? 1 : 0);
  const labels = labelBonus(a, "constraints");
  if (labels.length > 0) {
    score++;
    evidence.push(labels[0] as Span);
  }
  return { score: cap(score), evidence };
}

/** "ne … pas", "n'invente rien": ne/n followed within three words by a negation word. */
function frenchNegations(a: Analysis): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < a.tokens.length && out.length < 4; i++) {
    const t = a.tokens[i];
    if (!t || (t.text !== "ne" && t.text !== "n")) continue;
    for (let k = i + 1; k <= i + 4 && k < a.tokens.length; k++) {
      const end = a.tokens[k];
      if (end && NEGATION_END.has(end.text)) {
        out.push({ start: t.start, end: end.end });
        break;
      }
    }
  }
  return out;
}

/** Filler measures shared by clarity and the `bloated` flag. */
export interface Filler {
  padding: Hit[];
  hedges: Hit[];
  avgSentence: number;
}

export function measureFiller(a: Analysis): Filler {
  return {
    padding: tag(a, "clarity.padding"),
    hedges: tag(a, "clarity.hedge"),
    avgSentence: a.tokens.length / Math.max(1, a.sentences),
  };
}

export function isBloated(a: Analysis, filler: Filler): boolean {
  const fill = filler.padding.length + filler.hedges.length;
  const n = a.tokens.length;
  return fill >= 4 || (n >= 30 && fill / n >= 0.07) || (n >= 80 && filler.avgSentence >= 45);
}

export function assessClarity(a: Analysis, goal: Assessment, filler: Filler, bloated: boolean): Assessment {
  const evidence: Span[] = [];
  let score = 0;
  const verbs = goalVerbs(a);
  const first = verbs[0];
  const early =
    first !== undefined && (first.from < 25 || a.sentenceStart[first.from] === true) && first.from < 60;
  if (goal.score >= 2 && early) {
    score++;
    evidence.push(first);
  }
  const sequence = [...(a.hits.get("expectations.structure") ?? [])].filter((h) =>
    /^(?:first|then|finally|d abord|puis|ensuite|enfin)/.test(
      a.folded.slice(h.start, h.end).replace(/'/g, " "),
    ),
  );
  const structured =
    a.labels.length >= 2 ||
    a.listLines >= 2 ||
    a.blocks.length > 0 ||
    sequence.length >= 2 ||
    (a.sentences >= 2 && filler.avgSentence <= 25 && a.tokens.length >= 12);
  if (structured) {
    score++;
    const structure = a.labels[0] ?? a.blocks[0] ?? sequence[0];
    if (structure) evidence.push(structure);
  }
  const specific =
    a.specifics.length + a.quantities.length + a.specificRefs.length > 0 ||
    (a.hits.get("expectations.format")?.length ?? 0) > 0;
  if (specific && filler.padding.length === 0 && filler.hedges.length <= 1 && goal.score >= 1) score++;
  if (filler.padding.length >= 2 || filler.hedges.length >= 3) score--;
  if (filler.avgSentence > 40 && a.tokens.length >= 40) score--;
  if (bloated) score = Math.min(score, 1);
  return { score: cap(score), evidence };
}
