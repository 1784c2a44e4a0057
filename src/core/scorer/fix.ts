import type { TaskTerm } from "../catalog/schema";
import type { ContextFeatures, CriterionId, Lang } from "../types";
import type { Span } from "./analyze";
import { taskWordsFor, type FixExercise, type TaskWords } from "./fix-words";
import { termChoices } from "./task";

export interface PromptFix {
  /** `none`: the prompt already covers what the rubric asks; `text` is the prompt itself. */
  kind: "rewrite" | "template" | "none";
  text: string;
}

type Fillable = Exclude<CriterionId, "clarity" | "safety">;

/** Lines to fill in when neither the exercise nor the open item says more: readable labels in brackets. */
const PLACEHOLDERS: Record<Fillable, Record<Lang, string>> = {
  goal: {
    fr: "Livrable : [le résultat attendu : un courriel, une synthèse, un tableau… et son sujet]",
    en: "Deliverable: [what you want back: an email, a summary, a table… and on what subject]",
  },
  context: {
    fr: "Contexte : [la situation et le but : pourquoi c’est nécessaire, pour quelle occasion]",
    en: "Context: [the situation and purpose: why you need it, for what occasion]",
  },
  source: {
    fr: "Source : [le matériau à utiliser : « ce courriel », le tableau sélectionné, ou le texte collé entre <texte> et </texte>]",
    en: "Source: [what to work from: “this email”, the selected table, or the text pasted between <text> and </text>]",
  },
  expectations: {
    fr: "Format : [longueur et structure : ex. 5 puces, moins de 150 mots]",
    en: "Format: [length and structure: e.g. 5 bullets, under 150 words]",
  },
  audience: {
    fr: "Public : [à qui s’adresse la réponse et sur quel ton]",
    en: "Audience: [who the answer is for and in what tone]",
  },
  constraints: {
    fr: "Contraintes : [ce qu’il faut éviter ou vérifier : ex. n’invente aucun montant, signale ce qui manque]",
    en: "Constraints: [what to avoid or check: e.g. do not invent any amount, say what is missing]",
  },
};

/** When the prompt already points at its material vaguely ("this email"), ask for precision instead. */
const SOURCE_PRECISION: Record<Lang, string> = {
  fr: "Source : [quelle partie ou quel fichier précisément, ou le texte collé entre <texte> et </texte>]",
  en: "Source: [say which part or file, or paste the text between <text> and </text>]",
};

const LABELS: Record<Fillable, Record<Lang, RegExp>> = {
  goal: { fr: /^(objectif|livrable|tâche)\s*:/i, en: /^(goal|deliverable|task)\s*:/i },
  context: { fr: /^contexte\s*:/i, en: /^context\s*:/i },
  source: { fr: /^(source|texte|document|courriel)\s*:/i, en: /^(source|text|document|email)\s*:/i },
  expectations: { fr: /^(format|structure|longueur)\s*:/i, en: /^(format|structure|length)\s*:/i },
  audience: {
    fr: /^(public|destinataires?|lecteurs?|ton)\s*:/i,
    en: /^(audience|readers?|recipients?|tone)\s*:/i,
  },
  constraints: { fr: /^(contraintes?|règles?)\s*:/i, en: /^(constraints?|rules?)\s*:/i },
};

const OPENING: Record<Lang, string> = {
  fr: "[Action : rédige, résume, analyse…] [livrable] à propos de [sujet].",
  en: "[Action: draft, summarise, analyse…] [deliverable] about [subject].",
};

const FILLABLE: Fillable[] = ["goal", "context", "source", "audience", "expectations", "constraints"];

const SKILL_VERB: Record<FixExercise["skill"], Record<Lang, [string, string]>> = {
  // [vous, tu] in French; the English imperative has one form.
  summarise: { fr: ["Résumez", "Résume"], en: ["Summarise", "Summarise"] },
  draft: {
    fr: ["Rédigez une réponse à partir de", "Rédige une réponse à partir de"],
    en: ["Draft a reply based on", "Draft a reply based on"],
  },
  analyse: { fr: ["Analysez", "Analyse"], en: ["Analyse", "Analyse"] },
  transform: { fr: ["Transformez", "Transforme"], en: ["Transform", "Transform"] },
  iterate: {
    fr: [
      "Reprenez la réponse précédente en vous appuyant sur",
      "Reprends la réponse précédente en t’appuyant sur",
    ],
    en: ["Revise the previous answer based on", "Revise the previous answer based on"],
  },
  verify: {
    fr: ["Vérifiez la réponse en la comparant à", "Vérifie la réponse en la comparant à"],
    en: ["Check the answer against", "Check the answer against"],
  },
};

