import type { DeliverableKind, MaterialKind, TaskDefinition, TaskTerm } from "../catalog/schema";
import { stem } from "../text/stem";
import type { Lang, Localized } from "../types";
import type { Analysis, Span } from "./analyze";
import { goalVerbs } from "./criteria";

/**
 * Task fit: does the prompt ask for what this exercise asks for? Deliverables, materials and the
 * exercise's own terms are compared by Snowball stem in both languages (a French prompt may name an
 * English deliverable and the reverse), so inflection, accents and case do not matter. Linear: one
 * stem per token and language, then set look-ups.
 */

/** Each kind's words, FR and EN, nouns and verbs; "|" separates alternatives. */
const DELIVERABLE_TERMS: Record<DeliverableKind, TaskTerm> = {
  summary: {
    fr: "résumé|résumer|résume|synthèse|synthétiser|synthétique|récapitulatif|récapituler|l’essentiel|points clés|points principaux|faire le point|faites le point|fais le point|point de situation|état des lieux|où en est|dis-moi|idées principales|synthétisez|résumez",
    en: "summary|summarise|summarize|summarising|recap|synopsis|overview|gist|key points|main points|tl dr|digest|sum up|boil down|tell me|key takeaways|status update|where things stand|catch me up|catch up",
  },
  reply: {
    fr: "réponse|répondre|réponds|répondez|retour|quelques lignes|lui écrire|lui envoyer|leur écrire|dis adhérent|dites adhérent|informe adhérent|informez adhérent|explique adhérent|expliquez adhérent",
    en: "reply|respond|response|answer|get back|write back|a few lines|tell member|tell him|tell her|tell them|inform member|explain member",
  },
  email: {
    fr: "courriel|mail|e-mail|message|quelques lignes|relance|invitation",
    en: "email|e-mail|mail|message|a few lines|invitation|follow-up",
  },
  letter: { fr: "lettre|courrier|réponse", en: "letter|reply|response" },
  note: {
    fr: "note|mémo|synthèse|note d’information|note de synthèse|demi-page|briefing",
    en: "note|memo|briefing|brief|half a page|half-page",
  },
  table: {
    fr: "tableau|colonnes|colonne|lignes|grille|tableur",
    en: "table|columns|column|rows|grid|spreadsheet|matrix",
  },
  list: {
    fr: "liste|puces|puce|points|liste à puces|énumération|tirets",
    en: "list|bullets|bullet|bullet points|bulleted|points|itemise|itemize",
  },
  formula: {
    fr: "formule|fonction|calculer|calcule|calcul",
    en: "formula|function|calculate|compute|calculation",
  },
  translation: {
    fr: "traduire|traduis|traduction|version anglaise|en anglais|version en anglais",
    en: "translate|translation|english version|in english|into english",
  },
  rewrite: {
    fr: "réécrire|réécris|réécriture|reformuler|reformulation|simplifier|raccourcir|raccourcis|raccourcissez|abréger|abrège|abrégez|écourter|condenser|version courte|version plus courte|adapter|retravailler|réviser|ajuster|alléger|version|reprendre|rendre",
    en: "rewrite|rephrase|reword|reformulate|simplify|shorten|shorter version|abridge|condense|adapt|rework|revise|tighten|trim|adjust|version|plain language|cut",
  },
  analysis: {
    fr: "analyse|analyser|analysez|examiner|étudier|étudie|étudiez|évaluer|évaluation|identifier|repérer|relever|vérifier|contrôler|contrôlez|cohérence|détecter|diagnostic|dis-moi|dites-moi|me dire|indique-moi|signaler|tendance|écarts|anomalies|se détachent|ressortent",
    en: "analysis|analyse|analyze|examine|study|assess|assessment|evaluate|identify|spot|find|check|detect|diagnose|tell me|let me know|point out|flag|trend|outliers|anomalies|stand out",
  },
  questions: {
    fr: "questions|question|interrogations|demander|se poser",
    en: "questions|question|ask|wonder",
  },
  faq: {
    fr: "faq|foire aux questions|questions-réponses|questions fréquentes|questions et réponses",
    en: "faq|frequently asked|questions and answers|q&a|q a",
  },
  comment: {
    fr: "commentaire|commenter|commente|commentez|décrire|décris|décrivez|description|présenter|présentez|présentation|explique|expliquez|expliquer",
    en: "comment|commentary|describe|description|present|explain|explanation|narrative",
  },
  mapping: {
    fr: "correspondance|table de correspondance|associer|rattacher|classer|catégoriser|regrouper|normaliser|harmoniser",
    en: "mapping|map|match|assign|classify|categorise|categorize|group|normalise|normalize|harmonise",
  },
  conversion: {
    fr: "convertir|convertis|conversion|format d’import|importer|import|transformer|mettre au format|reformater",
    en: "convert|conversion|import format|import|transform|reformat|format",
  },
  review: {
    fr: "relire|relis|relecture|critique|critiquer|avis|retour|commentaires|évaluer|examiner|points faibles",
    en: "review|critique|feedback|proofread|assess|evaluate|weak points|comments|have a look|let me know",
  },
  box: {
    fr: "encadré|chiffres clés|article|brève|lettre d’information|newsletter",
    en: "box|key figures|article|newsletter item|sidebar|blurb|newsletter",
  },
};

