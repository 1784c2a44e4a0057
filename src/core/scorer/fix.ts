import type { CriterionId, Lang } from "../types";
import type { Span } from "./analyze";

export interface PromptFix {
  kind: "rewrite" | "template";
  text: string;
}

type Fillable = Exclude<CriterionId, "clarity" | "safety">;

/** One line per missing part, with a bracketed placeholder to fill, in the prompt's language. */
const PLACEHOLDERS: Record<Fillable, Record<Lang, string>> = {
  goal: {
    fr: "Livrable : [le résultat attendu : un courriel, une synthèse, un tableau… et son sujet]",
    en: "Deliverable: [what you want back: an email, a summary, a table… and on what subject]",
  },
  context: {
    fr: "Contexte : [la situation et le but : pourquoi c'est nécessaire, pour quelle occasion]",
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
    fr: "Public : [à qui s'adresse la réponse et sur quel ton : ex. un adhérent, ton cordial et simple]",
    en: "Audience: [who the answer is for and in what tone: e.g. a member, warm and plain]",
  },
  constraints: {
    fr: "Contraintes : [ce qu'il faut éviter ou vérifier : ex. n'invente aucun montant, signale ce qui manque]",
    en: "Constraints: [what to avoid or check: e.g. do not invent any amount, say what is missing]",
  },
};

/** When the prompt already points at its material vaguely ("this email"), ask for precision instead. */
const SOURCE_PRECISION: Record<Lang, string> = {
  fr: "Source : [quelle partie ou quel fichier précisément, ou le texte collé entre <texte> et </texte>]",
  en: "Source: [say which part or file, or paste the text between <text> and </text>]",
};

const OPENING: Record<Lang, string> = {
  fr: "[Action : rédige, résume, analyse…] [livrable] à propos de [sujet].",
  en: "[Action: draft, summarise, analyse…] [deliverable] about [subject].",
};

const FILLABLE: Fillable[] = ["goal", "context", "source", "expectations", "audience", "constraints"];

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
}

/**
 * An improved version of the user's own prompt: personal data replaced by placeholders, padding and
 * grader-directed text removed, and one line with a bracketed placeholder per criterion below 2.
 * Deterministic: the same prompt always gives the same fix.
 */
export function buildFix(input: FixInput): PromptFix {
  const { lang, scores } = input;
  if (input.template) {
    return {
      kind: "template",
      text: [OPENING[lang], ...FILLABLE.filter((c) => c !== "goal").map((c) => PLACEHOLDERS[c][lang])].join(
        "\n",
      ),
    };
  }
  const edits = [
    ...input.remove.map((s) => ({ start: s.start, end: s.end, with: "" })),
    ...input.replace,
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let text = "";
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    text += input.prompt.slice(at, edit.start) + edit.with;
    at = edit.end;
  }
  text = tidy(text + input.prompt.slice(at));
  const missing = FILLABLE.filter((c) => (scores[c] ?? 0) < 2).map((c) =>
    c === "source" && scores.source === 1 ? SOURCE_PRECISION[lang] : PLACEHOLDERS[c][lang],
  );
  if ((scores.goal ?? 0) === 0) text = `${OPENING[lang]}\n${text}`;
  return { kind: "rewrite", text: [text, ...missing].join("\n") };
}

/** Cleans what removing words leaves behind: doubled spaces and punctuation, stray leading commas. */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, " ")
        .replace(/ +([,.;!?])/g, "$1")
        .replace(/([,;])(?:[ \t]*[,;])+/g, "$1")
        .replace(/([.!?])[ \t]*[,;]+/g, "$1")
        .replace(/[,;]+([.!?])/g, "$1")
        .replace(/^[ \t]*[,;.][ \t]*/, "")
        .replace(/[,;][ \t]*$/, ".")
        .trimEnd(),
    )
    .join("\n")
    .trim();
}