export interface FixInput {
  prompt: string;
  lang: Lang;
  scores: Record<CriterionId, number>;
  /** Spans to drop (padding, text addressed to the grader). */
  remove: Span[];
  /** Spans to replace (personal data) with a placeholder. */
  replace: (Span & { with: string })[];
  /** Nothing usable to rewrite: start from a template. */
  template: boolean;
  /** The exercise and the open item: where the concrete words of the added lines come from. */
  exercise?: FixExercise;
  context?: ContextFeatures;
  /**
   * The prompt asks for another deliverable than the exercise's: its request is replaced by the
   * exercise's (its other lines cannot be kept around a request the exercise does not make).
   */
  offTask?: boolean;
  /** The prompt asks for the exercise's deliverable (a vague request for it is kept, with a goal line). */
  deliverableAsked?: boolean;
  /** The prompt works on another host's material ("the table" in an email exercise). */
  otherMaterial?: boolean;
  /** Elements the exercise expects that the prompt does not name: one line lists them. */
  missing?: readonly TaskTerm[];
}

/**
 * A better version of the learner's own prompt, deterministic (the same prompt always gives the same fix):
 * personal data replaced by placeholders, padding and grader-directed text removed, and one line per
 * criterion below 2 written with concrete words from the exercise and the open item (its material, its
 * reader, the expected form). Pasted material (a quoted email, a table) is kept exactly as it was and
 * stays last. When none of that changes anything, the fix says so (`kind: "none"`).
 */
export function buildFix(input: FixInput): PromptFix {
  const { lang, scores } = input;
  const split = materialStart(input.prompt);
  const material = input.prompt.slice(split);
  const words = taskWordsFor(lang, input.exercise, input.context);
  // Pasted material is what the prompt works from, whatever is open.
  if (material.trim()) words.source = lang === "fr" ? "le texte ci-dessous" : "the text below";
  const formal = usesVous(input.prompt.slice(0, split), lang);
  const toCover = coverLine(input.missing ?? [], lang);
  if (input.template || (input.offTask && words.deliverable)) {
    const lines = [
      openingLine(words, input.exercise, lang, formal),
      ...FILLABLE.filter((c) => c !== "goal").map((c) => addedLine(c, words, lang, formal, scores)),
      toCover,
    ].filter((line): line is string => line !== null);
    // Pasted material is kept, after the request, as in a rewrite.
    if (input.template) return { kind: "template", text: lines.join("\n") };
    const text = lines.join("\n");
    return { kind: "rewrite", text: material.trim() ? `${text}\n${material.replace(/^\n+/, "")}` : text };
  }

  const instruction = editInstruction(input.prompt.slice(0, split), input, lang);

  const kept: string[] = [];
  const seen = new Set<string>();
  for (const line of instruction.split("\n")) {
    const key = line.trim().toLowerCase().replace(/\s+/g, " ");
    // A line written twice is written once; blank lines between paragraphs stay (once).
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    if (!key && kept[kept.length - 1] === "") continue;
    kept.push(line.trimEnd());
  }
  while (kept[0] === "") kept.shift();
  while (kept[kept.length - 1] === "") kept.pop();

  let body = kept;
  // A run-on paragraph is the clarity problem: one sentence per line makes each request visible.
  if ((scores.clarity ?? 3) < 2 && body.length === 1) body = splitSentences(body[0]!);

  const labelled = (c: Fillable) => body.some((line) => LABELS[c][lang].test(line.trim()));
  const additions = FILLABLE.filter((c) => c !== "goal" && (scores[c] ?? 0) < 2 && !labelled(c))
    .map((c) => addedLine(c, words, lang, formal, scores))
    .filter((line): line is string => line !== null);
  const goal = scores.goal ?? 0;
  // A request of a few words that is vague, asks for something else or works on other material
  // ("Fais une réponse.", "Analyse le tableau" on an email) holds nothing worth keeping: the
  // exercise's request replaces it.
  const bare =
    ((goal <= 1 && input.deliverableAsked !== true) ||
      input.offTask === true ||
      input.otherMaterial === true) &&
    !labelled("goal") &&
    body.length === 1 &&
    body[0]!.split(/\s+/).filter(Boolean).length <= 8 &&
    (words.deliverable !== null || (input.exercise !== undefined && words.source !== null));
  if (bare) body = [];
  const opening =
    (goal === 0 || bare) && !labelled("goal") ? [openingLine(words, input.exercise, lang, formal)] : [];
  // A vague request ("Résume ça.") gets the exercise's deliverable spelled out under it.
  if (goal === 1 && !bare && !labelled("goal") && words.deliverable)
    additions.unshift(lang === "fr" ? `Objectif : ${words.deliverable}.` : `Goal: ${words.deliverable}.`);

  if (toCover) additions.push(toCover);
  const added = additions.filter((l) => !seen.has(l.toLowerCase()));
  // "…from the text below:" introduces the material: the added lines go before it.
  const introduces = material.trim() !== "" && added.length > 0 && /:\s*$/.test(body[body.length - 1] ?? "");
  const intro = introduces && body.length > 1 ? body.pop()! : null;
  // The request itself introduces the material: restate what follows once the added lines are in.
  const label = introduces && !intro ? [lang === "fr" ? "Texte :" : "Text:"] : [];
  const lines = [...opening, ...body, ...added, ...(intro ? [intro] : label)];
  let text = lines.join("\n");
  if (material) text = text ? `${text}\n${material.replace(/^\n+/, "")}` : material;
  const unchanged = normalise(text) === normalise(input.prompt);
  return unchanged ? { kind: "none", text: input.prompt } : { kind: "rewrite", text };
}