/** How to name each deliverable in coaching. */
export const DELIVERABLE_LABELS: Record<DeliverableKind, Localized> = {
  summary: { fr: "un résumé", en: "a summary" },
  reply: { fr: "une réponse", en: "a reply" },
  email: { fr: "un courriel", en: "an email" },
  letter: { fr: "une lettre", en: "a letter" },
  note: { fr: "une note", en: "a note" },
  table: { fr: "un tableau", en: "a table" },
  list: { fr: "une liste", en: "a list" },
  formula: { fr: "une formule", en: "a formula" },
  translation: { fr: "une traduction", en: "a translation" },
  rewrite: { fr: "une réécriture", en: "a rewrite" },
  analysis: { fr: "une analyse", en: "an analysis" },
  questions: { fr: "des questions", en: "questions" },
  faq: { fr: "une FAQ", en: "an FAQ" },
  comment: { fr: "un commentaire", en: "a comment" },
  mapping: { fr: "une table de correspondance", en: "a mapping" },
  conversion: { fr: "une conversion de format", en: "a format conversion" },
  review: { fr: "une relecture critique", en: "a critical review" },
  box: { fr: "un encadré", en: "a box" },
};

/**
 * Kinds so close that naming one never makes a prompt off-task for the other (a reply is often a
 * letter or an email; a list is how many summaries are shaped).
 */
const NEAR: Partial<Record<DeliverableKind, readonly DeliverableKind[]>> = {
  reply: ["email", "letter"],
  email: ["reply", "letter", "note"],
  letter: ["reply", "email"],
  summary: ["list", "note", "comment"],
  note: ["summary", "email"],
  list: ["summary"],
  comment: ["summary", "analysis"],
  analysis: ["review", "list", "table", "comment", "questions"],
  review: ["analysis", "rewrite", "list"],
  table: ["list", "mapping", "conversion"],
  mapping: ["table"],
  conversion: ["table", "rewrite"],
  rewrite: ["reply", "email", "letter", "translation", "list", "conversion"],
  translation: ["rewrite", "email"],
  questions: ["list", "faq", "analysis"],
  faq: ["questions", "list"],
  box: ["summary", "list", "comment", "note"],
};

const MATERIAL_TERMS: Record<MaterialKind, TaskTerm> = {
  document: { fr: "document|texte|fichier|note|ci-dessous", en: "document|text|file|doc|below" },
  selection: {
    fr: "sélection|sélectionné|passage|paragraphe|extrait|ci-dessous",
    en: "selection|selected|passage|paragraph|excerpt|below",
  },
  email: { fr: "courriel|mail|e-mail|message", en: "email|e-mail|mail|message" },
  thread: {
    fr: "fil|échange|échanges|conversation|discussion|courriels",
    en: "thread|exchange|conversation|discussion|emails",
  },
  draft: { fr: "brouillon|mon texte|mon message|projet", en: "draft|my text|my message" },
  notes: {
    fr: "mes notes|notes|points ci-dessous|points suivants|éléments ci-dessous|éléments suivants",
    en: "my notes|notes|points below|following points|key points below",
  },
  range: {
    fr: "plage|tableau|cellules|colonnes|données|feuille|lignes|chiffres",
    en: "range|table|cells|columns|data|sheet|rows|figures",
  },
  letter: { fr: "lettre|courrier", en: "letter" },
  report: { fr: "rapport|étude|bilan|document", en: "report|study|review|document" },
  procedure: {
    fr: "procédure|mode opératoire|processus|note de procédure",
    en: "procedure|process|guideline",
  },
  minutes: {
    fr: "compte rendu|compte-rendu|réunion|procès-verbal|notes",
    en: "minutes|meeting notes|meeting",
  },
  clause: {
    fr: "clause|article|paragraphe|passage|garantie",
    en: "clause|article|paragraph|passage|provision",
  },
};

/** Where material lives: a mail, a sheet, a document. Naming only another place's material is off-task. */
type MaterialPlace = "mail" | "sheet" | "doc";
const PLACE_OF: Record<MaterialKind, MaterialPlace> = {
  email: "mail",
  thread: "mail",
  draft: "mail",
  range: "sheet",
  document: "doc",
  selection: "doc",
  notes: "doc",
  letter: "doc",
  report: "doc",
  procedure: "doc",
  minutes: "doc",
  clause: "doc",
};
const PLACE_TERMS: Record<MaterialPlace, TaskTerm> = {
  mail: {
    fr: "courriel|courriels|mail|mails|e-mail|message reçu|fil|fil de discussion|boîte de réception|brouillon",
    en: "email|emails|e-mail|mail|received message|thread|inbox|draft",
  },
  sheet: {
    fr: "tableau|plage|cellule|cellules|colonne|colonnes|feuille de calcul|classeur|tableur",
    en: "table|range|cell|cells|column|columns|spreadsheet|worksheet|workbook",
  },
  doc: {
    fr: "document|texte|rapport|procédure|compte rendu|lettre|clause|paragraphe|notes|brouillon",
    en: "document|text|report|procedure|minutes|letter|clause|paragraph|notes|draft",
  },
};

/** Every deliverable and material word: typos are corrected towards them as towards the rubric's. */
export const DELIVERABLE_VOCABULARY: readonly string[] = Object.values(DELIVERABLE_TERMS)
  .flatMap((term) => [term.fr, term.en])
  .flatMap((side) => side.split("|"));

export const TASK_VOCABULARY: readonly string[] = [
  ...Object.values(DELIVERABLE_TERMS),
  ...Object.values(MATERIAL_TERMS),
]
  .flatMap((term) => [term.fr, term.en])
  .flatMap((side) => side.split("|"));

/** Words that carry no meaning of their own in a task phrase: a phrase matches on the others. */
const PHRASE_STOPWORDS = new Set(
  (
    "the a an of to in on for by with and or my your our this that these it me " +
    "le la les l un une des du de d au aux en et ou à a mon ma mes ce cet cette ces moi"
  ).split(" "),
);

/** Words that negate what follows them ("sans tableau", "no table", "don't rewrite"). */
const NEGATORS_BEFORE = new Set(
  "sans without no not never ni pas jamais avoid avoiding evite evitez eviter don t ne n".split(" "),
);
/** French negation closes after the verb: "ne réécris pas", "n'invente rien". */
const NEGATORS_AFTER = new Set(["pas", "jamais", "rien", "aucun", "aucune"]);

/** Words before a noun that make it something to produce: "un tableau", "in a table", "en tableau". */
const INTRODUCES_PRODUCT = new Set([
  "un",
  "une",
  "a",
  "an",
  "en",
  "into",
  "as",
  "nouveau",
  "nouvelle",
  "new",
]);

/** Words that send the answer somewhere: what follows is a destination, not material. */
const DESTINATION = new Set(["pour", "for", "into", "vers"]);