/** « À traiter : ligne, colonne ou cellule ; … » — what the exercise expects and the prompt leaves out. */
function coverLine(missing: readonly TaskTerm[], lang: Lang): string | null {
  if (missing.length === 0) return null;
  const terms = missing.map((t) => termChoices(t, lang));
  return lang === "fr" ? `À traiter : ${terms.join(" ; ")}.` : `Cover: ${terms.join("; ")}.`;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const VOUS = new Set(["vous", "votre", "vos"]);
const TU = new Set(["tu", "toi", "te", "t", "ton", "ta", "tes"]);

/** Whether a French prompt addresses the assistant as « vous » (the default when it does not tell). */
function usesVous(prompt: string, lang: Lang): boolean {
  if (lang !== "fr" || !prompt.trim()) return true;
  // Word by word (no regex lookbehind: Office on Mac lacks it); « t’appuyant » gives « t ».
  const words = prompt.toLowerCase().split(/[^\p{L}]+/u);
  const vous = words.filter((w) => VOUS.has(w) || (w.length >= 5 && w.endsWith("ez"))).length;
  const tu = words.filter((w) => TU.has(w)).length;
  // An imperative without « vous » ("Réponds…", "Fais…") is the « tu » form.
  return vous > 0 && vous >= tu;
}

function openingLine(
  words: TaskWords,
  exercise: FixExercise | undefined,
  lang: Lang,
  formal: boolean,
): string {
  if (words.deliverable) {
    const ask = lang === "fr" ? (formal ? "Donnez-moi" : "Donne-moi") : "Produce";
    return `${ask} ${words.deliverable}.`;
  }
  if (exercise && words.source) {
    const verb = SKILL_VERB[exercise.skill][lang][formal ? 0 : 1];
    return `${verb} ${words.source}.`;
  }
  return OPENING[lang];
}

function addedLine(
  c: Fillable,
  words: TaskWords,
  lang: Lang,
  formal: boolean,
  scores: Record<CriterionId, number>,
): string | null {
  const fr = lang === "fr";
  const v = (vous: string, tu: string) => (formal ? vous : tu);
  switch (c) {
    case "context":
      if (!words.source && !words.audience) break;
      return fr
        ? `Contexte : je travaille sur ${words.source ?? "ce dossier"} et j’ai besoin de ce résultat ${words.audience?.forWhom ?? "pour avancer sur ce dossier"}.`
        : `Context: I am working on ${words.source ?? "this case"} and need this ${words.audience?.forWhom ?? "to move the case forward"}.`;
    case "source":
      if (!words.source) break;
      return fr
        ? `Source : ${v("appuyez-vous", "appuie-toi")} uniquement sur ${words.source}${scores.source === 1 ? ", sans rien ajouter d’autre" : ""}.`
        : `Source: work only from ${words.source}${scores.source === 1 ? ", and nothing else" : ""}.`;
    case "audience":
      if (!words.audience) break;
      return fr
        ? `Public : ${words.audience.who} ; ton ${words.audience.tone}.`
        : `Audience: ${words.audience.who}; tone: ${words.audience.tone}.`;
    case "expectations":
      if (!words.form) break;
      return fr ? `Format : ${words.form}.` : `Format: ${words.form}.`;
    case "constraints":
      if (!words.source) break;
      return fr
        ? `Contraintes : ${v("n’inventez", "n’invente")} rien qui ne figure pas dans ${words.source} ; si une information manque, ${v("signalez-la", "signale-la")}.`
        : `Constraints: do not invent anything that is not in ${words.source}; if information is missing, say so.`;
    default:
      break;
  }
  // Nothing known about the task at all: a readable label to fill in. Otherwise a line that does not
  // apply (who reads an Excel formula?) is left out rather than left vague.
  if (words.source || words.form) return null;
  return c === "source" && scores.source === 1 ? SOURCE_PRECISION[lang] : PLACEHOLDERS[c][lang];
}

/**
 * Where pasted material starts: a delimited block ("""…""", <texte>…, ```), or the text after a line that
 * ends with a colon when that text is long, or a letter or email pasted under the request (a greeting
 * on its own line). Everything from there on is kept verbatim.
 */
export function materialStart(prompt: string): number {
  let at = prompt.length;
  const delimited = /"""|```|<(?:texte|text|email|courriel|document|notes)>/i.exec(prompt);
  if (delimited) at = delimited.index;
  const lines = prompt.split("\n");
  let offset = 0;
  for (let i = 0; i < lines.length - 1 && offset < at; i++) {
    const line = lines[i]!;
    const next = offset + line.length + 1;
    const rest = prompt.slice(next);
    if (
      i > 0 &&
      /^\s*(bonjour|madame|monsieur|chère?s?|hello|dear|hi)\b/i.test(line) &&
      rest.trim().length > 0
    ) {
      at = Math.min(at, offset);
      break;
    }
    if (/:\s*$/.test(line) && rest.trim().length >= 120) {
      at = Math.min(at, next);
      break;
    }
    offset = next;
  }
  return at;
}

/** The instruction with removals and replacements applied; only lines that were edited are tidied. */
function editInstruction(instruction: string, input: FixInput, lang: Lang): string {
  const edits = [...input.remove.map((s) => ({ start: s.start, end: s.end, with: "" })), ...input.replace]
    .filter((e) => e.start < instruction.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  let lineStart = 0;
  for (const line of instruction.split("\n")) {
    const lineEnd = lineStart + line.length;
    const inLine = edits.filter((e) => e.start >= lineStart && e.start < lineEnd);
    if (inLine.length === 0) out.push(line);
    else {
      let text = "";
      let at = lineStart;
      for (const edit of inLine) {
        if (edit.start < at) continue;
        text += instruction.slice(at, edit.start) + edit.with;
        at = Math.min(Math.max(edit.end, at), lineEnd);
      }
      out.push(tidy(text + instruction.slice(at, lineEnd), lang));
    }
    lineStart = lineEnd + 1;
  }
  return out.join("\n");
}

/** Cleans what removing words leaves behind, keeping French spacing before ; : ! ?. */
function tidy(line: string, lang: Lang): string {
  let out = line
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ +([,.])/g, "$1")
    .replace(/\.(?:[ \t]*\.)+/g, ".")
    .replace(/([,;])(?:[ \t]*[,;])+/g, "$1")
    .replace(/([.!?])[ \t]*[,;]+/g, "$1")
    .replace(/[,;]+[ \t]*([.!?])/g, "$1")
    .replace(/^[ \t]*[,;.][ \t]*/, "")
    .replace(/[,;][ \t]*$/, ".");
  if (lang === "en") out = out.replace(/ +([;:!?])/g, "$1");
  else out = out.replace(/([\p{L}»)\]])([;!?])/gu, "$1 $2");
  return out.replace(/^ +/, "").trimEnd();
}

function splitSentences(line: string): string[] {
  const parts = line.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [line];
  const sentences = parts.map((s) => s.trim()).filter(Boolean);
  return sentences.length >= 3 ? sentences : [line];
}