/** Determiners that point at something that exists: "ce courriel", "this email", "mon brouillon". */
const DEICTIC = new Set("ce cet cette ces mon ma mes notre nos votre vos this these my our your".split(" "));

/** A phrase prepared for matching: alternatives, each a list of stem keys (`fr:resum`). */
interface CompiledTerm {
  alternatives: string[][];
}

const compiledTerms = new WeakMap<TaskTerm, CompiledTerm>();

/** The words of a phrase, lowercase, apostrophes and hyphens split ("l’essentiel" → l, essentiel). */
function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+/g) ?? [];
}

function compileSide(side: string, lang: Lang): string[][] {
  return side
    .split("|")
    .map((alt) =>
      phraseWords(alt)
        .filter((w) => !PHRASE_STOPWORDS.has(w))
        .map((w) => `${lang}:${stem(w, lang)}`),
    )
    .filter((keys) => keys.length > 0);
}

function compile(term: TaskTerm): CompiledTerm {
  let compiled = compiledTerms.get(term);
  if (!compiled) {
    compiled = { alternatives: [...compileSide(term.fr, "fr"), ...compileSide(term.en, "en")] };
    compiledTerms.set(term, compiled);
  }
  return compiled;
}

/** The prompt's stems: where each stem key occurs (token indices) and each token's sentence. */
export interface StemIndex {
  positions: Map<string, number[]>;
  sentenceOf: Int32Array;
}

const STEM_INDEXES = new WeakMap<Analysis, StemIndex>();

/** Stems every token in both languages, once per analysis. */
export function stemIndex(a: Analysis): StemIndex {
  const cached = STEM_INDEXES.get(a);
  if (cached) return cached;
  const positions = new Map<string, number[]>();
  const sentenceOf = new Int32Array(a.tokens.length);
  let sentence = -1;
  for (let i = 0; i < a.tokens.length; i++) {
    if (a.sentenceStart[i]) sentence++;
    sentenceOf[i] = Math.max(0, sentence);
    const token = a.tokens[i]!;
    const word = a.corrected[i] ?? a.prompt.slice(token.start, token.end).toLowerCase();
    for (const lang of ["fr", "en"] as const) {
      const key = `${lang}:${stem(word, lang)}`;
      const list = positions.get(key);
      // A handful of occurrences is enough to decide; long inputs stay linear.
      if (!list) positions.set(key, [i]);
      else if (list.length < 16) list.push(i);
    }
  }
  const index = { positions, sentenceOf };
  STEM_INDEXES.set(a, index);
  return index;
}

function negated(a: Analysis, index: StemIndex, i: number): boolean {
  const sentence = index.sentenceOf[i];
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (index.sentenceOf[k] !== sentence) break;
    if (NEGATORS_BEFORE.has(a.tokens[k]!.text)) return true;
  }
  for (let k = i + 1; k <= Math.min(a.tokens.length - 1, i + 2); k++) {
    if (index.sentenceOf[k] !== sentence) break;
    if (NEGATORS_AFTER.has(a.tokens[k]!.text)) return true;
  }
  return false;
}

/**
 * Where `term` is named: the first token span of an alternative whose words all occur in one sentence
 * (the first word not negated unless `allowNegated`), or null.
 */
export function findTerm(
  a: Analysis,
  term: TaskTerm,
  options: { allowNegated?: boolean; accept?: (token: number) => boolean } = {},
): Span | null {
  const index = stemIndex(a);
  let best: Span | null = null;
  for (const keys of compile(term).alternatives) {
    const first = index.positions.get(keys[0]!);
    if (!first) continue;
    for (const i of first) {
      if (!options.allowNegated && negated(a, index, i)) continue;
      if (options.accept && !options.accept(i)) continue;
      const sentence = index.sentenceOf[i];
      let end = a.tokens[i]!.end;
      const all = keys.slice(1).every((key) =>
        (index.positions.get(key) ?? []).some((j) => {
          if (index.sentenceOf[j] !== sentence) return false;
          end = Math.max(end, a.tokens[j]!.end);
          return true;
        }),
      );
      if (!all) continue;
      const span = { start: a.tokens[i]!.start, end };
      if (!best || span.start < best.start) best = span;
      break;
    }
  }
  return best;
}

export interface TaskFit {
  /** The exercise's deliverable (or an accepted alternative) is asked for. */
  deliverable: Span | null;
  /** A deliverable of another kind asked for instead (only when the exercise's is absent). */
  otherDeliverable: DeliverableKind | null;
  material: Span | null;
  /** null when the exercise declares no audience. */
  audience: Span | null | undefined;
  named: TaskTerm[];
  missing: TaskTerm[];
  /** What the prompt must not ask for, asked for. */
  violated: TaskTerm[];
  /** The prompt works on material of another place only (an email for a spreadsheet exercise). */
  otherMaterial: boolean;
  evidence: Span[];
}

/** Reads the prompt against the exercise's task definition. */
export function assessTaskFit(a: Analysis, task: TaskDefinition): TaskFit {
  const evidence: Span[] = [];
  const index = stemIndex(a);
  const main = requestSentences(a, index);
  // The deliverable is what the request asks for, not a word further on ("suggest rewordings" in a review).
  const inRequest = (i: number): boolean => main === null || main.has(index.sentenceOf[i]!);
  // "ce courriel", "summarise the email", "réponds à la lettre": the material worked on, not a product.
  const transformed = new Uint8Array(a.tokens.length);
  for (const h of goalVerbs(a))
    if (h.tag === "goal.transform") for (let k = h.from; k < h.to; k++) transformed[k] = 1;
  const isProduct = (i: number): boolean => {
    if (DEICTIC.has(a.tokens[i - 1]?.text ?? "")) return false;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (index.sentenceOf[k] !== index.sentenceOf[i]) break;
      if (transformed[k]) return false;
    }
    return true;
  };
  const asked = (i: number): boolean => inRequest(i) && isProduct(i);
  let deliverable: Span | null = null;
  for (const kind of task.deliverable) {
    const found = findTerm(a, DELIVERABLE_TERMS[kind], { accept: asked });
    if (found && (!deliverable || found.start < deliverable.start)) deliverable = found;
  }
  const introducedAsProduct = (i: number): boolean => {
    const previous = a.tokens[i - 1]?.text ?? "";
    if (i === 0 || index.sentenceOf[i - 1] !== index.sentenceOf[i]) return false;
    return INTRODUCES_PRODUCT.has(previous) || (previous === "de" && a.tokens[i - 2]?.text === "forme");
  };
  const keysOf = (i: number): string[] => {
    const word = a.tokens[i]!.text;
    return [`fr:${stem(word, "fr")}`, `en:${stem(word, "en")}`];
  };
  let otherDeliverable: DeliverableKind | null = null;
  if (!deliverable) {
    const accepted = new Set<DeliverableKind>(task.deliverable.flatMap((k) => [k, ...(NEAR[k] ?? [])]));
    // "the table", "ce message": words that name the exercise's material name no deliverable, unless
    // introduced as something to produce ("un tableau", "as a table", "sous forme de tableau").
    const materialKeys = new Set(
      task.material.flatMap((kind) => compile(MATERIAL_TERMS[kind]).alternatives.flat()),
    );
    const producing = (i: number): boolean =>
      asked(i) && (!keysOf(i).some((k) => materialKeys.has(k)) || introducedAsProduct(i));
    let first: Span | null = null;
    for (const [kind, terms] of Object.entries(DELIVERABLE_TERMS) as [DeliverableKind, TaskTerm][]) {
      if (accepted.has(kind)) continue;
      const found = findTerm(a, terms, { accept: producing });
      if (found && (!first || found.start < first.start)) {
        first = found;
        otherDeliverable = kind;
      }
    }
  } else evidence.push(deliverable);

  let material: Span | null = null;
  for (const kind of task.material) {
    const found = findTerm(a, MATERIAL_TERMS[kind], { allowNegated: true });
    if (found && (!material || found.start < material.start)) material = found;
  }
  const audience = task.audience ? findTerm(a, task.audience, { allowNegated: true }) : undefined;
  if (audience) evidence.push(audience);

  const named: TaskTerm[] = [];
  const missing: TaskTerm[] = [];
  for (const term of task.mustName) {
    const found = findTerm(a, term, { allowNegated: true });
    if (found) {
      named.push(term);
      evidence.push(found);
    } else missing.push(term);
  }
  const violated = task.mustNot.filter((term) => findTerm(a, term) !== null);

  // Material of another place, and none of the exercise's own: a prompt written for another host.
  let otherMaterial = false;
  {
    const places = new Set(task.material.map((kind) => PLACE_OF[kind]));
    // The word that names what the exercise produces ("un courriel") or a product is not material.
    // "pour la lettre interne", "for the newsletter": where the answer goes, not what it is made from.
    const destination = (i: number): boolean =>
      [a.tokens[i - 1]?.text, a.tokens[i - 2]?.text].some((w) => w !== undefined && DESTINATION.has(w));
    const isMaterial = (i: number): boolean =>
      !introducedAsProduct(i) &&
      !destination(i) &&
      !(
        deliverable !== null &&
        a.tokens[i]!.start >= deliverable.start &&
        a.tokens[i]!.end <= deliverable.end
      );
    // The material a prompt names first is the one it works on ("Le tableau sélectionné… un paragraphe
    // « Limites »" works on a table).
    let own: Span | null = null;
    let other: Span | null = null;
    for (const place of Object.keys(PLACE_TERMS) as MaterialPlace[]) {
      const found = findTerm(a, PLACE_TERMS[place], { allowNegated: true, accept: isMaterial });
      if (!found) continue;
      if (places.has(place)) {
        if (!own || found.start < own.start) own = found;
      } else if (!other || found.start < other.start) other = found;
    }
    otherMaterial = other !== null && (own === null || other.start < own.start);
  }
  return {
    deliverable,
    otherDeliverable,
    material,
    audience,
    named,
    missing,
    violated,
    otherMaterial,
    evidence,
  };
}

/**
 * The sentences that carry the request: those of the first two instruction verbs and of the first wish
 * or indirect request, each with the sentence after it ("Rédigez le courriel : objet explicite…").
 * null when the prompt has no recognisable request (then the whole prompt is read).
 */
function requestSentences(a: Analysis, index: StemIndex): Set<number> | null {
  const starts = goalVerbs(a)
    .slice(0, 2)
    .map((h) => h.from);
  const frame = a.hits.get("goal.request")?.[0];
  if (frame) starts.push(frame.from);
  if (starts.length === 0) return null;
  const out = new Set<number>();
  for (const i of starts) {
    const sentence = index.sentenceOf[i]!;
    out.add(sentence);
    out.add(sentence + 1);
  }
  return out;
}

/** Share of the must-name elements the prompt names (1 when there are none). */
export function coverage(fit: TaskFit): number {
  const total = fit.named.length + fit.missing.length;
  return total === 0 ? 1 : fit.named.length / total;
}

/**
 * Up to three alternatives of a term, for coaching what is missing, so the learner sees what the
 * element is rather than one word of it ("ligne|colonne|cellule|où" → "ligne, colonne ou cellule").
 */
export function termChoices(term: TaskTerm, lang: Lang): string {
  const seen = new Set<string>();
  const words = term[lang]
    .split("|")
    .map((w) => w.trim())
    .filter((w) => {
      // One form of a word: « étape | étapes », "numbered steps | steps" read as one choice.
      const key = w
        .toLowerCase()
        .split(/\s+/)
        .map((part) => stem(part, lang))
        .join(" ");
      if (w.length === 0 || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 3);
  if (words.length <= 1) return words[0] ?? term[lang].trim();
  return `${words.slice(0, -1).join(", ")} ${lang === "fr" ? "ou" : "or"} ${words[words.length - 1]!}`;
}

/** The first alternative of a term in `lang`, for coaching ("décisions|décidé" → "décisions"). */
export function termLabel(term: TaskTerm, lang: Lang): string {
  return (term[lang].split("|")[0] ?? term[lang]).trim();
}
