import notNames from "../../../content/privacy/not-names.json";
import placeData from "../../../content/privacy/places.json";
import { foldAccents } from "../text/normalize";
import type { PersonalDataFinding } from "./findings";
import { guardNames } from "./guardEngines";
import { detectHealthTerms, HEALTH_ACRONYMS, isHealthWord } from "./healthTerms";

/**
 * People's names, FR and EN. A run of capitalised words is a name when a cue says so — an honorific
 * (« M. », « Mme », "Dr", "Mrs"), a greeting (« Bonjour Claire, », "Dear John,"), a signature after a
 * closing formula, a relation (« mon époux M. X »), a label (« Assuré : », "Name:", « De : »), a table
 * column headed « Nom », « Prénom », "Name"…, or a name the caller knows (Outlook sender and
 * recipients) — or when it starts with a first name from the name dataset (`content/privacy/names.json`,
 * from @faker-js/faker's locale data) followed by a surname. Words that are places, months,
 * institutions, departments, products or job titles (`content/privacy/not-names.json`) never count
 * as a name by themselves, so business text stays clean.
 *
 * One pass over the words, each decision looking at a bounded number of neighbours: linear.
 */

let firstNames: ReadonlySet<string> | null = null;
let lastNames: ReadonlySet<string> | null = null;
/** Surnames that are also common words ("Price", « Blanc »): no help beside a word no list holds. */
let lastCommon: ReadonlySet<string> | null = null;
let stopWords: ReadonlySet<string> | null = null;
/** First names that are also common words in lower case (« rose », « avis », "job"). */
let firstCommon: ReadonlySet<string> | null = null;
/** Chinese, Korean and Vietnamese family names, written first (« Zhang Wei », « Tran Thi Mai »). */
let eastAsian: ReadonlySet<string> | null = null;
let places: ReadonlySet<string> | null = null;
let ambiguous: ReadonlySet<string> | null = null;
/** Common French and English words (spell-check dictionaries): "field", "eve", « marché ». */
let commonWords: ReadonlySet<string> | null = null;
/** Towns (`content/privacy/places.json`): places when the text says so, people otherwise. */
let towns: ReadonlySet<string> | null = null;
/** Stop words, honorifics, greetings and labels together: one lookup per word. */
let notNameWords: ReadonlySet<string> | null = null;
/** Nationalities and languages (`content/privacy/not-names.json`): never a name no list holds. */
let nationalities: ReadonlySet<string> | null = null;
/** Words of company names no other list holds (`content/privacy/not-names.json`): « Capgemini », "Deloitte". */
let firms: ReadonlySet<string> | null = null;
/** Months, days and feasts (`content/privacy/not-names.json`). */
let calendarWords: ReadonlySet<string> | null = null;
/** Job titles (`content/privacy/not-names.json`): « responsable », "manager". */
let jobTitles: ReadonlySet<string> | null = null;

/** Built on first use: the pane pays for the name sets only when it first screens a text. */
function loadSets(): void {
  if (firstNames) return;
  const fold = (list: readonly string[]) => new Set(list.map((w) => foldAccents(w)));
  const nameData = guardNames();
  firstNames = fold(nameData.first.split("|"));
  lastNames = fold(nameData.last.split("|"));
  lastCommon = fold(nameData.lastCommon.split("|"));
  firstCommon = fold(nameData.firstCommon.split("|"));
  eastAsian = fold(nameData.eastAsianSurnames.split("|"));
  commonWords = new Set(nameData.commonWords.split("|"));
  places = fold(notNames.places);
  ambiguous = fold(notNames.common_words_that_are_first_names);
  towns = fold(placeData.towns.split("|"));
  nationalities = fold(notNames.nationalities_and_languages);
  firms = new Set(notNames.firms);
  jobTitles = fold(notNames.job_titles);
  calendarWords = fold(notNames.months_and_days);
  stopWords = fold([
    ...notNames.months_and_days,
    ...notNames.function_words,
    ...notNames.roles,
    ...notNames.organisation,
    ...notNames.job_titles,
    ...notNames.products,
  ]);
  notNameWords = new Set([...stopWords, ...HONORIFICS, ...GREETINGS, ...LABELS, ...LIST_LABELS]);
}

const HONORIFICS = new Set([
  "m",
  "mm",
  "mme",
  "mmes",
  "mlle",
  "mlles",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "docteur",
  "doctor",
  "pr",
  "prof",
  "professeur",
  "professor",
  "me",
  "maitre",
  "monsieur",
  "madame",
  "mademoiselle",
  "mesdames",
  "messieurs",
  "sir",
  "lady",
]);
/** Honorifics that are also ordinary words: they count only written with a capital. */
const CAPITAL_ONLY_HONORIFICS = new Set(["m", "me", "pr", "ms", "miss", "sir", "lady"]);

const GREETINGS = new Set([
  "bonjour",
  "bonsoir",
  "salut",
  "coucou",
  "cher",
  "chere",
  "chers",
  "cheres",
  "dear",
  "hi",
  "hello",
  "hey",
  "morning",
  "afternoon",
  "evening",
  "merci",
  "thanks",
  "hiya",
  "bjr",
]);

/** Words that, before a colon, introduce a person (« Assuré : Claire Fontaine », "From: John Smith"). */
const LABELS = new Set([
  "nom",
  "prenom",
  "prenoms",
  "assure",
  "assuree",
  "adherent",
  "adherente",
  "patient",
  "patiente",
  "beneficiaire",
  "name",
  "surname",
  "contact",
  "interlocuteur",
  "interlocutrice",
  "demandeur",
  "demandeuse",
  "de",
  "from",
  "to",
  "a",
  "cc",
  "signe",
  "signed",
  "auteur",
  "author",
  "par",
  "by",
  "conjoint",
  "conjointe",
  "souscripteur",
  "titulaire",
  "member",
  "insured",
  "beneficiary",
]);

/** Relations: the name that follows is the relative's (« mon époux M. Martin », "my wife Sarah"). */
const RELATION_HEADS = new Set([
  "mon",
  "ma",
  "son",
  "sa",
  "leur",
  "notre",
  "votre",
  "my",
  "his",
  "her",
  "their",
  "our",
  // "ring the daughter, Kasia", « la fille, Inès »: the relative named after a comma or directly.
  "the",
  "la",
  "le",
]);
const RELATIVES = new Set([
  "epoux",
  "epouse",
  "mari",
  "femme",
  "fille",
  "fils",
  "mere",
  "pere",
  "conjoint",
  "conjointe",
  "compagnon",
  "compagne",
  "frere",
  "soeur",
  "enfant",
  "beneficiaire",
  "husband",
  "wife",
  "son",
  "daughter",
  "partner",
  "mother",
  "father",
  "brother",
  "sister",
  "child",
  "spouse",
]);

/** Words before a colon that introduce a list of people (« Présents : Claire Fontaine, Marc Lefort »). */
const LIST_LABELS = new Set([
  "presents",
  "presentes",
  "absents",
  "excuses",
  "participants",
  "participantes",
  "invites",
  "destinataires",
  "copie",
  "attendees",
  "participants",
  "apologies",
  "present",
  "absent",
  "recipients",
  "cc",
  "cci",
  "bcc",
]);

/** Two words before a name that make it one (« le dossier de X », "on behalf of X"). */
const CUE_PHRASES = new Set([
  "dossier de",
  "part de",
  "nom de",
  "compte de",
  "appel de",
  "mail de",
  "courriel de",
  "courrier de",
  "message de",
  "lettre de",
  "reclamation de",
  "signe par",
  "envoye par",
  "transmis par",
  "redige par",
  "ecrit par",
  "suivi par",
  "behalf of",
  "file of",
  "call from",
  "mail from",
  "e-mail from",
  "email from",
  "letter from",
  "message from",
  "complaint from",
  "signed by",
  "sent by",
  "written by",
  "referred by",
  // Talking with someone: « parlé avec Aoife Byrne », "spoke to Aoife Byrne".
  "parle avec",
  "parle a",
  "echange avec",
  "entretien avec",
  "rendez-vous avec",
  "rdv avec",
  "spoke to",
  "spoke with",
  "talked to",
  "talked with",
  "met with",
  "meeting with",
  // Seeing a matter with someone: « vois avec Serkan », "check with Priya".
  "voir avec",
  "vois avec",
  "voyez avec",
  "vu avec",
  "verifier avec",
  "verifie avec",
  "check with",
  "checked with",
  // Whose file, named right after it: « le dossier Mendy ».
  "le dossier",
  "du dossier",
]);

/**
 * Asking for a reply or a call to someone, just before the name (« répondre à Aoife Murphy »,
 * "reply to Aoife Murphy", « rappeler Nadia Kaci »): two words or one. Unlike the phrases above,
 * one word after them is enough, unless it is a town, a place or an acronym.
 */
const CONTACT_PHRASES = new Set([
  "reply to",
  "replied to",
  "respond to",
  "write to",
  "wrote to",
  "forward to",
  "forwarded to",
  "this to",
  "sent to",
  "back to",
  "repondre a",
  "reponse a",
  "ecrire a",
  "transmettre a",
  "envoyer a",
  "relance a",
]);
const CONTACT_LAST_WORDS = new Set([...CONTACT_PHRASES].map((p) => p.slice(p.lastIndexOf(" ") + 1)));
const CONTACT_VERBS = new Set([
  "rappeler",
  "relancer",
  "contacter",
  "recontacter",
  "appeler",
  "prevenir",
  "joindre",
  "ask",
  "tell",
  "ping",
  "email",
  "e-mail",
  "phone",
  "ring",
  "forwarding",
]);

/**
 * A verb of contact after the name: « Rhys Pritchard a rappelé », "Dermot Fitzgerald phoned this
 * morning", « Marie nous a écrit ». Read on the folded text right after the run.
 */
const CONTACT_AFTER =
  /[ \u00a0](?:(?:a|nous a|m'a|lui a|vous a|t'a) (?:appele|telephone|ecrit|rappele|envoye|signale|laisse un|contacte|relance|joint)|(?:has |had |just |also )?(?:called|phoned|rang|wrote|emailed|e-mailed|texted|contacted|complained|left a))(?![a-z])/y;

/** What follows the author's name in a quoted reply's header, up to the colon. */
const QUOTE_AFTER =
  /[ \u00a0]?(?:[<(][^<>()\s]{1,100}[>)][ \u00a0]?)?(?:a ecrit|wrote|a ecrit le message suivant)[ \u00a0]?:/y;

/** What « et » or "and" join to a name in a firm's name: « Martin et Fils », "Smith and Sons". */
const FIRM_TAILS = new Set([
  "fils",
  "cie",
  "compagnie",
  "associes",
  "associees",
  "freres",
  "soeurs",
  "sons",
  "co",
  "partners",
  "brothers",
  "daughters",
]);

/** The run at [k, last] follows « et » or "and" and reads as a person, not a town nor an acronym. */
function afterAnd(text: string, words: readonly Word[], k: number, last: number): boolean {
  const and = words[k - 1] as Word;
  const first = words[k] as Word;
  if (!CONJUNCTIONS.has(and.folded) || !joined(text, and, first) || !joined(text, words[k - 2] as Word, and))
    return false;
  if (isTown(first) || (first.allCaps && !surnameInCapitals(first)) || FIRM_TAILS.has(first.folded))
    return false;
  return contactName(text, words, k, last) && !firmOrCount(text, first.start, (words[last] as Word).end);
}

/** The text at `pos` starts its line, after spaces at most. */
function lineStartsAt(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || text[i] === "\n";
}

/** Subjects of a verb of contact that are not people's names. */
const NOT_CONTACT_SUBJECTS = new Set([
  "someone",
  "somebody",
  "nobody",
  "everyone",
  "everybody",
  "anyone",
  "anybody",
  "caller",
  "who",
  "i",
  "you",
  "it",
  "this",
  "that",
  "quelqu'un",
  "personne",
  "je",
  "tu",
  "nous",
  "vous",
  "ils",
  "elles",
  "cela",
  "ca",
]);

/** The last words of the cue phrases, looked up before the phrase is built. */
const CUE_LAST_WORDS = new Set([...CUE_PHRASES].map((p) => p.slice(p.lastIndexOf(" ") + 1)));

/** A person's role right before their name: « l'adhérent Hoang », « la patiente Mme X », "our member, Thabo Nkosi". */
const ROLE_CUES = new Set([
  "adherent",
  "adherente",
  "assure",
  "assuree",
  "patient",
  "patiente",
  "beneficiaire",
  "souscripteur",
  "souscriptrice",
  "conjoint",
  "conjointe",
  "soussigne",
  "soussignee",
  "member",
  "insured",
  "policyholder",
  "claimant",
]);

/** Closing formulas after which a line holding only a name is a signature. */
const CLOSINGS = [
  "cordialement",
  "bien a vous",
  "bien a toi",
  "a bientot",
  "salutations",
  "salutations distinguees",
  "sentiments distingues",
  "bonne journee",
  "belle journee",
  "bonne fin de journee",
  "bonne soiree",
  "merci",
  "merci d'avance",
  "merci beaucoup",
  "regards",
  "best",
  "thanks",
  "thank you",
  "many thanks",
  "sincerely",
  "faithfully",
  "cheers",
  "bises",
  "amities",
  "bisous",
  "a plus",
  "a+",
  "ta",
  "thx",
  "best wishes",
  "warm wishes",
  "take care",
  "speak soon",
  "thanks so much",
  "thanks again",
  "with thanks",
  "merci encore",
  "merci a vous",
];

const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "le",
  "la",
  "van",
  "von",
  "der",
  "den",
  "di",
  "da",
  "del",
  "della",
  "dos",
  "das",
  "los",
  "las",
  "ben",
  "el",
  "al",
  "ibn",
  "bin",
  // Irish and Welsh: « Ó Briain », « Ní Bhriain », « Nic Aodha », « ap Gruffudd ».
  "o",
  "ni",
  "nic",
  "ui",
  "ap",
]);

const MAX_PARTICLE_LENGTH = Math.max(...[...PARTICLES].map((p) => p.length));

/** Name headers that may head a column of things as well as of people. */
const GENERIC_NAME_HEADERS = new Set(["nom", "name", "nom complet", "full name"]);
/** Headers of columns that describe things, not people: a table holding one lists products. */
const THING_HEADERS = new Set([
  "dosage",
  "dose",
  "strength",
  "laboratoire",
  "laboratory",
  "fabricant",
  "manufacturer",
  "marque",
  "brand",
  "conditionnement",
  "pack",
  "pack size",
  "forme",
  "form",
  "categorie",
  "category",
  "prix",
  "price",
  "prix unitaire",
  "unit price",
  "reference",
  "sku",
  "stock",
  "quantite",
  "quantity",
  "version",
  "editeur",
  "publisher",
]);

/** Column headers of tables whose cells are people's names. */
const NAME_HEADERS = new Set([
  "nom",
  "prenom",
  "nom de famille",
  "nom prenom",
  "nom et prenom",
  "nom et prenoms",
  "prenom nom",
  "nom complet",
  "nom de naissance",
  "nom d'usage",
  "nom usuel",
  "assure",
  "assuree",
  "assure(e)",
  "nom de l'assure",
  "adherent",
  "adherente",
  "adherent(e)",
  "nom de l'adherent",
  "beneficiaire",
  "patient",
  "patiente",
  "conjoint",
  "souscripteur",
  "titulaire",
  "salarie",
  "salariee",
  "collaborateur",
  "collaboratrice",
  "demandeur",
  "medecin",
  "medecin traitant",
  "name",
  "first name",
  "last name",
  "surname",
  "given name",
  "full name",
  "member",
  "member name",
  "insured",
  "beneficiary",
  "employee",
  "contact",
  "interlocuteur",
  "interlocutrice",
  "membre",
  "nom/prenom",
  "prenom/nom",
  "nom du beneficiaire",
  "nom du patient",
  "gestionnaire",
  "conseiller",
  "conseillere",
  "forename",
  "forenames",
  "first names",
  "given names",
  "family name",
  "policyholder",
  "policy holder",
  "insured name",
  "customer",
  "customer name",
  "client",
  "client name",
  "employee name",
  "patient name",
  "contact name",
  "claimant",
  "applicant",
]);

/** A word of the text; its folded form is cut from the folded text only when a rule asks for it. */
class Word {
  private foldedCache: string | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    /** First letter upper case. */
    readonly capital: boolean,
    /** Two letters or more, all upper case ("DUPONT"). */
    readonly allCaps: boolean,
    private readonly source: string,
    /** « N'Diaye », « D'Ornano », « d'Ornano »: an elided particle before a capital is part of a surname. */
    readonly elidedName = false,
    /** Written with an English possessive ("Conor's"): `end` stops before the apostrophe. */
    readonly possessive = false,
    /** An Irish or Scottish surname by its shape: « O'Connell », « McGrath », « MacLeod ». */
    readonly gaelic = false,
    /** A capital right after a lower-case letter ("DevOps", "GitHub"): a brand's shape. */
    readonly innerCapital = false,
    /** Three letters at most, one with a Vietnamese mark no French or English word bears: « Lê », « Vũ ». */
    readonly vietnameseMark = false,
  ) {}

  /** The folded first letter's code, read without cutting the word out of the text. */
  get firstFoldedCode(): number {
    return this.source.charCodeAt(this.start);
  }

  /** Accent-folded lower case, with typographic apostrophes made straight. */
  get folded(): string {
    if (this.foldedCache === undefined) {
      const value = this.source.slice(this.start, this.end);
      this.foldedCache = value.includes("’") ? value.replace(/’/g, "'") : value;
    }
    return this.foldedCache;
  }
}

const LETTER = /\p{L}|\p{M}/u;

/** A letter, ASCII tested first: this runs for every character of the text. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code >= 0xc0 && LETTER.test(text[i] as string);
}

function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 65 && code <= 90;
  const ch = text[i] as string;
  return ch !== ch.toLowerCase();
}

/** The words of the text (letters, joined inside by one apostrophe or hyphen), in one scan. */
function readWords(text: string, folded: string): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let hasInnerMark = false;
    for (;;) {
      while (i < n && isLetterAt(text, i)) i++;
      const c = text.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019 || c === 0x2d) && i + 1 < n && isLetterAt(text, i + 1)) {
        hasInnerMark = true;
        i++;
        continue;
      }
      break;
    }
    const code = text.charCodeAt(start);
    const second = text.charCodeAt(start + 1);
    const elidedName =
      hasInnerMark &&
      (second === 0x27 || second === 0x2019) &&
      (code === 0x44 || code === 0x4e || code === 0x64 || code === 0x6e) &&
      isUpperAt(text, start + 2);
    const capital =
      elidedName ||
      (code < 0x80 ? code >= 65 && code <= 90 : text[start] !== (text[start] as string).toLowerCase());
    let allCaps = false;
    if (capital && i - start >= 2) {
      allCaps = true;
      let letters = 0;
      for (let j = start; j < i && allCaps; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x27 || c === 0x2019 || c === 0x2d) continue;
        letters++;
        if (c < 0x80) allCaps = c >= 65 && c <= 90;
        else allCaps = (text[j] as string) === (text[j] as string).toUpperCase();
      }
      allCaps &&= letters >= 2;
    }
    // An English possessive ("Conor's sick leave", "Ms Byrne’s claim") ends the name before the apostrophe.
    const possessive =
      hasInnerMark &&
      i - start > 3 &&
      (text.charCodeAt(i - 1) === 0x73 || text.charCodeAt(i - 1) === 0x53) &&
      (text.charCodeAt(i - 2) === 0x27 || text.charCodeAt(i - 2) === 0x2019);
    const end = possessive ? i - 2 : i;
    const gaelic = capital && !allCaps && end - start >= 4 && gaelicSurname(text, start);
    let innerCapital = false;
    if (capital && !allCaps) {
      for (let j = start + 1; j < end && !innerCapital; j++) {
        const c = text.charCodeAt(j - 1);
        innerCapital = c < 0x80 ? c >= 97 && c <= 122 && isUpperAt(text, j) : false;
      }
    }
    const vietnameseMark =
      capital &&
      end - start <= 3 &&
      text.charCodeAt(start + 1) >= 0x80 &&
      VIETNAMESE_MARKS.test(text.slice(start, end));
    words.push(
      new Word(
        start,
        end,
        capital,
        allCaps,
        folded,
        elidedName,
        possessive,
        gaelic,
        innerCapital,
        vietnameseMark,
      ),
    );
  }
  return words;
}

/** « O'Connell », « O’Brien », « McGrath », « MacLeod »: a capital after the prefix. */
function gaelicSurname(text: string, start: number): boolean {
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  if (c0 === 0x4f) return (c1 === 0x27 || c1 === 0x2019) && isUpperAt(text, start + 2);
  if (c0 !== 0x4d || (c1 !== 0x61 /* a */ && c1 !== 0x63) /* c */) return false;
  if (c1 === 0x63) return isUpperAt(text, start + 2);
  return text.charCodeAt(start + 2) === 0x63 && isUpperAt(text, start + 3);
}

/** Characters between two words are one space (a name's words are written together). */
function joined(text: string, a: Word, b: Word): boolean {
  if (b.start - a.end !== 1) return false;
  const c = text.charCodeAt(a.end);
  return c === 0x20 || c === 0xa0;
}

/** Diacritics of Vietnamese names that no French or English short word bears: « Lê », « Vũ », « Đỗ ». */
const VIETNAMESE_MARKS = /[êôâăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹý]/i;

function isStop(word: Word): boolean {
  const f = word.folded;
  return (
    ((notNameWords as ReadonlySet<string>).has(f) &&
      // « Dr Lê » is no « le »: a short word with a Vietnamese mark is a name's.
      !word.vietnameseMark) ||
    // « L’équipe », « D’autres »: an elided article starts a phrase, not a name (« N'Diaye » does).
    (!word.elidedName && f.includes("'") && /^(l|d|qu|j|n|s|c)'/.test(f))
  );
}

/** An upper-case particle inside a surname in capitals (« LE GOFF », « DE VILLIERS »). */
function capitalParticle(text: string, words: readonly Word[], k: number): boolean {
  const word = words[k] as Word;
  const next = words[k + 1];
  return (
    word.allCaps &&
    PARTICLES.has(word.folded) &&
    !!next &&
    next.allCaps &&
    joined(text, word, next) &&
    !isStop(next)
  );
}

function isPlace(word: Word): boolean {
  return (places as ReadonlySet<string>).has(word.folded) || /^(saint|sainte|st|ste)-/.test(word.folded);
}

/** A word that can stand in a name: capitalised and not a business, place or calendar word. */
function nameish(word: Word): boolean {
  // One letter is an initial or a placeholder (« Mme X »), not a name by itself.
  return word.capital && word.end - word.start >= 2 && !isStop(word) && !isPlace(word);
}

function partsIn(set: ReadonlySet<string>, word: Word): boolean {
  if (set.has(word.folded)) return true;
  // Compound first names: "Jean-Pierre", "Marie-Claire".
  if (!word.folded.includes("-")) return false;
  return word.folded.split("-").every((p) => set.has(p));
}

function isFirstName(word: Word): boolean {
  return partsIn(firstNames as ReadonlySet<string>, word);
}

function isLastName(word: Word): boolean {
  return word.gaelic || partsIn(lastNames as ReadonlySet<string>, word);
}

/** A surname of the dataset that is not also a common word ("Price", « Blanc »), or a Gaelic one. */
function isPlainLastName(word: Word): boolean {
  return word.gaelic || (isLastName(word) && !(lastCommon as ReadonlySet<string>).has(word.folded));
}

/** The word begins a sentence or a line: its capital says nothing. */
function sentenceStart(text: string, word: Word): boolean {
  let i = word.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0 || text[i] === "\t")) i--;
  if (i < 0) return true;
  return '.!?\n\r•*>-–—«"“('.includes(text[i] as string);
}

/** A capital letter and a dot before a name-like word: « J. Dupont » (not the honorific « M. »). */
function isInitial(text: string, words: readonly Word[], k: number): boolean {
  const word = words[k] as Word;
  const next = words[k + 1];
  return (
    word.capital &&
    word.end - word.start === 1 &&
    (word.folded !== "m" || compoundInitialTail(text, word)) &&
    text[word.end] === "." &&
    !!next &&
    next.start - word.end <= 2 &&
    text[word.end + 1] === " " &&
    nameish(next)
  );
}

/**
 * An initial then one or two particles before a name-like word: « C. Le Bihan », « J. de La Fontaine »,
 * "D. van der Berg". Returns how many particles, 0 when the shape is not there.
 */
function particlesAfterInitial(text: string, words: readonly Word[], k: number): number {
  const word = words[k] as Word;
  if (!word.capital || word.end - word.start !== 1) return 0;
  if (word.folded === "m" && !compoundInitialTail(text, word)) return 0;
  if (text[word.end] !== "." || text[word.end + 1] !== " ") return 0;
  const first = words[k + 1];
  if (!first || first.start !== word.end + 2 || !PARTICLES.has(first.folded)) return 0;
  let j = k + 1;
  while (
    j - k <= 2 &&
    PARTICLES.has((words[j] as Word).folded) &&
    words[j + 1] &&
    joined(text, words[j] as Word, words[j + 1] as Word)
  )
    j++;
  const name = words[j] as Word;
  return j > k + 1 && !PARTICLES.has(name.folded) && nameish(name) && name.end - name.start >= 3
    ? j - k - 1
    : 0;
}

/** The letter ends a compound initial: the « M » of « A.-M. Ndiaye », not the honorific « M. ». */
function compoundInitialTail(text: string, word: Word): boolean {
  return (
    word.start >= 3 && text.slice(word.start - 2, word.start) === ".-" && isUpperAt(text, word.start - 3)
  );
}

/** One syllable of Mandarin pinyin, Korean or Vietnamese written without tones or diacritics. */
const SYLLABLE =
  "(?:zh|ch|sh|ng|nh|ph|th|tr|kh|gi|qu|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(?:ng|nh|ch|[nmptkc])?";
/** A Chinese given name (« Wei », « Xiaoming ») or a Vietnamese one (« Mai », « Thanh »): one or two syllables. */
const EAST_ASIAN_GIVEN = new RegExp(`^(?:${SYLLABLE}){1,2}$`);
/** A Korean given name: two syllables joined by a hyphen (« Seo-yeon », "Ji-hoon"). */
const KOREAN_GIVEN = new RegExp(`^${SYLLABLE}-${SYLLABLE}$`);
/** Vietnamese middle names, written second (« Tran Thi Mai », « Nguyen Van Long »). */
const VIETNAMESE_MIDDLE = new Set([
  "thi",
  "van",
  "duc",
  "huu",
  "ngoc",
  "minh",
  "thanh",
  "quang",
  "xuan",
  "kim",
  "dinh",
  "cong",
  "hong",
  "bao",
  "gia",
  "hoang",
  "thu",
  "quoc",
  "trong",
  "anh",
]);
/**
 * Family names that are also French or English words (« Le », "He", "Do", "Sun", "Song"): they start
 * a name only before a Vietnamese middle name or a Korean given name.
 */
const EAST_ASIAN_COMMON = new Set([
  "le",
  "he",
  "ma",
  "ho",
  "do",
  "ha",
  "ta",
  "oh",
  "im",
  "ko",
  "jo",
  "ye",
  "sun",
  "song",
  "han",
  "pan",
  "moon",
  "son",
  "nam",
  "tan",
  "fang",
  "tang",
  "ding",
  "kong",
  "lam",
  "long",
  "chang",
  "park",
  "lee",
  "kim",
  "shin",
  "hong",
  "jin",
  "ly",
]);

/** A word that can follow an East Asian family name: capitalised, and no common, place or business word. */
function eastAsianPart(text: string, words: readonly Word[], i: number, month = false): boolean {
  const word = words[i];
  const previous = words[i - 1];
  if (!word || !previous || !word.capital || word.allCaps || !joined(text, previous, word)) return false;
  const f = word.folded;
  if (f.length > 9 || NAMED_AFTER.has(f) || NAMED_PLACES.has(f) || isTown(word) || isPlace(word))
    return false;
  // « Tran Thi Mai »: a month or a word of the calendar ends a Vietnamese name, read as a given name.
  if ((stopWords as ReadonlySet<string>).has(f) && !(month && VIETNAMESE_GIVEN_ALSO_WORDS.has(f)))
    return false;
  return !(ambiguous as ReadonlySet<string>).has(f) || (month && VIETNAMESE_GIVEN_ALSO_WORDS.has(f));
}
/** Vietnamese given names that are also calendar or common words in French or English (« Mai », "May"). */
const VIETNAMESE_GIVEN_ALSO_WORDS = new Set(["mai", "lan", "hoa", "my", "an"]);

/**
 * The last word of an East Asian name starting at `k`, or -1: a family name of the list followed by a
 * given name of that shape — Chinese (« Zhang Wei »), Korean (« Park Seo-yeon »), Vietnamese (« Tran
 * Thi Mai », « Vo Thanh Hai ») — or a Korean given name followed by a family name ("Ji-hoon Park").
 */
function eastAsianName(text: string, words: readonly Word[], k: number): number {
  const word = words[k] as Word;
  const f = word.folded;
  const set = eastAsian as ReadonlySet<string>;
  const next = words[k + 1];
  if (f.includes("-")) {
    // "Ji-hoon Park", « Min-jun Kim ».
    // "Park" is read as a family name here, not as a park.
    const after = words[k + 2];
    return KOREAN_GIVEN.test(f) &&
      next &&
      set.has(next.folded) &&
      next.capital &&
      !next.allCaps &&
      joined(text, word, next) &&
      !firstOrPlaceBefore(words, k) &&
      !(after && joined(text, next, after) && after.capital)
      ? k + 1
      : -1;
  }
  if (!set.has(f) || !next || !eastAsianPart(text, words, k + 1, true)) return -1;
  const n = next.folded;
  if (NAMED_PLACES.has(withoutElision(words[k - 1]?.folded ?? ""))) return -1;
  // Vietnamese: a middle name, then one or two given names.
  if (
    VIETNAMESE_MIDDLE.has(n) &&
    eastAsianPart(text, words, k + 2, true) &&
    EAST_ASIAN_GIVEN.test((words[k + 2] as Word).folded)
  ) {
    const third = k + 3;
    return eastAsianPart(text, words, third, true) && EAST_ASIAN_GIVEN.test((words[third] as Word).folded)
      ? third
      : k + 2;
  }
  if (KOREAN_GIVEN.test(n)) return k + 1;
  if (EAST_ASIAN_COMMON.has(f) || !EAST_ASIAN_GIVEN.test(n)) return -1;
  // « Vo Thanh Hai », « Pham Minh Chau »: two given names after the family name.
  const after = words[k + 2];
  if (after && eastAsianPart(text, words, k + 2, true) && EAST_ASIAN_GIVEN.test(after.folded)) return k + 2;
  // A word after it that no name has ("Sun Life", « Wang Computers ») would have been read above.
  return after && joined(text, next, after) && after.capital ? -1 : k + 1;
}

/** A name's word in the dataset or a place just before: "Ji-hoon" is then part of another run. */
function firstOrPlaceBefore(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  return !!before && NAMED_PLACES.has(withoutElision(before.folded));
}

/** Words after which « X. Word » is an initial and a surname, not a sentence's end (« par A. Benali »). */
const BEFORE_INITIAL = new Set([
  "par",
  "a",
  "de",
  "avec",
  "et",
  "ou",
  "pour",
  "selon",
  "chez",
  "cc",
  "by",
  "to",
  "with",
  "from",
  "and",
  "or",
  "for",
  "of",
  "per",
  "merci",
  "thanks",
  "dear",
  "bonjour",
  "hi",
]);

/**
 * An initial before a surname no list holds (« K. Singh », "R. Patel and M. Chowdhury"): the word
 * reads as a surname (not a common, place or institution word, not an acronym), and the initial is
 * not the end of a sentence (« vitamine D. Pensez ») nor an outline's letter (« A. Contexte »).
 */
function initialThenSurname(
  text: string,
  words: readonly Word[],
  k: number,
  next: number,
  last: number,
): boolean {
  const word = words[next] as Word;
  if (word.end - word.start < 3 || !givenNameShapeOrSurname(word) || isTown(word)) return false;
  if (word.allCaps && !surnameInCapitals(word)) return false;
  if (last > next) return false;
  const initial = words[k] as Word;
  const before = words[k - 1];
  if (!sentenceStart(text, initial))
    return (
      (!!before && BEFORE_INITIAL.has(before.folded) && before.end === initial.start - 1) ||
      // In a list or after a label: « Présents : C. Le Bihan, K. Traoré », "Attendees: S. Mukherjee (chair)".
      (listedAt(text, initial.start) && !isCommonWord(word.folded))
    );
  // At a line's start: an outline when a line around starts with the letter before or after.
  const letter = text.charCodeAt(initial.start);
  let lineStart = initial.start;
  while (lineStart > 0 && text[lineStart - 1] !== "\n" && initial.start - lineStart < 4) lineStart--;
  if (lineStart === 0 || text[lineStart - 1] === "\n") {
    const nearby = text.slice(Math.max(0, lineStart - 200), Math.min(text.length, initial.end + 200));
    for (const neighbour of [letter - 1, letter + 1]) {
      if (
        nearby.includes(`\n${String.fromCharCode(neighbour)}. `) ||
        nearby.startsWith(`${String.fromCharCode(neighbour)}. `)
      )
        return false;
    }
  }
  const after = words[next + 1];
  // "K. Singh has…": a surname is followed by lower case or punctuation, not by another sentence.
  return !after || !after.capital || after.start - word.end > 1;
}

/** The text before `at` (spaces skipped) ends a label or a list item: « : », « , », « ; », « / ». */
function listedAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0" || text[i] === "\t")) i--;
  return i >= 0 && ":,;/".includes(text[i] as string);
}

/** A capitalised word that may be a given name or a surname: not a business, place or institution word. */
function givenNameShapeOrSurname(word: Word): boolean {
  return nameish(word) && !NAMED_PLACES.has(word.folded) && !NAMED_AFTER.has(word.folded);
}

const HONORIFIC_INITIALS = new Set([...HONORIFICS].map((h) => h.charCodeAt(0)));

/** Cheap test before a word is folded: honorifics are short and start with few letters. */
function mayBeHonorific(word: Word | undefined): boolean {
  return !!word && word.end - word.start <= 12 && HONORIFIC_INITIALS.has(word.firstFoldedCode);
}

function honorificAt(text: string, words: readonly Word[], k: number): boolean {
  const word = words[k];
  if (!word || !HONORIFICS.has(word.folded)) return false;
  if (CAPITAL_ONLY_HONORIFICS.has(word.folded) && !word.capital) return false;
  // « MERCI DE ME RÉPONDRE »: in capitals, « ME » and "MS" are words; « M. » keeps its dot.
  if (CAPITAL_ONLY_HONORIFICS.has(word.folded) && word.allCaps && word.end - word.start > 1) return false;
  // "M" alone is an honorific only as "M." ("M Dupont" reads as an initial).
  if (word.folded === "m") return text[word.end] === "." && !compoundInitialTail(text, word);
  return true;
}

export interface NameOptions {
  /** People the caller knows about (Outlook sender and recipients): their words are names wherever they appear. */
  knownNames?: readonly string[];
}

function knownWords(knownNames: readonly string[] | undefined): Set<string> {
  const known = new Set<string>();
  for (const name of knownNames ?? []) {
    for (const part of foldAccents(name).split(/[^\p{L}'’-]+/u)) {
      if (part.length >= 2 && !PARTICLES.has(part)) known.add(part);
    }
  }
  return known;
}

/** The folded line that ends just before `pos`, and whether the text between is only a line break. */
function previousLine(folded: string, pos: number, blankLinesLeft = 1): string {
  let end = pos;
  while (end > 0 && pos - end < 200 && " \t\u00a0".includes(folded[end - 1] as string)) end--;
  if (end === 0 || folded[end - 1] !== "\n") return "";
  end--;
  if (end > 0 && folded[end - 1] === "\r") end--;
  // Skip one blank line at most.
  let lineStart = end;
  while (lineStart > 0 && folded[lineStart - 1] !== "\n" && end - lineStart < 200) lineStart--;
  let line = folded.slice(lineStart, end).trim();
  if (line === "" && lineStart > 0 && blankLinesLeft > 0)
    return previousLine(folded, lineStart, blankLinesLeft - 1);
  line = line.replace(/[\s,.!;:]+$/u, "");
  return line;
}

function endsWithClosing(line: string): boolean {
  if (line.length === 0 || line.length > 160) return false;
  return CLOSINGS.some(
    (closing) =>
      line === closing ||
      line.endsWith(` ${closing}`) ||
      line.endsWith(`'${closing}`) ||
      line.endsWith(`\n${closing}`),
  );
}

/** The run [from, to] fills its line (nothing but spaces before and after it on the line). */
function fillsLine(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && " \t".includes(text[i] as string)) i--;
  if (i >= 0 && text[i] !== "\n") return false;
  let j = end;
  while (j < text.length && " \t,".includes(text[j] as string)) j++;
  return j >= text.length || text[j] === "\n" || text[j] === "\r";
}

/** Appends PERSON_NAME findings for `text`; `folded` is its accent-folded lower-case copy. */
export function detectNames(
  text: string,
  folded: string,
  out: PersonalDataFinding[],
  options: NameOptions = {},
): void {
  loadSets();
  const firstFinding = out.length;
  const known = knownWords(options.knownNames);
  const words = readWords(text, folded);
  /** The last word of the last name found: « Messieurs Lefort et Caradec » reads the second after « et ». */
  let lastNameWord = -1;
  const push = (from: number, to: number) => {
    const a = words[from] as Word;
    const b = words[to] as Word;
    out.push({ type: "PERSON_NAME", start: a.start, end: b.end });
    lastNameWord = to;
  };

  let k = 0;
  while (k < words.length) {
    const word = words[k] as Word;
    // Most words are in lower case and longer than any particle: they start no name.
    if (!word.capital && word.end - word.start > MAX_PARTICLE_LENGTH) {
      k++;
      continue;
    }
    // « Zhang Wei », « Tran Thi Mai », « Park Seo-yeon », "Ji-hoon Park": East Asian names by their shape.
    if (word.capital && !word.allCaps && word.end - word.start <= 8) {
      const eastAsianEnd = eastAsianName(text, words, k);
      if (eastAsianEnd > k) {
        push(k, eastAsianEnd);
        k = eastAsianEnd + 1;
        continue;
      }
    }
    const isKnown = word.capital && known.size > 0 && known.has(word.folded);
    // « M. de Villiers », « Mme Le Bris », « Mme Van der Meersch »: particles after an honorific start the name.
    const particleAfterHonorific =
      word.end - word.start <= MAX_PARTICLE_LENGTH &&
      mayBeHonorific(words[k - 1]) &&
      PARTICLES.has(word.folded) &&
      honorificAt(text, words, k - 1);
    let afterParticles = k;
    if (particleAfterHonorific) {
      while (
        afterParticles - k < 2 &&
        words[afterParticles + 1] &&
        PARTICLES.has((words[afterParticles + 1] as Word).folded) &&
        joined(text, words[afterParticles] as Word, words[afterParticles + 1] as Word)
      )
        afterParticles++;
    }
    const particlesThenName =
      particleAfterHonorific &&
      !!words[afterParticles + 1] &&
      nameish(words[afterParticles + 1] as Word) &&
      joined(text, words[afterParticles] as Word, words[afterParticles + 1] as Word);
    // « J. Dupont », « Dr A. Benali »: an initial before a surname; « C. Le Bihan », « J. de La
    // Fontaine »: before particles and a surname.
    const initialParticles = particlesAfterInitial(text, words, k);
    const initial = initialParticles > 0 || isInitial(text, words, k);
    // « J.-B. Lemoine-Dufresne », « A.-M. Ndiaye »: a compound initial starts at its first letter.
    const spanStart =
      initial &&
      k > 0 &&
      (words[k - 1] as Word).end - (words[k - 1] as Word).start === 1 &&
      (words[k - 1] as Word).capital &&
      text.slice((words[k - 1] as Word).end, word.start) === ".-"
        ? k - 1
        : k;
    // « Mme Saint-Prix », « M. Saint-Just »: after an honorific a saint's compound is a surname, not a place.
    const saintSurname =
      word.capital &&
      !word.allCaps &&
      /^(?:saint|sainte|st|ste)-/.test(word.folded) &&
      mayBeHonorific(words[k - 1]) &&
      honorificAt(text, words, k - 1) &&
      /^\.?[ \u00a0]{1,2}$/.test(text.slice((words[k - 1] as Word).end, word.start));
    if (
      !isKnown &&
      !saintSurname &&
      !nameish(word) &&
      !capitalParticle(text, words, k) &&
      !particlesThenName &&
      !initial
    ) {
      k++;
      continue;
    }
    if (particlesThenName || initial || capitalParticle(text, words, k)) {
      // The run is decided from the word after the particle; the span starts at the particle.
      const next = particlesThenName ? afterParticles + 1 : k + 1 + initialParticles;
      let last = next;
      while (
        last - next < 3 &&
        words[last + 1] &&
        joined(text, words[last] as Word, words[last + 1] as Word) &&
        nameish(words[last + 1] as Word)
      )
        last++;
      const decided = decideRun(text, folded, words, next, last, (words[last] as Word).end, known, spanStart);
      // An initial before a known surname is a name with no other cue.
      if (
        decided >= 0 ||
        (initial &&
          (isLastName(words[next] as Word) || initialThenSurname(text, words, spanStart, next, last)))
      )
        push(spanStart, last);
      k = last + 1;
      continue;
    }
    // The run: capitalised words joined by single spaces, with particles between them ("de La Fontaine").
    let last = k;
    while (last - k < 4) {
      const next = words[last + 1];
      if (
        next &&
        joined(text, words[last] as Word, next) &&
        (nameish(next) || (next.capital && known.has(next.folded)))
      ) {
        last++;
        continue;
      }
      const after = words[last + 2];
      if (
        next &&
        after &&
        PARTICLES.has(next.folded) &&
        joined(text, words[last] as Word, next) &&
        joined(text, next, after) &&
        nameish(after)
      ) {
        last += 2;
        continue;
      }
      // Two particles: « López de la Fuente », « Van der Berg », « Gómez de los Santos ».
      const third = words[last + 3];
      if (
        next &&
        after &&
        third &&
        !next.capital &&
        PARTICLES.has(next.folded) &&
        PARTICLES.has(after.folded) &&
        joined(text, words[last] as Word, next) &&
        joined(text, next, after) &&
        joined(text, after, third) &&
        nameish(third)
      ) {
        last += 3;
        continue;
      }
      break;
    }
    const runEnd = (words[last] as Word).end;
    const decided = decideRun(text, folded, words, k, last, runEnd, known, k);
    if (decided >= 0) {
      // « Jean-Baptiste Noël », « Marie Avril »: a surname that is also a month or a feast, after a
      // given name, ends the name (not « Rappeler Julie Lundi 3 »).
      if (calendarSurnameAfter(text, words, last)) last++;
      // « DUPONT, Jean », "WILLIAMS, Rhiannon": a SURNAME in capitals opening the line, a comma, then
      // the given name, as lists and registers write them.
      const surname = words[decided - 1];
      push(
        decided === k &&
          surname &&
          surname.allCaps &&
          isFirstName(words[decided] as Word) &&
          /^,[ \u00a0]{1,2}$/.test(text.slice(surname.end, (words[decided] as Word).start)) &&
          lineStartsAt(text, surname.start) &&
          surnameInCapitals(surname) &&
          (isLastName(surname) || !isCommonWord(surname.folded))
          ? decided - 1
          : decided,
        last,
      );
    } else if (k >= 2 && lastNameWord === k - 2 && last - k <= 2 && afterAnd(text, words, k, last)) {
      // A second person joined to a name just found: « M. Lefort et Caradec », "Mrs Obi and Adaeze".
      push(k, last);
    }
    k = last + 1;
  }
  detectCapitalsNames(text, words, out, firstFinding);
  detectLowerCaseNames(text, folded, out);
  detectLowerCaseFullNames(text, folded, words, out);
  detectChatSpeakers(text, folded, out);
  detectNameColumns(text, folded, out, firstFinding);
  extendNameColumns(text, folded, out, firstFinding);
  // The text is not kept past its reading.
  headerCache.text = "";
}

/**
 * Cues after which a name is often typed in lower case, in notes and chat (« rappeler nadia », « vu
 * avec karim », "ask john", "talked to b. okafor"), and lower-case honorifics (« mme benhamou »).
 */
const LOWER_CASE_CUE = new RegExp(
  "(?:^|[^a-z'-])(" +
    [
      "rappeler",
      "relancer",
      "appeler",
      "contacter",
      "recontacter",
      "prevenir",
      "previens",
      "previent",
      "joindre",
      "(?:dire|demander|repondre|ecrire|transmettre|envoyer|signaler|parle|relance|passer|reponse) a",
      "(?:voir|vu|vois|verifie|regarde|parle|tel|echange|rdv|rendez-vous|entretien|point|call) avec",
      // Whose file: « le dossier de nadia ».
      "dossier de",
      "(?:tel|appel|mail|message|part) de",
      "ask",
      "tell",
      "ping",
      "call",
      "ring",
      "remind",
      "chase",
      "(?:reply|forward this|forward it|forward|send it|spoke|talked|speak|talk|write) to",
      "(?:spoke|talked|check|checked|lunch|meeting|call) with",
      // Honorifics in lower case, with or without their dot: « mme ba », "dr. patel", « m. benslimane ».
      "(?:mme|mlle|mr|mrs|ms|dr)\\.?|m\\.",
      // A signature in lower case: "regards, tom", « bises, fatou ».
      "(?:regards|cheers|thanks|thx|merci|bises|cordialement|best|ta),",
      // A greeting in chat: « bonjour seydou, », "hi jo,".
      "bonjour|bonsoir|salut|coucou|hello|hi|hey|dear",
      // Introducing oneself: « c'est nadège », "it's hiroshi from the tokyo office".
      "c['’]est|it['’]s|this is|je suis|i['’]m|i am",
      // A relative: "my wife yuki", « sa fille inès ».
      "(?:my|his|her|our|their|ma|mon|sa|son|notre|leur) (?:wife|husband|partner|son|daughter|mum|mom|dad|mother|father|brother|sister|femme|mari|fille|fils|mere|pere|frere|soeur|epouse|epoux|conjoint|conjointe|compagne|compagnon)",
    ].join("|") +
    ")(?:[ \u00a0]{1,2}|\r?\n)(?:([a-z])\\.[ \u00a0]?)?([a-z][a-z'-]{1,30})(?:[ \u00a0]([a-z][a-z'-]{1,30}))?",
  "g",
);
const SELF_CUE = /^(?:c['’]est|it['’]s|this is|je suis|i['’]m|i am)$/;
/** After one introducing oneself, what says the word is their name: "from", « de », « qui », « , la fille ». */
const SELF_AFTER =
  /^(?: from | de | here\b| ici\b| qui |, (?:la|le|les|ta|sa|ma|mon|ton|son|votre|the|your|his|her|my) )/;
const RELATION_CUE = /^(?:my|his|her|our|their|ma|mon|sa|son|notre|leur) /;
/** Cues naming a call or a message from someone (« le mail de pierre ? »). */
const MESSAGE_CUES = new Set(["mail de", "message de", "appel de", "tel de"]);
/** Up to two more particles and a word after a particle: « m. de la tour », « m. el amrani ». */
const LOWER_CASE_PARTICLE_TAIL =
  /(?:[ \u00a0](?:de|la|le|da|do|dos|das|del|della|van|von|der|den|el|al|ben|bin))?[ \u00a0]([a-z][a-z'-]{1,30})/y;
const LOWER_CASE_AND = /(?:,| et| and| ou| or) ([a-z][a-z'-]{1,30})(?![a-z'-])/y;
const MEME_BEFORE = /(?:^|[^a-z])(?:la|le|les|en|de la)[^a-z]?$/;
const MEME_AFTER = new Set([
  "pas",
  "plus",
  "chose",
  "temps",
  "que",
  "pour",
  "sans",
  "jour",
  "endroit",
  "moment",
  "niveau",
  "sorte",
  "type",
  "genre",
  "personne",
  "chez",
  "avec",
  "dans",
  "sur",
  "quand",
  "tous",
  "tout",
  "toutes",
]);
const LOWER_CASE_GREETINGS = new Set(["bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "dear"]);
const LOWER_CASE_HONORIFICS = new Set(["mme", "mlle", "mr", "mrs", "ms", "dr", "m."]);

function lowerCaseWord(text: string, at: number, value: string, minLength = 3): boolean {
  // Written wholly in lower case: « d'Angelo » after « M. » is the capitalised pass's.
  const written = text.slice(at, at + value.length);
  return (
    written === written.toLowerCase() &&
    value.length >= minLength &&
    !(notNameWords as ReadonlySet<string>).has(value)
  );
}

/** A word typed in lower case that reads as a first name: in the lists, and no common word. */
function lowerCaseFirstName(value: string): boolean {
  return (
    (firstNames as ReadonlySet<string>).has(value) &&
    !(firstCommon as ReadonlySet<string>).has(value) &&
    !(ambiguous as ReadonlySet<string>).has(value)
  );
}

/** Where the cue of a `LOWER_CASE_CUE` match starts. */
function cueStart(m: RegExpExecArray): number {
  return m.index + m[0].indexOf(m[1] as string);
}

/** Names typed in lower case after a cue (see `LOWER_CASE_CUE`). */
function detectLowerCaseNames(text: string, folded: string, out: PersonalDataFinding[]): void {
  LOWER_CASE_CUE.lastIndex = 0;
  for (let m = LOWER_CASE_CUE.exec(folded); m; m = LOWER_CASE_CUE.exec(folded)) {
    const written = m[1] as string;
    // « mme. », "dr." are read as « mme », "dr"; « m. » keeps its dot (« m » alone is no honorific).
    const cue = written.length > 2 && written.endsWith(".") ? written.slice(0, -1) : written;
    const initial = m[2];
    const word = m[3] as string;
    const second = m[4];
    const wordStart = m.index + m[0].length - word.length - (second ? second.length + 1 : 0);
    // When the word after the cue is no name, it may itself be a cue (« vu avec mme X »).
    LOWER_CASE_CUE.lastIndex = wordStart - 1;
    const honorific = LOWER_CASE_HONORIFICS.has(cue);
    // A particle after an honorific starts the surname (« m. el amrani », « mme de la tour », « mme
    // da Silva »): the surname is the word after the particles, read by the capitalised pass when
    // it has a capital, here when it is in lower case and no common word.
    if (honorific && PARTICLES.has(word)) {
      LOWER_CASE_PARTICLE_TAIL.lastIndex = wordStart + word.length;
      const tail = LOWER_CASE_PARTICLE_TAIL.exec(folded);
      const surname = tail?.[1];
      if (tail && surname) {
        const surnameStart = wordStart + word.length + tail[0].length - surname.length;
        if (
          !PARTICLES.has(surname) &&
          lowerCaseWord(text, surnameStart, surname) &&
          !isCommonWord(surname) &&
          text.slice(wordStart, surnameStart) === folded.slice(wordStart, surnameStart)
        ) {
          out.push({ type: "PERSON_NAME", start: cueStart(m), end: surnameStart + surname.length });
          LOWER_CASE_CUE.lastIndex = surnameStart + surname.length;
        }
      }
      continue;
    }
    // A verb or a function word is no surname: "with MS is leaving", « la mme a dit ».
    if (
      honorific &&
      (SUBJECT_VERBS.has(word) || COPULAS.has(word) || (stopWords as ReadonlySet<string>).has(word))
    )
      continue;
    const greeting = LOWER_CASE_GREETINGS.has(cue);
    // After an honorific a surname may have two letters (« mme ba », "mr ng"), and so may a first
    // name after a greeting ("hi jo,").
    if (!lowerCaseWord(text, wordStart, word, (honorific && cue !== "m.") || greeting ? 2 : 3)) continue;
    // « la mme chose », « mme pas »: « mme » is also short for « même ».
    if (
      cue === "mme" &&
      (MEME_BEFORE.test(folded.slice(Math.max(0, m.index - 4), m.index + 1)) || MEME_AFTER.has(word))
    )
      continue;
    const surname =
      !(firstCommon as ReadonlySet<string>).has(word) &&
      !(ambiguous as ReadonlySet<string>).has(word) &&
      !(towns as ReadonlySet<string>).has(word) &&
      !(places as ReadonlySet<string>).has(word);
    // « m. » is read as an honorific before a name the lists hold, or before a word of four letters
    // or more that no dictionary holds (« m. benslimane »; not « 3 m. de large », « m. le directeur »).
    const known =
      // « dossier de kiné »: a word of care is no first name after a cue.
      (lowerCaseFirstName(word) && !isHealthWord(word)) ||
      (cue === "m." &&
        ((lastNames as ReadonlySet<string>).has(word) ||
          (surname &&
            word.length >= 4 &&
            !isCommonWord(word) &&
            !/\d[ \u00a0]?$/.test(folded.slice(Math.max(0, cueStart(m) - 2), cueStart(m))))));
    // After an honorific or an initial any word but a common one is a surname; after a verb the word
    // must be a first name the lists hold.
    // After a verb, two words no list nor dictionary holds read as a given name and a surname of an
    // origin the lists miss (« rappeler kouassi yao »), as they do with capitals.
    const cueKind = SELF_CUE.test(cue) ? "self" : RELATION_CUE.test(cue) ? "relation" : "";
    const unknownPair =
      !honorific &&
      !cueKind &&
      // « dossier de dialyse incomplet »: after a file's cue, a known first name only.
      cue !== "dossier de" &&
      !isHealthWord(word) &&
      !initial &&
      !greeting &&
      !cue.endsWith(",") &&
      !!second &&
      // Eight letters at least between them: "ping dev ops" is jargon.
      word.length + second.length >= 8 &&
      lowerCaseUnknown(word) &&
      lowerCaseUnknown(second) &&
      lowerCaseWord(text, wordStart + word.length + 1, second);
    if (unknownPair) {
      const end = wordStart + word.length + 1 + second.length;
      out.push({ type: "PERSON_NAME", start: wordStart, end });
      LOWER_CASE_CUE.lastIndex = end;
      continue;
    }
    const after = text.slice(wordStart + word.length, wordStart + word.length + 8);
    // « je suis », "i'm" come before adjectives too (« je suis dispo »): a name of the lists only.
    const unknownAllowed = cueKind === "relation" || /^(?:c|it)['’]/.test(cue) || cue === "this is";
    // After one introducing oneself or a relative, a word no list nor dictionary holds is a name when
    // the clause goes on as about a person: « c'est nadège, la fille de… », "it's hiroshi from the
    // tokyo office", "my wife yuki got her results".
    const unknownAfterCue =
      unknownAllowed &&
      !isHealthWord(word) &&
      lowerCaseUnknown(word) &&
      (cueKind === "self"
        ? SELF_AFTER.test(text.slice(wordStart + word.length, wordStart + word.length + 12).toLowerCase())
        : /^[ \t]?[,.;)]/.test(after) || PERSON_VERBS.has(second ?? "") || CHAT_VERBS.has(second ?? ""));
    // A first name that is also a word, after the word for a call or a mail and before the sentence
    // ends: « le mail de pierre ? » (not « un appel de marine nationale »).
    const commonAfterMessage =
      MESSAGE_CUES.has(cue) && (firstNames as ReadonlySet<string>).has(word) && /^[ \t]?[?!.,;]/.test(after);
    if (cueKind && !known && !unknownAfterCue) continue;
    if (
      !unknownAfterCue &&
      !commonAfterMessage &&
      (cue === "m." ? !known : honorific || initial ? !surname : !known)
    )
      continue;
    // "ms" is also milliseconds: after it, a word no dictionary holds and no number just before.
    if (
      cue === "ms" &&
      !known &&
      (isCommonWord(word) || /\d[ \u00a0]?$/.test(folded.slice(Math.max(0, cueStart(m) - 2), cueStart(m))))
    )
      continue;
    // After a greeting, the name ends the greeting: « bonjour seydou, », "hi jo!".
    const endsGreeting = (at: number) => /^[ \t]*(?:[,!:]|\r?\n|$)/.test(text.slice(at, at + 3));
    if (
      greeting &&
      !endsGreeting(wordStart + word.length) &&
      !(second && endsGreeting(wordStart + word.length + 1 + second.length))
    )
      continue;
    // After a closing formula, the name ends the line.
    if (
      cue.endsWith(",") &&
      !/^[ \t]*(?:\r?\n|$)/.test(text.slice(wordStart + word.length, wordStart + word.length + 3))
    )
      continue;
    let end: number = wordStart + word.length;
    if (
      second &&
      lowerCaseWord(text, end + 1, second) &&
      ((lastNames as ReadonlySet<string>).has(second) || lowerCaseFirstName(second))
    )
      end += 1 + second.length;
    const start = honorific
      ? cueStart(m)
      : initial
        ? folded.indexOf(`${initial}.`, cueStart(m) + written.length)
        : wordStart;
    out.push({ type: "PERSON_NAME", start, end });
    // « je préviens aurélien et sandrine », "tell ciara and declan": a second first name after « et ».
    LOWER_CASE_AND.lastIndex = end;
    const and = LOWER_CASE_AND.exec(folded);
    const other = and?.[1];
    if (
      other &&
      lowerCaseWord(text, end + and[0].length - other.length, other) &&
      lowerCaseFirstName(other)
    ) {
      end += and[0].length;
      out.push({ type: "PERSON_NAME", start: end - other.length, end });
    }
    // The next match may start at the word after the name.
    LOWER_CASE_CUE.lastIndex = end;
  }
}

/** Verbs after a first name typed in lower case as a clause's subject: « maëlys est en arrêt », "sam is off". */
const SUBJECT_VERBS = new Set(["est", "sera", "etait", "a", "avait", "is", "was", "has", "had", "will"]);

/** A word written wholly in lower case, three letters or more, that no list nor dictionary gives as a word. */
function lowerCaseUnknown(f: string): boolean {
  return (
    f.length >= 3 &&
    !isCommonWord(f) &&
    !(notNameWords as ReadonlySet<string>).has(f) &&
    !(firstCommon as ReadonlySet<string>).has(f) &&
    !(ambiguous as ReadonlySet<string>).has(f) &&
    !(towns as ReadonlySet<string>).has(f) &&
    !(places as ReadonlySet<string>).has(f) &&
    // « s'arrête », « l'équipe »: an elided word is no name.
    !/[0-9'’]/.test(f)
  );
}

function writtenLowerCase(text: string, word: Word): boolean {
  const written = text.slice(word.start, word.end);
  return written === written.toLowerCase();
}

/**
 * Full names typed in lower case with no cue, as in chat: a first name of the lists that is no common
 * word followed by a surname of the lists that is no common word (« ousmane cissé », "hannah
 * fitzgerald's sick pay"); and a first name of the lists opening a clause before a verb (« maëlys
 * est en arrêt », "sam is off sick"). Each decision reads the word and the next one.
 */
function detectLowerCaseFullNames(
  text: string,
  folded: string,
  words: readonly Word[],
  out: PersonalDataFinding[],
): void {
  const keys = (lowerCaseFirstKeys ??= new Set(
    [...(firstNames as ReadonlySet<string>)]
      .filter((f) => lowerCaseFirstName(f) && !isCommonWord(f))
      .map((f) => wordKey(f, 0, f.length)),
  ));
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k] as Word;
    const length = a.end - a.start;
    if (a.capital || length < 2 || length > 20) continue;
    // Most words are no first name: a key of their letters, read in place, rules them out uncut.
    if (!keys.has(wordKey(folded, a.start, a.end))) continue;
    const f = a.folded;
    if (!lowerCaseFirstName(f) || isCommonWord(f) || !writtenLowerCase(text, a)) continue;
    const b = words[k + 1] as Word;
    // A first name that is no word, with a possessive, before a word in lower case: "sam's claim".
    if (a.possessive && length >= 3) {
      if (b.start - a.end === 3 && !b.capital && writtenLowerCase(text, b))
        out.push({ type: "PERSON_NAME", start: a.start, end: a.end });
      continue;
    }
    if (!joined(text, a, b) || b.capital || !writtenLowerCase(text, b)) continue;
    // The surname must be one of the lists: in lower case, a word no dictionary holds is as often an
    // inflected word the frequency lists miss (« déjà envoyée ») as a name.
    const surname =
      length >= 3 &&
      b.end - b.start >= 3 &&
      isPlainLastName(b) &&
      !isCommonWord(b.folded) &&
      !(towns as ReadonlySet<string>).has(b.folded);
    if (surname) {
      out.push({ type: "PERSON_NAME", start: a.start, end: b.end });
      k++;
      continue;
    }
    // The clause's subject: after a line's start, a comma or a sentence's end, before « est », "is".
    if (length >= 3 && SUBJECT_VERBS.has(b.folded) && clauseStart(text, a.start))
      out.push({ type: "PERSON_NAME", start: a.start, end: a.end });
    // …or after a word of chat opening the line (« ok kevin a envoyé », "lol jake finally sent"), before
    // a verb, an adverb between or not.
    else if (length >= 3 && chatSubject(text, words, k))
      out.push({ type: "PERSON_NAME", start: a.start, end: a.end });
  }
}

/**
 * A chat's speakers: a line that opens with one or two words, maybe a time, then a colon and the message
 * (« léa 09:12 : tu as des nouvelles ? », "[10:02] jess: is he in?", « Steph : oui »). Read as a dialogue
 * only when a speaker comes back or the lines carry times, so a form's labels (« Objet : », "Date:", each
 * once and with no time) are left alone; and never a word that labels a field or a message.
 */
const SPEAKER_LINE =
  /^[ \t]*(\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(\p{L}[\p{L}'’-]{1,24}(?:[ \t]\p{L}[\p{L}'’-]{1,24})?)([ \t]+\(?\d{1,2}[:h]\d{2}(?::\d{2})?\)?)?[ \t]*:[ \t]+\S/u;
/** Labels of fields and of messages that a colon follows, which no dialogue makes a person. */
const NOT_SPEAKERS = new Set(
  "objet subject de from a to cc cci bcc date sent envoye envoyee note notes nb ps pj re tr fw fwd avis reponse question q r action actions decision decisions contexte context motif statut status total resume summary remarque remarques info infos rappel important attention urgent priorite priority etape step ordre agenda suite conclusion compte rendu client service equipe team bot assistant moi me vous you nous we".split(
    " ",
  ),
);

function detectChatSpeakers(text: string, folded: string, out: PersonalDataFinding[]): void {
  if (text.indexOf(":") < 0) return;
  const lines: Array<{ start: number; end: number; key: string; timed: boolean }> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const m = SPEAKER_LINE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 80)));
    if (m && m[2] !== undefined) {
      const at =
        lineStart +
        (m.index ?? 0) +
        (m[1]?.length ?? 0) +
        (m[0] as string).slice(m[1]?.length ?? 0).indexOf(m[2]);
      const key = folded.slice(at, at + m[2].length);
      const words = key.split(/[ \t]/);
      const written = m[2];
      // A team or a service speaks in minutes (« Prestations : », « DSI : »), not a person: a word of
      // the dictionaries that no first-name list holds, or an acronym.
      const teamLike =
        words.length === 1 &&
        ((isCommonWord(key) && !(firstNames as ReadonlySet<string>).has(key)) ||
          (written.length <= 4 && written === written.toUpperCase()));
      if (!teamLike && !words.some((w) => NOT_SPEAKERS.has(w)))
        lines.push({
          start: at,
          end: at + m[2].length,
          key,
          timed: m[1] !== undefined || m[3] !== undefined,
        });
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (lines.length < 2) return;
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  const timed = lines.filter((l) => l.timed).length >= 2;
  const repeated = [...counts.values()].some((n) => n >= 2);
  if (counts.size < 2 || !(timed || repeated)) return;
  // What other readings already found, marked once: each line's check is then as long as its label.
  const found = new Uint8Array(text.length);
  for (const f of out) found.fill(1, f.start, f.end);
  for (const l of lines) {
    if (found.subarray(l.start, l.end).includes(1)) continue;
    out.push({ type: "PERSON_NAME", start: l.start, end: l.end });
  }
}

/** Words of chat that open a line before its subject: « ok », "lol", "btw". */
const CHAT_OPENERS = new Set([
  "ok",
  "okay",
  "lol",
  "mdr",
  "btw",
  "fyi",
  "ps",
  "bon",
  "sinon",
  "alors",
  "so",
  "oh",
  "ah",
]);
/** Adverbs between a subject and its verb: "jake finally sent", « karim a enfin envoyé ». */
const SUBJECT_ADVERBS = new Set([
  "finally",
  "just",
  "already",
  "also",
  "still",
  "enfin",
  "deja",
  "aussi",
  "encore",
  "toujours",
]);
/** Verbs of reporting after a subject in chat. */
const CHAT_VERBS = new Set([
  ...SUBJECT_VERBS,
  ...["sent", "called", "rang", "phoned", "emailed", "asked", "said", "wants", "needs", "says"],
  ...["envoie", "appelle", "demande", "veut", "dit", "relance"],
]);

/** The word at `k` follows a chat opener at a clause's start and comes before a verb, maybe after an adverb. */
function chatSubject(text: string, words: readonly Word[], k: number): boolean {
  const opener = words[k - 1];
  const a = words[k] as Word;
  if (
    !opener ||
    !CHAT_OPENERS.has(opener.folded) ||
    !clauseStart(text, opener.start) ||
    !joined(text, opener, a)
  )
    return false;
  let j = k + 1;
  if (words[j] && SUBJECT_ADVERBS.has((words[j] as Word).folded)) j++;
  const verb = words[j];
  return !!verb && !verb.capital && CHAT_VERBS.has(verb.folded) && joined(text, words[j - 1] as Word, verb);
}

/** First names a lower-case word may be, as `wordKey`s: built on first use. */
let lowerCaseFirstKeys: Set<number> | null = null;

/** A small integer from a word's length and its first three and last letters, read in place. */
function wordKey(source: string, start: number, end: number): number {
  // Five bits a letter: a small integer, quick to hash. No closure: this runs for most words.
  const a = source.charCodeAt(start) & 31;
  const b = start + 1 < end ? source.charCodeAt(start + 1) & 31 : 0;
  const c = start + 2 < end ? source.charCodeAt(start + 2) & 31 : 0;
  return (a << 25) | (b << 20) | (c << 15) | ((source.charCodeAt(end - 1) & 31) << 5) | ((end - start) & 31);
}

/** Only spaces between `pos` and a line's start, a comma, a semicolon or a sentence's end before it. */
function clauseStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 3 && (text[i] === " " || text[i] === "\u00a0" || text[i] === "\t")) i--;
  return i < 0 || ",;.!?\n".includes(text[i] as string);
}

/** Words after which a person's name names a place or an institution instead. */
const NAMED_PLACES = new Set([
  "rue",
  "avenue",
  "boulevard",
  "bd",
  "place",
  "allee",
  "quai",
  "impasse",
  "square",
  "cours",
  "chemin",
  "route",
  "station",
  "metro",
  "gare",
  "pont",
  "parc",
  "stade",
  "salle",
  "lycee",
  "college",
  "ecole",
  "hopital",
  "clinique",
  "institut",
  "centre",
  "fondation",
  "universite",
  "campus",
  "residence",
  "batiment",
  "prix",
  "mediatheque",
  "bibliotheque",
  "musee",
  "theatre",
  "piscine",
  "gymnase",
  "espace",
  "amphitheatre",
  "auditorium",
  "halle",
  "aeroport",
  "jardin",
  "pavillon",
  "galerie",
  "promenade",
  "esplanade",
  "stade",
  "library",
  "museum",
  "airport",
  "street",
  "road",
  "hospital",
  "school",
  "foundation",
  "institute",
  "building",
  "hall",
  "prize",
  "university",
  // Firms, projects and campaigns named after someone: « cabinet Martin », « projet Athéna ».
  "cabinet",
  "societe",
  "entreprise",
  "etablissements",
  "maison",
  "projet",
  "programme",
  "operation",
  "campagne",
  "dispositif",
  "application",
  "logiciel",
  "outil",
  "plateforme",
  "project",
  "program",
  "campaign",
  "app",
  "tool",
  // Branches and sites named after someone: « Agence Victor-Hugo », « pôle Pasteur », « EHPAD Jeanne-Jugan ».
  "agence",
  "site",
  "pole",
  "ehpad",
  "foyer",
  // Laws and reforms named after their minister: « loi Évin », « réforme Touraine », "the Care Act".
  "loi",
  "lois",
  "reforme",
  "decret",
  "amendement",
  "circulaire",
  "ordonnance",
  "law",
  "act",
  "reform",
]);

/** Words after a person's name that make it a place or an institution: "Nelson Mandela Foundation". */
const NAMED_AFTER = new Set([
  "foundation",
  "hospital",
  "institute",
  "school",
  "college",
  "university",
  "centre",
  "center",
  "road",
  "avenue",
  "square",
  "station",
  "prize",
  "award",
  "trust",
  "building",
  "memorial",
  "library",
  "museum",
  "theatre",
  "theater",
  "airport",
  "bridge",
  "stadium",
  "clinic",
  "hospice",
  "fund",
  "academy",
  "boulevard",
  // "the Kennedy Room", "the Wellington branch", "Queen Elizabeth Hall", "Hilton hotels".
  "hall",
  "room",
  "house",
  "park",
  "office",
  "offices",
  "branch",
  "team",
  "teams",
  "hotel",
  "hotels",
  "agency",
  "store",
  "stores",
  // Buildings named after someone: "Nelson Court", "Mandela Lodge", "Churchill Tower".
  "court",
  "lodge",
  "tower",
  "gardens",
  // Firms by what is signed with them: "Ford and Dell group contracts", "the Dell account".
  "group",
  "contract",
  "contracts",
  "account",
]);

/** The word sits in a list introduced by « Présents : », "Attendees:" on the same line. */
function listLabelBefore(text: string, folded: string, word: Word): boolean {
  let lineStart = word.start;
  while (lineStart > 0 && text[lineStart - 1] !== "\n" && word.start - lineStart < 300) lineStart--;
  const head = /^[\s\-•*]*([a-z]+)\s*:/.exec(folded.slice(lineStart, word.start));
  if (head) return LIST_LABELS.has(head[1] as string);
  return /^[\s\-•*]*$/.test(text.slice(lineStart, word.start)) && listHeaderAbove(folded, lineStart);
}

/** Words whose plural heads a list of people (« Liste des bénéficiaires : », "Members affected:"). */
const PEOPLE_PLURALS = new Set([
  ...LIST_LABELS,
  "beneficiaires",
  "adherents",
  "assures",
  "salaries",
  "membres",
  "patients",
  "signataires",
  "interlocuteurs",
  "contacts",
  "beneficiaries",
  "members",
  "employees",
  "staff",
  "signatories",
]);

/**
 * The line at `lineStart` is an item under a header line that ends with a colon and names people
 * (« Ci-joint la liste des bénéficiaires : », "Members affected:"), with other short item lines
 * between. Looks at most 12 lines up.
 */
function listHeaderAbove(folded: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 12; lines++) {
    let start = end;
    while (start > 0 && folded[start - 1] !== "\n" && end - start < 120) start--;
    if (start > 0 && folded[start - 1] !== "\n") return false;
    const line = folded.slice(start, end).trim();
    if (line.endsWith(":")) {
      // « Liste des bénéficiaires : », "Members affected:": the word may come last or last but one.
      const words = line.slice(0, -1).trim().split(/\s+/).slice(-2);
      return words.some((w) => PEOPLE_PLURALS.has(w));
    }
    if (line === "" || line.length > 80) return false;
    end = start - 1;
  }
  return false;
}

/** First word of the run that starts a name, or -1. */
function decideRun(
  text: string,
  folded: string,
  words: readonly Word[],
  from: number,
  to: number,
  runEnd: number,
  known: ReadonlySet<string>,
  spanStart: number,
): number {
  const first = words[from] as Word;
  // Cues are read before the span (before « de » in « M. de Villiers »).
  const cueAt = spanStart;
  const before = words[cueAt - 1];
  const before2 = words[cueAt - 2];
  const gapBefore = before ? text.slice(before.end, (words[cueAt] as Word).start) : "";

  // A name the caller knows, anywhere in the run.
  for (let i = from; i <= to; i++) if (known.has((words[i] as Word).folded)) return from;
  // A cue inside the run, at its start: « Appel de Sunil Kapoor », « Courrier de Mme X »; one word
  // after it when it is a name by itself (« Appel de Jojo »).
  for (let i = from + 1; i + 1 <= to; i++) {
    const particle = words[i] as Word;
    if (
      CUE_LAST_WORDS.has(particle.folded) &&
      CUE_PHRASES.has(`${(words[i - 1] as Word).folded} ${particle.folded}`) &&
      (i + 2 <= to || oneWordName(words[to] as Word))
    )
      return i + 1;
  }

  if (before) {
    // Honorific: « M. Dupont », « Mme Claire Fontaine », "Dr Smith".
    if (honorificAt(text, words, cueAt - 1) && /^\.?[ \u00a0]{1,2}$/.test(gapBefore)) return from;
    // « le dossier de Ghislaine Quéré », "on behalf of Raj Sharma".
    if (
      before2 &&
      CUE_LAST_WORDS.has(before.folded) &&
      CUE_PHRASES.has(`${before2.folded} ${before.folded}`) &&
      /^[ \u00a0]{1,2}$/.test(gapBefore) &&
      // One word is enough when no dictionary holds it, or when it is a name of the lists and no
      // common word: "spoke to Brídín", "spoke with Ngozi" (not « dossier de Presse »). An acronym
      // opens no name (« le dossier ALD Diabète »).
      (to > from || oneWordName(first)) &&
      !(first.allCaps && !surnameInCapitals(first))
    )
      return from;
    // Asking for a reply or a call: « répondre à Aoife Murphy », "reply to Aoife", « rappeler Nadia ».
    if (
      /^[ \u00a0]{1,2}$/.test(gapBefore) &&
      (CONTACT_VERBS.has(before.folded) ||
        (!!before2 &&
          CONTACT_LAST_WORDS.has(before.folded) &&
          CONTACT_PHRASES.has(`${before2.folded} ${before.folded}`))) &&
      contactName(text, words, from, to)
    )
      return from;
    // A list of people after « Présents : », "Attendees:".
    if (to > from && listLabelBefore(text, folded, words[cueAt] as Word)) return from;
    // A greeting to a colleague or a role names no one: « Chère Consœur », "Dear Colleague".
    if (GREETINGS.has(before.folded) && from === to && ADDRESSEES.has(first.folded)) return -1;
    // Greeting: « Bonjour Claire, », "Dear John", "Hi Sarah!".
    if (
      GREETINGS.has(before.folded) &&
      /^[ \u00a0]{1,2}$/.test(gapBefore) &&
      /^\s*([,!:\n]|$)/.test(text.slice(runEnd, runEnd + 3))
    )
      return from;
    // Role: « l'adhérent Hoang », « Je soussignée QUÉRÉ Ghislaine », "Our member, Thabo Nkosi".
    if (
      ROLE_CUES.has(withoutElision(before.folded)) &&
      /^,?[ \u00a0]{1,2}$/.test(gapBefore) &&
      !NAMED_AFTER.has((words[to] as Word).folded) &&
      // "member ID", « assuré CMU »: an acronym after the role is not a name.
      (!first.allCaps || surnameInCapitals(first))
    )
      return from;
    // Label: « Assuré : Claire Fontaine », "From: John Smith".
    // One common word no list gives as a name is a department or a mailbox (« À : Prestations », "To: Claims").
    // So are words that are all common and none a name ("To: International Claims"), and an acronym
    // (« À : RH », « À : DSI »).
    if (
      LABELS.has(before.folded) &&
      /^[ \u00a0]*:[ \u00a0\t]*$/.test(gapBefore) &&
      !words.slice(from, to + 1).every((w) => isCommonWord(w.folded) && !isFirstName(w) && !isLastName(w)) &&
      !(from === to && first.allCaps && !surnameInCapitals(first))
    )
      return from;
    // Relation: « mon époux, M. Martin », "my wife Sarah".
    if (
      RELATIVES.has(before.folded) &&
      before2 &&
      RELATION_HEADS.has(before2.folded) &&
      // "our partner Bupa" is a firm; "my partner Jake" a person.
      !firmBefore(words, cueAt) &&
      /^,?[ \u00a0]{1,2}$/.test(gapBefore)
    )
      return from;
  }
  // Relation with an honorific between: « mon époux M. Martin ».
  const rel = words[cueAt - 2];
  const rel2 = words[cueAt - 3];
  if (
    rel &&
    rel2 &&
    honorificAt(text, words, cueAt - 1) &&
    RELATIVES.has(rel.folded) &&
    RELATION_HEADS.has(rel2.folded)
  ) {
    return from;
  }
  // Signature: a line holding only a name, after a closing formula; or "Best regards, John".
  const spanFirst = words[cueAt] as Word;
  if (fillsLine(text, spanFirst.start, runEnd) && endsWithClosing(previousLine(folded, spanFirst.start)))
    return from;
  if (
    before &&
    /^,[ \u00a0]{1,2}$/.test(gapBefore) &&
    endsWithClosing(folded.slice(Math.max(0, before.start - 40), before.end))
  ) {
    if (/^\s*(\n|$)/.test(text.slice(runEnd, runEnd + 2))) return from;
  }
  // A signature of another shape: the name at a line's start, after a closing formula or a "--"
  // line, followed by a role or a team (« Fatou (service adhésions) », "Jo Bloggs | Claims | Leeds");
  // or after a dash that follows a closing on the same line ("Thanks so much — Gosia").
  if (
    before &&
    sentenceStart(text, spanFirst) &&
    /^[ \u00a0]*(?:\||\(|[–—-][ \u00a0]|,|\r?\n|$)/.test(text.slice(runEnd, runEnd + 3))
  ) {
    const above = previousLine(folded, spanFirst.start);
    if (lineStartsAt(text, spanFirst.start) && (endsWithClosing(above) || /^(?:--|—|__)$/.test(above)))
      return from;
    // The last line of a message, a given name then a team or a role: « Claire – Prestations »,
    // "Sam | Claims" (a line of its own, short, below the message).
    if (
      lineStartsAt(text, spanFirst.start) &&
      spanFirst.start > 0 &&
      to - from <= 2 &&
      (isFirstName(first) || unknownName(first)) &&
      !first.allCaps &&
      lastLineOf(text, runEnd) &&
      TEAM_AFTER.test(text.slice(runEnd, runEnd + 61).split("\n")[0] as string) &&
      /[.!]$/.test(text.slice(Math.max(0, spanFirst.start - 200), spanFirst.start).trimEnd())
    )
      return from;
  }
  if (
    before &&
    /^[ \u00a0]{1,2}[–—-][ \u00a0]{1,2}$/.test(gapBefore) &&
    endsWithClosing(folded.slice(Math.max(0, before.start - 40), before.end)) &&
    /^\s*(\n|$)/.test(text.slice(runEnd, runEnd + 2))
  )
    return from;
  // A quoted reply's header: "On Mon, 3 Mar 2025 at 09:14, Jane Doe <jane@…> wrote:", « Le … a écrit : ».
  QUOTE_AFTER.lastIndex = runEnd;
  if (
    to - from <= 3 &&
    QUOTE_AFTER.test(folded) &&
    !NOT_CONTACT_SUBJECTS.has(first.folded) &&
    contactName(text, words, from, to)
  )
    return from;

  // Streets, stations, hospitals and schools named after people: « boulevard Victor Hugo »,
  // "the Nelson Mandela Foundation".
  if (before && NAMED_PLACES.has(withoutElision(before.folded))) return -1;
  // …and after « de », "of": « l'Hôpital de Santa Maria », "the University of Mary Washington".
  if (
    before &&
    before2 &&
    OF_WORDS.has(before.folded) &&
    BUILDINGS.has(withoutElision(before2.folded)) &&
    /^[ \u00a0]$/.test(gapBefore)
  )
    return -1;
  // Firms: « le prestataire Docaposte », "our partner Bupa", « le contrat avec Sopra Steria », a
  // company's word of the dataset with no given name (« Capgemini Invent »), and a run joined by « et »
  // or "and" to one ("Capgemini Invent and Sopra Steria").
  if (firmBefore(words, cueAt) || firmRun(words, from, to) || firmBeside(text, words, from, to)) return -1;
  // A cell under a column of hospitals, towns, firms or products ("Hospital,City", « Établissement »).
  if (underThingHeader(text, folded, spanFirst.start, runEnd)) return -1;
  // A saint's name with a possessive names a hospital, a church or a school: "St Mary's", "St Thomas'".
  if (
    ((before && SAINTS.has(before.folded) && before.capital && /^\.?[ \u00a0]$/.test(gapBefore)) ||
      (to > from && SAINTS.has(first.folded))) &&
    ((words[to] as Word).possessive || text[runEnd] === "'" || text[runEnd] === "’")
  )
    return -1;
  // "the John Radcliffe", "the Christie": after "the", a name is a hospital or a building's — unless a
  // file's noun follows: "the John Smith claim" is a person's.
  if (
    before &&
    before.folded === "the" &&
    !before.capital &&
    /^[ \u00a0]$/.test(gapBefore) &&
    !(words[to + 1] && FILE_NOUNS.has((words[to + 1] as Word).folded))
  )
    return -1;
  // After an article, a run opened by a common word names a thing or an institution: "the Royal
  // Marsden", "the Grand Hotel", « la Grande Motte » (not « la patiente Rose Martin », read above).
  if (
    before &&
    to > from &&
    DETERMINERS.has(before.folded) &&
    /^[ \u00a0]$/.test(gapBefore) &&
    !first.allCaps &&
    isCommonWord(first.folded) &&
    !(isFirstName(first) && !(firstCommon as ReadonlySet<string>).has(first.folded))
  )
    return -1;
  // Rooms, buildings and brands the sentence names as such: « Blanche, Violette et Victoire sont les
  // trois salles de réunion », "Grace is booked on Thursday".
  if (to - from <= 1 && thingPredicate(folded, words, to)) return -1;
  if (to > from && NAMED_AFTER.has((words[to] as Word).folded)) return -1;
  const after = words[to + 1];
  if (after && joined(text, words[to] as Word, after) && NAMED_AFTER.has(after.folded)) return -1;
  if (after && joined(text, words[to] as Word, after) && namedAfter(after.folded)) return -1;
  if (placeWordAhead(text, words, to)) return -1;
  // A possessive before a capitalised word names a place or a firm ("King's Cross", "St George's
  // Hospital"); a person's possessive is followed by a common noun ("Conor's sick leave").
  const last = words[to] as Word;
  if (last.possessive && after && after.capital && after.start - last.end === 3) return -1;
  // Firms and things: "Marks & Spencer", « Procter & Gamble »; a count before (« 40 Renault Clio »).
  if (firmOrCount(text, spanFirst.start, runEnd)) return -1;
  // Someone from a department: « Boulanger du service paie m'a confirmé », "Cook from payroll
  // confirmed" (a surname that is also a word, or no list's, mid-sentence).
  DEPARTMENT_AFTER.lastIndex = runEnd;
  if (
    to - from <= 2 &&
    DEPARTMENT_AFTER.test(folded) &&
    !NOT_CONTACT_SUBJECTS.has(first.folded) &&
    !(sentenceStart(text, first) && isCommonWord(first.folded)) &&
    !townInContext(text, words, from) &&
    contactName(text, words, from, to)
  )
    return from;
  // A verb of contact after the run: « Rhys Pritchard a rappelé », "Dermot Fitzgerald phoned".
  CONTACT_AFTER.lastIndex = runEnd;
  if (
    to - from <= 2 &&
    CONTACT_AFTER.test(folded) &&
    !NOT_CONTACT_SUBJECTS.has(first.folded) &&
    contactName(text, words, from, to) &&
    // A firm calls too ("Royal Mail rang", « Le Crédit Agricole a écrit »): one word must be a name
    // the dataset holds, and not a surname that is also a common word ("Burger King").
    (words.slice(from, to + 1).some((w) => !w.allCaps && (isFirstName(w) || isPlainLastName(w))) ||
      // …or two or three words no dictionary holds: « Rachida Zerrouki a appelé ».
      (to > from && words.slice(from, to + 1).every(unknownName)))
  )
    return from;

  // A town where the text puts a place: « cure thermale à Dax », "Lincoln and Durham offices".
  if (from === to && townInContext(text, words, from)) return -1;

  // One word that is a name by itself, the subject of a sentence about a person: "Tariq has now had
  // his assessment", "Harpreet is the member, not him", « Serkan a appelé pour sa fille ».
  if (
    from === to &&
    !first.allCaps &&
    oneWordName(first) &&
    !isHealthWord(first.folded) &&
    // « La Sécu prend en charge mais il reste… »: after an article, a thing.
    !(before && DETERMINERS.has(before.folded) && joined(text, before, first)) &&
    // A subject is followed by its verb; an order is followed by whom or what it is about
    // (« Réponds à l'adhérent », « Explique-lui », "Write the email to…").
    !orderFollows(text, words[to + 1]) &&
    // A drug or a product is said to be covered for a disease: the sentence must speak of a person.
    personPredicateAfter(text, folded, words, to, true)
  )
    return from;
  // A nickname of one syllable said twice, no dictionary's word, inside a sentence: « le petit Nono »,
  // « Jojo », « Loulou » (the first names they shorten are in no list).
  if (
    from === to &&
    unknownName(first) &&
    REDUPLICATED.test(first.folded) &&
    !sentenceStart(text, first) &&
    !(before && (DETERMINERS.has(before.folded) || PLACE_BEFORE.has(before.folded)))
  )
    return from;
  // A surname of the lists, two particles in lower case, and a name: « Gutiérrez de la Fuente »,
  // « López de los Santos » (not « Hôpital de la Pitié »: the first word must be a surname and no word).
  if (
    to - from >= 2 &&
    isPlainLastName(first) &&
    !isTown(first) &&
    !first.allCaps &&
    words.slice(from + 1, to).every((w) => !w.capital && PARTICLES.has(w.folded)) &&
    unknownOrName(words[to] as Word)
  )
    return from;
  // The dataset: a first name followed by a surname, or a SURNAME beside a first name.
  for (let i = from; i < to; i++) {
    const a = words[i] as Word;
    const b = words[i + 1] as Word;
    // After an article, a first name before a common word no list gives as a surname names a thing:
    // « le Samu Social », "the Grace Period" (a two-word run only).
    if (
      isFirstName(a) &&
      !a.allCaps &&
      !b.allCaps &&
      to === from + 1 &&
      isCommonWord(b.folded) &&
      !isLastName(b) &&
      !isFirstName(b) &&
      !!words[from - 1] &&
      DETERMINERS.has((words[from - 1] as Word).folded) &&
      joined(text, words[from - 1] as Word, a)
    )
      continue;
    // After a word that puts a place ("transferred to", "from", « vers »), a word that is also a given
    // name, before one no list holds, opens a place's or an institution's name: "to Royal Papworth",
    // "at Grand Rapids" (a person there comes with a cue read above: "spoke to", "letter from").
    if (
      i === from &&
      (ambiguous as ReadonlySet<string>).has(a.folded) &&
      !isFirstName(b) &&
      !isLastName(b) &&
      // "to Grace Papworth's house" is a person's.
      !b.possessive &&
      !!words[from - 1] &&
      PLACE_BEFORE.has((words[from - 1] as Word).folded) &&
      joined(text, words[from - 1] as Word, a)
    )
      continue;
    if (
      isFirstName(a) &&
      !a.allCaps &&
      (b.allCaps ||
        isLastName(b) ||
        !(ambiguous as ReadonlySet<string>).has(a.folded) ||
        !sentenceStart(text, a))
    )
      return i;
    // A given name, even one that is also a word, before a surname that is a word too, when the
    // sentence goes on about a person: "Will Baker had a stroke; his wife…", « Claire Bonheur demande
    // le remboursement de ses séances », "Grace Summers is off work with depression" (not "Grace
    // Period is over", "Will Power matters").
    if (
      to === from + 1 &&
      isFirstName(a) &&
      !a.allCaps &&
      !b.allCaps &&
      !isTown(b) &&
      !isPlace(b) &&
      !NAMED_AFTER.has(b.folded) &&
      personPredicateAfter(text, folded, words, to)
    )
      return i;
    // A first name, even one that is also a word at a sentence's start, before a word no dictionary
    // holds: "Will Harper", « Rose Zerrouki » (not "Will Power", "May Day").
    if (isFirstName(a) && !a.allCaps && unknownName(b)) return i;
    // A given name before a surname with an elided particle: « Kouadio N'Dri », « Inès d'Almeida ».
    if (
      to === from + 1 &&
      !a.allCaps &&
      (isFirstName(a) || unknownName(a)) &&
      elidedSurname(b) &&
      !NAMED_PLACES.has(a.folded)
    )
      return i;
    // « DUPONT Jean », « Fontaine Claire » (surname first, as forms and lists write it).
    if (isFirstName(b) && !b.allCaps && (a.allCaps || (isLastName(a) && !sentenceStart(text, a)))) return i;
    // A given name no list holds beside a surname of the dataset that is not a common word, or an
    // Irish or Scottish one: « Muireann Daly », "Grainne O'Rourke" (not "Unit Price", "Burger King").
    if (
      to === from + 1 &&
      !a.allCaps &&
      !b.allCaps &&
      givenNameShape(a) &&
      !isTown(a) &&
      // A common word is no given name: « Café Zimmer », « Boulangerie Martin ».
      !isCommonWord(a.folded) &&
      isPlainLastName(b) &&
      !isPlace(b)
    )
      return i;
  }
  // A given name and a surname with a particle, neither in the dataset, inside a sentence: « passer voir
  // Soizic Le Goff », « Maëlle Van Damme ». The particle is written with a capital, as in a surname,
  // and neither word is a town, a place or a word that names a firm.
  for (let i = from; i + 2 <= to; i++) {
    const a = words[i] as Word;
    const particle = words[i + 1] as Word;
    const b = words[i + 2] as Word;
    if (
      particle.capital &&
      !particle.allCaps &&
      PARTICLES.has(particle.folded) &&
      !a.allCaps &&
      !b.allCaps &&
      givenNameShape(a) &&
      givenNameShape(b) &&
      !isTown(a) &&
      !isTown(b) &&
      // At a sentence's start, neither may be a common word (« Tugdual Le Meur », not « Parc Le Nôtre »).
      (!sentenceStart(text, a) || (unknownName(a) && unknownName(b)) || (isFirstName(a) && unknownName(b)))
    )
      return i;
  }
  // A pair of one SURNAME in capitals and one given name, whichever comes first, when neither is in
  // the dataset: « QUÉRÉ Ghislaine », « Soizic LE GUEN ». The word in capitals must read as a name,
  // not an acronym (« CPAM Bretagne », « ALD Diabète »).
  if (to === from + 1) {
    const a = words[from] as Word;
    const b = words[to] as Word;
    // A full name in capitals on a line written in lower case too: « RAPPEL : SYLVIE MERCIER – séances
    // de chimio », "DAVID MILLER – dialysis transport". The given name is no common word, the other a
    // surname's shape; a heading wholly in capitals is no one.
    if (
      a.allCaps &&
      b.allCaps &&
      // Both may not be common words: "PETER HOLLOWAY", not "MAY DAY".
      !(isCommonWord(a.folded) && isCommonWord(b.folded)) &&
      ((capitalGivenName(a) && surnameInCapitals(b)) ||
        (capitalGivenName(b) && surnameInCapitals(a) && isLastName(a))) &&
      lineHasLowerCase(text, a.start)
    )
      return from;
    if (
      (a.allCaps && !b.allCaps && surnameInCapitals(a) && givenNameShape(b)) ||
      (b.allCaps && !a.allCaps && surnameInCapitals(b) && givenNameShape(a) && !sentenceStart(text, a))
    )
      return from;
    // Two capitalised words no dictionary nor list holds, side by side, read as a given name and a
    // surname of an origin the lists miss: « Rachida Zerrouki », « Kouassi Yao » — not a dosage nor a
    // count (« Kardégic 75 » is read by the table rules), and not a common word (« Galeries »).
    // Nor the tail of a longer Title Case phrase (« The Florence Nightingale Hospice »), nor after a
    // word that puts a place ("to Canary Wharf").
    const previous = words[from - 1];
    if (
      unknownName(a) &&
      unknownName(b) &&
      !/^[ \u00a0]?\d/.test(text.slice(b.end, b.end + 2)) &&
      !(previous && previous.capital && joined(text, previous, a)) &&
      !(previous && PLACE_BEFORE.has(previous.folded))
    )
      return from;
  }
  // A first name alone (« Appeler Karim demain »): a name unless it is also an ordinary word at the
  // start of a sentence (« Claire et précise, … »).
  // A capitalised word opening the sentence before it (« Appeler ») says nothing and is skipped.
  const alone =
    from === to
      ? from
      : to === from + 1 &&
          sentenceStart(text, first) &&
          !isFirstName(first) &&
          !NAMED_PLACES.has(first.folded)
        ? to
        : -1;
  for (let i = alone; i >= 0 && i <= alone; i++) {
    const word = words[i] as Word;
    if (!isFirstName(word) || word.allCaps) continue;
    // A first name that is also a word of care, with no cue before it, names the care: « les libellés
    // « Kiné », « MK » » (not « Rappeler Kiné demain »).
    if (from === to && isHealthWord(word.folded)) continue;
    const previous = words[i - 1];
    // After an article in lower case, a lone name is a place or a thing: « la capitale de la Toscane »,
    // "the Victoria".
    if (
      from === to &&
      previous &&
      !previous.capital &&
      (ARTICLES.has(previous.folded) || CONTRACTED_ARTICLES.has(previous.folded)) &&
      /^[ \u00a0]$/.test(text.slice(previous.end, word.start))
    )
      continue;
    // A first name that is also a common word, after a capitalised word, ends a Title Case phrase:
    // "Christmas Eve", "New Year's Eve", "Amazing Grace".
    if (
      isCommonWord(word.folded) &&
      previous &&
      previous.capital &&
      (joined(text, previous, word) || (previous.possessive && word.start - previous.end === 3))
    )
      continue;
    // A firm's second name: "Marks and Spencer", « Bernard et Spencer » after a word that is no first name.
    const conjunction = words[i - 1];
    const firstPart = words[i - 2];
    if (
      conjunction &&
      firstPart &&
      (conjunction.folded === "and" || conjunction.folded === "et") &&
      firstPart.capital &&
      !firstPart.allCaps &&
      !isFirstName(firstPart) &&
      joined(text, conjunction, word) &&
      joined(text, firstPart, conjunction)
    )
      continue;
    // A first name that is also a common word, on a line with no word in lower case, is a column's
    // or a title's word: "Product,Category,Price", "Grace Period Policy".
    if (isCommonWord(word.folded) && titleLine(text, word)) continue;
    // A first name that is also a frequent word in lower case, alone at a sentence's start, before a
    // word in lower case that is no verb of a person, is that word: « Avis favorable », « Lui
    // répondre », « Cas de Mme X », "Tea and biscuits" (not « Claire a appelé », "Rose and Tom").
    if (
      from === to &&
      (sentenceStart(text, word) ||
        /:[ \u00a0]{1,2}$/.test(text.slice(Math.max(0, word.start - 3), word.start))) &&
      commonOpening(text, words, i)
    )
      continue;
    if (!(ambiguous as ReadonlySet<string>).has(word.folded)) return i;
    // « Rose et Tom sont absents », "Grace and Amir are off": joined to a given name, a name.
    if (from === to && joinedToGivenName(text, words, i)) return i;
    // A name that is also a word, alone, said to hold a job: « Victoire est la responsable des salles ».
    if (from === to && jobAfter(words, i)) return i;
    // « Rose » names someone inside a sentence, not at its start nor in a Title Case phrase (« Octobre Rose »).
    if (!sentenceStart(text, word) && !(previous && previous.capital && joined(text, previous, word)))
      return i;
  }
  return -1;
}

/**
 * One capitalised word that is a name by itself after a cue: no dictionary holds it, or it is a name of
 * the lists and no common word nor town ("spoke to Brídín", « Appel de Jojo »; not « dossier de Presse »).
 */
function oneWordName(word: Word): boolean {
  return (
    unknownName(word) ||
    ((isFirstName(word) || isPlainLastName(word)) && !isCommonWord(word.folded) && !isTown(word))
  );
}

/** After a signature's name: a dash, a bar or a bracket, then up to three capitalised words, the line's end. */
const TEAM_AFTER =
  /^[ \u00a0]*(?:\||\(|[–—-][ \u00a0]|,)[ \u00a0]*\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+(?:[|/&][ \u00a0]+)?\p{Lu}[\p{L}'’-]*){0,2}\)?[ \u00a0]*$/u;

/** From `pos` on, the text's line ends within 60 characters and only blank lines follow. */
function lastLineOf(text: string, pos: number): boolean {
  const lineEnd = text.indexOf("\n", pos);
  if ((lineEnd < 0 ? text.length : lineEnd) - pos > 60) return false;
  return lineEnd < 0 || text.slice(lineEnd).trim() === "";
}

/** « et », "and" then a given name of the lists that is no word in lower case, after the word at `k`. */
function joinedToGivenName(text: string, words: readonly Word[], k: number): boolean {
  const and = words[k + 1];
  const other = words[k + 2];
  return (
    !!and &&
    !!other &&
    LIST_JOINS.has(and.folded) &&
    joined(text, words[k] as Word, and) &&
    joined(text, and, other) &&
    other.capital &&
    !other.allCaps &&
    isFirstName(other) &&
    !(ambiguous as ReadonlySet<string>).has(other.folded) &&
    !(firstCommon as ReadonlySet<string>).has(other.folded)
  );
}

/** One syllable of a consonant and one or two vowels, said twice: « Nono », « Jojo », « Loulou ». */
const REDUPLICATED = /^([bcdfghjklmnpqrstvwxz][aeiouy]{1,2})\1$/;

/** A capitalised word no dictionary holds, or a name of the lists that is no common word. */
function unknownOrName(word: Word): boolean {
  return oneWordName(word) && !isPlace(word);
}

/** Whom a greeting may address that is no one's name: « Chère Consœur », "Dear Colleague". */
const ADDRESSEES = new Set([
  ...["consœur", "consoeur", "confrere", "collegue", "collegues", "confreres", "consœurs", "consoeurs"],
  ...["adherent", "adherente", "adherents", "client", "cliente", "clients", "ami", "amie", "amis", "tous"],
  ...["colleague", "colleagues", "colleges", "team", "all", "everyone", "member", "members", "customer"],
  ...["sir", "madam", "friend", "friends", "doctor", "docteur", "partner", "partners"],
]);

/** « de », "of" between a building and its name. */
const OF_WORDS = new Set(["de", "du", "des", "of"]);
/** Buildings and places of care whose name follows « de », "of": « Hôpital de Santa Maria ». */
const BUILDINGS = new Set([
  ...["hopital", "hospital", "clinique", "clinic", "institut", "institute", "centre", "center"],
  ...["fondation", "foundation", "universite", "university", "musee", "museum", "ehpad", "maternite"],
  ...["gare", "station", "aeroport", "airport", "rue", "avenue", "boulevard", "quai", "residence"],
]);
/** Contracted articles: a lone capitalised word after them is a place or a thing (« la maternité des Lilas »). */
const CONTRACTED_ARTICLES = new Set(["du", "des", "au", "aux"]);

/** Verbs in lower case that may follow a person's given name opening a sentence. */
let openingVerbs: ReadonlySet<string> | null = null;

/**
 * The first name at `k`, opening a sentence, is a frequent word in lower case (`firstCommon`), and the
 * word after it is in lower case and no verb a person is the subject of: a conjunction before a word in
 * lower case, a preposition, an adjective, an infinitive.
 */
function commonOpening(text: string, words: readonly Word[], k: number): boolean {
  const word = words[k] as Word;
  if (!(firstCommon as ReadonlySet<string>).has(word.folded)) return false;
  const next = words[k + 1];
  // "Tea, coffee and fruit": a list of things in lower case after a comma.
  if (next && !next.capital && text.slice(word.end, next.start) === ", ") {
    const join = words[k + 2];
    const last = words[k + 3];
    return (
      !!join &&
      !!last &&
      LIST_JOINS.has(join.folded) &&
      !last.capital &&
      joined(text, next, join) &&
      joined(text, join, last)
    );
  }
  if (!next || next.capital || !joined(text, word, next)) return false;
  openingVerbs ??= new Set([
    ...PERSON_VERBS,
    ...CHAT_VERBS,
    ...CONTACT_VERBS,
    ...SUBJECT_ADVERBS,
    ...["n'a", "n'est", "m'a", "nous", "vous", "lui", "sera", "avait", "etait", "peut", "va", "vient"],
    ...["will", "would", "can", "could", "says", "said", "told", "called", "is", "are", "has"],
  ]);
  if (openingVerbs.has(next.folded)) return false;
  // « Rose et Tom », "Rose and Tom": a second person after the conjunction.
  const after = words[k + 2];
  if (LIST_JOINS.has(next.folded) && after && after.capital) return false;
  return true;
}

/** Two words before a name that introduce oneself: « JE SUIS », "I AM", "MY NAME IS" (read in capitals). */
const SELF_CUES = new Set(["je suis", "i am", "name is", "c'est", "it's", "this is", "nom est"]);

/**
 * A text typed wholly in capitals runs every word into one: there a given name of the lists (no word
 * of the ambiguous list) after an honorific, a relation or one introducing oneself is a name, with the
 * SURNAME after it: « JE SUIS MONIQUE FAURE ET MON MARI ANDRÉ EST EN EHPAD », "MY WIFE SUSAN".
 */
function detectCapitalsNames(
  text: string,
  words: readonly Word[],
  out: PersonalDataFinding[],
  firstFinding: number,
): void {
  // The findings so far come in the text's order: one pointer walks them beside the words.
  const firstNew = out.length;
  let p = firstFinding;
  for (let k = 1; k < words.length; k++) {
    const word = words[k] as Word;
    if (!word.allCaps || word.end - word.start < 3 || !capitalGivenName(word)) continue;
    const before = words[k - 1] as Word;
    const before2 = words[k - 2];
    if (!joined(text, before, word) && !(honorificAt(text, words, k - 1) && text[before.end] === "."))
      continue;
    const cued =
      honorificAt(text, words, k - 1) ||
      (!!before2 &&
        joined(text, before2, before) &&
        (SELF_CUES.has(`${before2.folded} ${before.folded}`) ||
          (RELATIVES.has(before.folded) && RELATION_HEADS.has(before2.folded))));
    if (!cued || lineHasLowerCase(text, word.start)) continue;
    let end = word.end;
    const next = words[k + 1];
    if (
      next &&
      next.allCaps &&
      joined(text, word, next) &&
      surnameInCapitals(next) &&
      (isLastName(next) || !isCommonWord(next.folded))
    )
      end = next.end;
    while (p < firstNew && (out[p] as PersonalDataFinding).end <= word.start) p++;
    const f = out[p];
    if (p < firstNew && f && f.start < end) continue;
    out.push({ type: "PERSON_NAME", start: word.start, end });
    // The SURNAME read with the given name starts no other.
    if (end !== word.end) k++;
  }
}

/** After the word at `k`, a copula, an article and a job title: « est la responsable », "is the manager". */
function jobAfter(words: readonly Word[], k: number): boolean {
  const copula = words[k + 1];
  const article = words[k + 2];
  const job = words[k + 3];
  return (
    !!copula &&
    !!article &&
    !!job &&
    COPULAS.has(copula.folded) &&
    DETERMINERS.has(article.folded) &&
    (jobTitles as ReadonlySet<string>).has(job.folded)
  );
}

/** After a given name at `last`, a capitalised month or feast that the surname lists hold: « Noël ». */
function calendarSurnameAfter(text: string, words: readonly Word[], last: number): boolean {
  const given = words[last] as Word;
  const next = words[last + 1];
  return (
    !!next &&
    next.capital &&
    !next.allCaps &&
    joined(text, given, next) &&
    (calendarWords as ReadonlySet<string>).has(next.folded) &&
    isLastName(next) &&
    isFirstName(given) &&
    !(ambiguous as ReadonlySet<string>).has(given.folded) &&
    !/^[ \u00a0]?\d/.test(text.slice(next.end, next.end + 2))
  );
}

/** A file's nouns after a person's name: "the John Smith claim", "the Okafor case". */
const FILE_NOUNS = new Set([
  ...["claim", "claims", "file", "case", "account", "request", "invoice", "appeal", "form", "record"],
  ...["report", "policy", "contract", "family", "household", "children", "kids", "estate"],
]);

/** Articles before a lone capitalised word that make it a place or a thing. */
const ARTICLES = new Set(["le", "la", "les", "the"]);

/** Nouns right before a firm's name: « le prestataire Docaposte », "our partner Bupa". */
const FIRM_BEFORE = new Set([
  "prestataire",
  "prestataires",
  "fournisseur",
  "fournisseurs",
  "editeur",
  "cabinet",
  "societe",
  "entreprise",
  "groupe",
  "partenaire",
  "partenaires",
  "assureur",
  "banque",
  "startup",
  "supplier",
  "suppliers",
  "vendor",
  "vendors",
  "provider",
  "contractor",
  "consultancy",
  "company",
  "firm",
  "partner",
  "partners",
  "insurer",
  "bank",
]);
/** One person's possessives: « sa partenaire », "my partner", "her partner" name a person. */
const PERSONAL_POSSESSIVES = new Set([
  "mon",
  "ma",
  "ton",
  "ta",
  "son",
  "sa",
  "my",
  "his",
  "her",
  "your",
  "their",
]);
/** What is signed « avec » or "with" a firm: « le contrat avec », "a partnership with". */
const AGREEMENTS = new Set([
  "contrat",
  "partenariat",
  "accord",
  "convention",
  "marche",
  "contract",
  "agreement",
  "partnership",
  "deal",
]);

/** A firm's noun just before the run, not one person's (« notre partenaire X », not « sa partenaire X »). */
function firmBefore(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  if (!before) return false;
  const before2 = words[at - 2];
  if (FIRM_BEFORE.has(before.folded)) return !(before2 && PERSONAL_POSSESSIVES.has(before2.folded));
  return (
    (before.folded === "avec" || before.folded === "with") && !!before2 && AGREEMENTS.has(before2.folded)
  );
}

/** A run opened by a word of a company's name (`firms`), with no given name: « Capgemini Invent ». */
function firmRun(words: readonly Word[], from: number, to: number): boolean {
  // The company's word opens its name (« Capgemini Invent », "Deloitte Conseil"); a surname closes a
  // person's ("Gareth Hughes").
  if (!(firms as ReadonlySet<string>).has((words[from] as Word).folded)) return false;
  for (let i = from; i <= to; i++) if (isFirstName(words[i] as Word)) return false;
  return true;
}

/** A run joined by « et », "and" or a comma to capitalised words, one of them a firm's: "Accenture and Sopra Steria". */
function firmBeside(text: string, words: readonly Word[], from: number, to: number): boolean {
  const first = words[from] as Word;
  const last = words[to] as Word;
  const before = words[from - 1];
  const after = words[to + 1];
  const near =
    // Backwards: « Accenture et Sopra Steria », "Accenture, Sopra Steria".
    (!!before &&
      ((CONJUNCTIONS.has(before.folded) && joined(text, before, first) && firmWithin(words, from - 2, -1)) ||
        (commaBetween(text, before, first) && firmWithin(words, from - 1, -1)))) ||
    // Forwards: "Sopra Steria and Accenture".
    (!!after &&
      ((CONJUNCTIONS.has(after.folded) && joined(text, last, after) && firmWithin(words, to + 2, 1)) ||
        (commaBetween(text, last, after) && firmWithin(words, to + 1, 1))));
  if (!near) return false;
  // A given name in the run makes it a person's: « Hughes, Megan ».
  for (let i = from; i <= to; i++) if (isFirstName(words[i] as Word)) return false;
  return true;
}

/** Up to three capitalised words from `k` on, in the direction `step`, until one is a firm's. */
function firmWithin(words: readonly Word[], k: number, step: number): boolean {
  for (let steps = 0; k >= 0 && k < words.length && steps < 3; steps++, k += step) {
    const w = words[k] as Word;
    if (!w.capital) return false;
    if ((firms as ReadonlySet<string>).has(w.folded)) return true;
  }
  return false;
}

/** A comma and one space between two words. */
function commaBetween(text: string, a: Word, b: Word): boolean {
  return b.start - a.end === 2 && text.charCodeAt(a.end) === 0x2c && isSpace(text.charCodeAt(a.end + 1));
}

/** Column headers of hospitals, places, firms and products: their cells are no one. */
const THING_COLUMN_HEADERS = new Set([
  ...THING_HEADERS,
  "hopital",
  "hospital",
  "etablissement",
  "clinique",
  "clinic",
  "centre",
  "center",
  "ville",
  "city",
  "town",
  "lieu",
  "place",
  "site",
  "agence",
  "branch",
  "entreprise",
  "company",
  "societe",
  "fournisseur",
  "supplier",
  "partenaire",
  "partner",
  "prestataire",
  "provider",
  "medicament",
  "medicine",
  "drug",
  "produit",
  "product",
  "organisme",
  "organisation",
  "organization",
  "employeur",
  "employer",
  // A hospital's ward ("Acorn Ward"); a column of departments may hold people (« Service »).
  "ward",
  "ecole",
  "school",
]);

const CELL_SEPARATORS = "\t;|,";
/** The last row read by `underThingHeader` and its table's first line, for the next row of the same text. */
const headerCache = {
  text: "",
  sep: "",
  line: -1,
  header: -1,
  /** Where the header read into `cells` starts, and whether each of its cells names things. */
  cellsAt: -1,
  cells: [] as boolean[],
};
/** A table's row is seldom longer: past it the line is prose, and reading it would cost time. */
const MAX_ROW = 400;

/**
 * The run fills a cell of a table (tab, semicolon, pipe or comma between cells) whose header, the
 * block's first line, names hospitals, places, firms or products in that column.
 */
function underThingHeader(text: string, folded: string, start: number, end: number): boolean {
  // The cell's edges, read outwards from the run over spaces only: a separator or a line's edge.
  let from = start;
  while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\u00a0")) from--;
  let to = end;
  while (to < text.length && (text[to] === " " || text[to] === "\u00a0")) to++;
  const left = from > 0 ? (text[from - 1] as string) : "\n";
  const right = to < text.length ? (text[to] as string) : "\n";
  const sep = CELL_SEPARATORS.includes(left) ? left : CELL_SEPARATORS.includes(right) ? right : "";
  if (!sep || (left !== sep && left !== "\n") || (right !== sep && right !== "\n" && right !== "\r"))
    return false;
  // The column: separators between the line's start and the cell, on a line of a table's length.
  let column = 0;
  let lineStart = from;
  for (; lineStart > 0 && text[lineStart - 1] !== "\n"; lineStart--) {
    if (from - lineStart > MAX_ROW) return false;
    if (text[lineStart - 1] === sep) column++;
  }
  if (lineStart === 0) return false;
  // The table's first line: the lines above that hold the separator, within a table's height. The
  // row above was often read for the run before: its table's first line is taken from there.
  let headerStart = lineStart;
  for (let steps = 0; steps < 200 && headerStart > 0; steps++) {
    if (headerCache.text === folded && headerCache.sep === sep && headerCache.line === headerStart) {
      headerStart = headerCache.header;
      break;
    }
    const above = folded.lastIndexOf("\n", headerStart - 2) + 1;
    if (headerStart - above > MAX_ROW) break;
    const row = folded.indexOf(sep, above);
    if (row < 0 || row >= headerStart) break;
    headerStart = above;
  }
  if (headerCache.text !== folded || headerCache.sep !== sep) headerCache.cellsAt = -1;
  headerCache.text = folded;
  headerCache.sep = sep;
  headerCache.line = lineStart;
  headerCache.header = headerStart;
  if (headerStart === lineStart) return false;
  const headerEnd = folded.indexOf("\n", headerStart);
  if (headerEnd < 0 || headerEnd - headerStart > MAX_ROW) return false;
  if (headerCache.cellsAt !== headerStart) {
    headerCache.cells = folded
      .slice(headerStart, headerEnd)
      .split(sep)
      .map((cell) => THING_COLUMN_HEADERS.has(cell.trim()));
    headerCache.cellsAt = headerStart;
  }
  return headerCache.cells[column] === true;
}

/** Verbs after a name that say the sentence is about a person. */
const PERSON_VERBS = new Set([
  ...["a", "est", "demande", "souhaite", "attend", "conteste", "signale", "souffre", "suit", "prend"],
  ...[
    "doit",
    "veut",
    "rappelle",
    "relance",
    "sort",
    "transmet",
    "envoie",
    "reste",
    "fait",
    "recoit",
    "vient",
  ],
  ...["is", "was", "has", "had", "needs", "takes", "sees", "asked", "asks", "wants", "called", "rang"],
  ...["sent", "broke", "suffers", "reports", "underwent", "requires", "got", "went", "fell", "received"],
]);
/** French possessives, said of things as well as of people. */
const FRENCH_POSSESSIVES = new Set(["sa", "son", "ses"]);
/** Words that speak of a person: possessives, pronouns, next of kin. */
const PERSON_WORDS = new Set([
  ...["sa", "son", "ses", "lui", "elle", "il", "mari", "epouse", "femme", "fils", "fille", "enceinte"],
  ...["his", "her", "him", "he", "she", "wife", "husband", "son", "daughter", "pregnant"],
]);

/**
 * After the run, a verb of a person (« demande », "had"), then, before the sentence ends, a word of a
 * person (« ses », "his") or of care (« dépression », "stroke").
 */
function personPredicateAfter(
  text: string,
  folded: string,
  words: readonly Word[],
  to: number,
  personOnly = false,
): boolean {
  const verb = words[to + 1];
  if (!verb || verb.capital || !PERSON_VERBS.has(verb.folded) || !joined(text, words[to] as Word, verb))
    return false;
  let end = verb.end;
  for (let j = to + 2, steps = 0; j < words.length && steps < 14; j++, steps++) {
    const w = words[j] as Word;
    if (sentenceEnds(folded, (words[j - 1] as Word).end, w.start)) break;
    if (personOnly && FRENCH_POSSESSIVES.has(w.folded)) {
      // « son interface » is a firm's too: « sa fille », « sa rééducation » are a person's.
      const owned = words[j + 1];
      if (owned && (RELATIVES.has(owned.folded) || isHealthWord(owned.folded))) return true;
      continue;
    }
    if (PERSON_WORDS.has(w.folded) || (!personOnly && isHealthWord(w.folded))) return true;
    end = w.end;
  }
  if (personOnly) return false;
  // A term of care of several words: "a panic attack", "an eating disorder".
  const terms: PersonalDataFinding[] = [];
  detectHealthTerms(text.slice(verb.end, end), folded.slice(verb.end, end), terms);
  return terms.length > 0;
}

/** Between two words, a sentence's end or a line break: . ! ? or a new line. */
function sentenceEnds(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a) return true;
  }
  return false;
}

/** A given name in capitals that is no word of the ambiguous list: « SYLVIE », "DAVID" (not "ROSE", "GRACE"). */
function capitalGivenName(word: Word): boolean {
  return (
    isFirstName(word) &&
    !(ambiguous as ReadonlySet<string>).has(word.folded) &&
    !isStop(word) &&
    !isPlace(word)
  );
}

/** The line around `pos` holds a lower-case letter: it is no heading wholly in capitals. */
function lineHasLowerCase(text: string, pos: number): boolean {
  // Read outwards to the line's edges, at most 200 characters each way: a line of capitals is a heading.
  for (let i = pos - 1; i >= 0 && pos - i <= 200 && text[i] !== "\n"; i--)
    if (LOWER.test(text[i] as string)) return true;
  for (let i = pos; i < text.length && i - pos <= 200 && text[i] !== "\n"; i++)
    if (LOWER.test(text[i] as string)) return true;
  return false;
}
const LOWER = /\p{Ll}/u;

const isSpace = (c: number) => c === 0x20 || c === 0xa0;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Firms and things rather than people: a name joined by « & » ("Marks & Spencer", « Procter &
 * Gamble »), or a count just before it (« 40 Renault Clio », "12 Peugeot 208").
 */
function firmOrCount(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end) === 0x26 || (isSpace(text.charCodeAt(end)) && text[end + 1] === "&");
  if (after) return true;
  const before1 = text.charCodeAt(start - 1);
  if (before1 === 0x26 || (isSpace(before1) && text[start - 2] === "&")) return true;
  if (!isSpace(before1) || !isDigit(text.charCodeAt(start - 2))) return false;
  let i = start - 2;
  while (i >= 0 && isDigit(text.charCodeAt(i))) i--;
  // A count stands alone: « 12/03 », « 3,5 », « 10h30 » before a name are dates, amounts and times.
  return i < 0 || " \u00a0\t\n(".includes(text[i] as string);
}

/**
 * The run after a cue of contact or before a verb of contact reads as a person: not an acronym, not a
 * town nor a place, nor a name given to a place or an institution.
 */
function contactName(text: string, words: readonly Word[], from: number, to: number): boolean {
  const first = words[from] as Word;
  const last = words[to] as Word;
  if (first.allCaps && !surnameInCapitals(first)) return false;
  // A town is a place alone; before a surname of the lists or a word no dictionary holds it is a
  // given name (« rappeler Florin Ionescu »).
  if (isTown(first) && (from === to || (!isFirstName(first) && !isPlainLastName(last) && !unknownName(last))))
    return false;
  if (NAMED_AFTER.has(last.folded) || NAMED_PLACES.has(first.folded)) return false;
  const after = words[to + 1];
  return !(after && joined(text, last, after) && NAMED_AFTER.has(after.folded));
}

/** Words before a place: « à Dax », « près de Brest », « depuis Vichy », "in Lincoln", "at Durham". */
const LOCATIVES = new Set(["a", "au", "aux", "en", "de", "du", "vers", "depuis", "sur", "in", "at", "near"]);
/** Words joining places in a list: « Brest et Dax », "Lincoln and Durham". */
const CONJUNCTIONS = new Set(["et", "ou", "and", "or"]);

function isTown(word: Word): boolean {
  return (towns as ReadonlySet<string>).has(withoutElision(word.folded));
}

function isPlaceWord(word: Word): boolean {
  return word.capital && (isTown(word) || isPlace(word));
}

/**
 * The word at `k` is a town and the text puts a place there: after « à », « en », « de », "in", "at"
 * (« d'Orléans » too), or in a list with another place (« Brest, Dax et Pau », "Lincoln and Durham").
 */
function townInContext(text: string, words: readonly Word[], k: number): boolean {
  const word = words[k] as Word;
  if (!isTown(word)) return false;
  if (word.elidedName && word.folded.startsWith("d")) return true;
  const before = words[k - 1];
  const gapBefore = before ? text.slice(before.end, word.start) : "";
  if (before && LOCATIVES.has(before.folded) && /^[ \u00a0]{1,2}$/.test(gapBefore)) return true;
  // A list of places, on either side: "X and Y", « X, Y ».
  const after = words[k + 1];
  const gapAfter = after ? text.slice(word.end, after.start) : "";
  if (after && /^,[ \u00a0]{1,2}$/.test(gapAfter) && isPlaceWord(after)) return true;
  if (before && /^,[ \u00a0]{1,2}$/.test(gapBefore) && isPlaceWord(before)) return true;
  const after2 = words[k + 2];
  if (
    after &&
    after2 &&
    CONJUNCTIONS.has(after.folded) &&
    /^[ \u00a0]{1,2}$/.test(gapAfter) &&
    isPlaceWord(after2)
  )
    return true;
  const before2 = words[k - 2];
  return (
    !!before &&
    !!before2 &&
    CONJUNCTIONS.has(before.folded) &&
    /^[ \u00a0]{1,2}$/.test(gapBefore) &&
    isPlaceWord(before2)
  );
}

/** « l'adhérent » → « adherent » (folded words). */
function withoutElision(folded: string): string {
  return folded.length > 2 && folded[1] === "'" && (folded[0] === "l" || folded[0] === "d")
    ? folded.slice(2)
    : folded;
}

const VOWELS = /[aeiouy]/;
let healthAcronyms: ReadonlySet<string> | null = null;

/** A word in capitals that reads as a surname rather than an acronym: a vowel, and accents, an apostrophe or five letters. */
function surnameInCapitals(word: Word): boolean {
  const length = word.end - word.start;
  if (length < 3 || !VOWELS.test(word.folded)) return false;
  healthAcronyms ??= new Set(HEALTH_ACRONYMS.map((a) => foldAccents(a)));
  if (healthAcronyms.has(word.folded) || isStop(word) || isPlace(word)) return false;
  return length >= 5 || isLastName(word) || /[^a-z]/.test(word.folded);
}

/** A capitalised word that can be a given name: three letters or more, not a business, place or institution word. */
function givenNameShape(word: Word): boolean {
  return (
    word.end - word.start >= 3 &&
    nameish(word) &&
    !NAMED_PLACES.has(word.folded) &&
    !NAMED_AFTER.has(word.folded) &&
    !isLastName(word)
  );
}

/**
 * The word's line, up to 120 characters each side, has no word starting in lower case: a header or a
 * title. A longer line is prose.
 */
function titleLine(text: string, word: Word): boolean {
  let from = word.start;
  while (from > 0 && text[from - 1] !== "\n") {
    if (word.start - from >= 120) return false;
    from--;
  }
  let to = word.end;
  while (to < text.length && text[to] !== "\n") {
    if (to - word.end >= 120) return false;
    to++;
  }
  for (let i = from; i < to; i++) {
    if (isLetterAt(text, i) && !isUpperAt(text, i) && (i === from || !isLetterAt(text, i - 1))) {
      // An apostrophe's tail ("Year's") is no word.
      if (i > from && (text[i - 1] === "'" || text[i - 1] === "’")) continue;
      return false;
    }
  }
  return true;
}

/** A common French or English word (spell-check dictionaries), each part of a hyphenated one too. */
function isCommonWord(folded: string): boolean {
  const common = commonWords as ReadonlySet<string>;
  if (common.has(folded)) return true;
  // Plurals the frequency lists may not hold: « Systèmes », "hospices".
  const last = folded.charCodeAt(folded.length - 1);
  if ((last === 0x73 || last === 0x78) && folded.length > 4 && common.has(folded.slice(0, -1))) return true;
  return folded.includes("-") && folded.split("-").every((p) => p.length < 3 || common.has(p));
}

/**
 * A capitalised word that reads as a name though no list holds it: no common word of the dictionaries
 * (« Zerrouki », "Harper", « Brídín »; not "Power", « Marché »), no town, place, business, calendar or
 * institution word, not in capitals, three letters or more.
 */
function unknownName(word: Word): boolean {
  return (
    !word.allCaps &&
    // A capital inside a word names a brand ("DevOps", "GitHub", "LinkedIn"), unless after a
    // hyphen or an apostrophe (« Jean-Baptiste », « N'Dri ») or in an O'/Mc/Mac surname.
    (word.gaelic || !word.innerCapital) &&
    word.end - word.start >= 3 &&
    nameish(word) &&
    !NAMED_PLACES.has(word.folded) &&
    !NAMED_AFTER.has(word.folded) &&
    // A nationality or a language is a word the dictionaries write with a capital ("British English",
    // "Canadian French"), no unknown name; after an honorific it is still read as a surname.
    !(nationalities as ReadonlySet<string>).has(word.folded) &&
    // « d'Information » is a common word after its particle.
    !isCommonWord(word.elidedName ? word.folded.slice(2) : word.folded) &&
    !isTown(word)
  );
}

/**
 * A surname written with an elided particle: « N'Dri », « N'Diaye », « d'Almeida », « D'Souza »,
 * whose rest is no common word nor town (« Côte d'Ivoire », « Val d'Oise » stay places).
 */
function elidedSurname(word: Word): boolean {
  if (!word.elidedName || word.end - word.start < 4) return false;
  const rest = word.folded.slice(2);
  return (
    !isCommonWord(rest) &&
    !(towns as ReadonlySet<string>).has(rest) &&
    !(places as ReadonlySet<string>).has(rest)
  );
}

/** A word that makes the name before it a place or an institution, in the singular or plural ("stations"). */
function namedAfter(folded: string): boolean {
  return NAMED_AFTER.has(folded) || (folded.endsWith("s") && NAMED_AFTER.has(folded.slice(0, -1)));
}

/** A saint before a name: "St Mary's", « Sainte Anne ». */
const SAINTS = new Set(["st", "ste", "saint", "sainte"]);

/** A department after a person's name, read on the folded text: « du service paie », "from payroll". */
const DEPARTMENT_AFTER =
  /,?[ \u00a0](?:du (?:service|pole|departement|siege)|de l'equipe|de la (?:direction|compta|comptabilite|paie)|des rh|from (?:payroll|hr|accounts|finance|claims|legal|compliance|it|the [a-z]{2,20} (?:team|department|desk|office)))(?![a-z])/y;

/** Words of a room, a building or a thing, after « sont », "are": « les trois salles », "the meeting rooms". */
const THING_NOUNS = new Set([
  "salle",
  "salles",
  "bureau",
  "bureaux",
  "batiment",
  "batiments",
  "agence",
  "agences",
  "site",
  "sites",
  "marque",
  "marques",
  "room",
  "rooms",
  "building",
  "buildings",
  "office",
  "offices",
  "site",
  "brand",
  "brands",
  "wing",
  "wings",
  "cabinet",
  "societe",
  "entreprise",
  "prestataire",
  "fournisseur",
  "firm",
  "company",
  "supplier",
  "provider",
]);
const COPULAS = new Set(["est", "sont", "sera", "seront", "etait", "is", "are", "was", "were", "will"]);
/** What is said of a room, not a person: « Victoire est réservée », "Grace is booked". */
const BOOKED = new Set(["reserve", "reservee", "reserves", "reservees", "booked", "reserved"]);
const LIST_JOINS = new Set(["et", "ou", "and", "or"]);
/** Words that open a complement: what follows belongs to the noun before. */
const COMPLEMENTS = new Set(["de", "des", "du", "d'", "of", "for", "pour"]);

/** Between two words, a sentence's or a clause's end (and a comma, when `comma`), read in place. */
function gapBreaks(folded: string, from: number, to: number, comma: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    // . ; ! ? : and a line break
    if (c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x0a) return true;
    if (comma && c === 0x2c) return true;
  }
  return false;
}

/**
 * After the run, within its sentence: a list of capitalised words at most, then « sont » / "are" and,
 * within four words, a room's or a thing's noun (« …et Victoire sont les trois salles de réunion »,
 * "Hope, Grace and Faith are the three meeting rooms"); or « est réservée » / "is booked".
 */
function thingPredicate(folded: string, words: readonly Word[], to: number): boolean {
  let j = to + 1;
  for (let steps = 0; steps < 8; steps++, j++) {
    const w = words[j];
    const previous = words[j - 1] as Word;
    if (!w || gapBreaks(folded, previous.end, w.start, false)) return false;
    if (w.capital || LIST_JOINS.has(w.folded)) continue;
    if (!COPULAS.has(w.folded)) return false;
    for (let m = 1; m <= 4; m++) {
      const next = words[j + m];
      if (!next || gapBreaks(folded, (words[j + m - 1] as Word).end, next.start, true)) return false;
      if (THING_NOUNS.has(next.folded) || (m === 1 && BOOKED.has(next.folded))) return true;
      // « Victoire est la responsable des salles »: the room is a complement of a person's role.
      if (COMPLEMENTS.has(next.folded)) return false;
    }
    return false;
  }
  return false;
}

/** Articles: a person's name seldom follows one (« le Samu Social », "the Grace Period"). */
/** Words that follow an order, not a subject: prepositions, articles, the pronouns an imperative takes. */
const NOT_AFTER_SUBJECT = new Set(
  "a au aux à de du des le la les l un une en pour sur avec dans par moi lui leur nous vous me te toi y to the an for with about on in into from me him her them us it this that these those".split(
    " ",
  ),
);

/** The word after a capitalised one shows an order, not a subject (« Réponds à », "Write the"). */
function orderFollows(text: string, next: Word | undefined): boolean {
  if (!next || !NOT_AFTER_SUBJECT.has(next.folded)) return false;
  // « Serkan a appelé »: French « a » is the verb; only « à » follows an order.
  return next.folded !== "a" || text.slice(next.start, next.end).toLowerCase() === "à";
}

const DETERMINERS = new Set([
  "le",
  "la",
  "les",
  "l'",
  "un",
  "une",
  "du",
  "des",
  "au",
  "aux",
  "the",
  "a",
  "an",
  "our",
  "notre",
  "nos",
]);

/** Words before a place rather than a person: "to Canary Wharf", « vers Pont-Aven », "via Leeds". */
const PLACE_BEFORE = new Set([
  "to",
  "in",
  "at",
  "near",
  "from",
  "via",
  "a",
  "au",
  "aux",
  "en",
  "vers",
  "depuis",
  "sur",
]);

/**
 * After the run, a word that makes it a place, a team or a firm, across common words or a second
 * name joined by « et »/"and": "the Kent field team", "Hilton and Marriott hotels", « l'équipe ».
 */
function placeWordAhead(text: string, words: readonly Word[], to: number): boolean {
  const first = words[to + 1];
  if (!first || !joined(text, words[to] as Word, first)) return false;
  // "Hilton and Marriott hotels", « Mercure et Novotel hotels »
  if (CONJUNCTIONS.has(first.folded)) {
    const other = words[to + 2];
    const head = words[to + 3];
    return (
      !!other &&
      !!head &&
      other.capital &&
      joined(text, first, other) &&
      joined(text, other, head) &&
      namedAfter(head.folded)
    );
  }
  // "the Kent field team", "the Devon claims team": up to two common lower-case words, then the head.
  let j = to + 1;
  for (let steps = 0; steps < 3; steps++, j++) {
    const w = words[j];
    if (!w || (j > to + 1 && !joined(text, words[j - 1] as Word, w))) return false;
    if (namedAfter(w.folded)) return j > to + 1;
    if (w.capital || isStop(w) || !isCommonWord(w.folded)) return false;
  }
  return false;
}

/** A table cell's value that reads as a person's name by itself: capitalised words, one at least a surname of the lists or no dictionary's word, none a common word, town or place. */
function nameLikeCell(text: string, folded: string, start: number, end: number): boolean {
  if (end - start > 60 || /[0-9()[\]@/+=%€$£&]/.test(text.slice(start, end))) return false;
  const words = readWords(text.slice(start, end), folded.slice(start, end));
  if (words.length === 0 || words.length > 4) return false;
  let evidence = false;
  for (const word of words) {
    if (PARTICLES.has(word.folded) && words.length > 1) continue;
    if (!word.capital || word.allCaps || !nameish(word) || isTown(word)) return false;
    if (NAMED_PLACES.has(word.folded) || NAMED_AFTER.has(word.folded)) return false;
    if (isCommonWord(word.folded) && !isPlainLastName(word)) return false;
    if (isPlainLastName(word) || isFirstName(word) || unknownName(word)) evidence = true;
  }
  return evidence;
}

/**
 * A table's columns hold one kind of value: when another rule found a person in a column of a tab- or
 * pipe-separated table (« Van der Berg »), the column's other values that read as names are people too
 * (« Ferguson », « Oyelaran »), whatever its header says. A table is three lines or more with the same
 * number of cells; its first line is its header.
 */
function extendNameColumns(
  text: string,
  folded: string,
  out: PersonalDataFinding[],
  firstFinding: number,
): void {
  if (out.length === firstFinding || (text.indexOf("\t") < 0 && text.indexOf("|") < 0)) return;
  const found = new Map<number, number>();
  const count = out.length;
  let mapped = false;
  /** The rows of the table being read: each row's cells as [start, end) in the text, trimmed. */
  let rows: Array<Array<[number, number]>> = [];
  let separator = "";
  let nextTab = -1;
  let nextPipe = -1;
  const flush = () => {
    if (rows.length >= 3) {
      if (!mapped) {
        // The findings of the other rules, by where they start: built for the first table only.
        for (let i = firstFinding; i < count; i++) {
          const f = out[i] as PersonalDataFinding;
          if (f.type === "PERSON_NAME") found.set(f.start, f.end);
        }
        mapped = true;
      }
      const width = (rows[0] as Array<[number, number]>).length;
      for (let column = 0; column < width; column++) {
        const cells = rows.slice(1).map((row) => row[column] as [number, number]);
        const hasName = cells.some(([a, b]) => {
          const end = found.get(a);
          return end !== undefined && end <= b;
        });
        if (!hasName) continue;
        for (const [a, b] of cells)
          if (!found.has(a) && nameLikeCell(text, folded, a, b))
            out.push({ type: "PERSON_NAME", start: a, end: b });
      }
    }
    rows = [];
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (nextTab !== Infinity && nextTab < lineStart) nextTab = text.indexOf("\t", lineStart);
    if (nextTab < 0) nextTab = Infinity;
    if (nextPipe !== Infinity && nextPipe < lineStart) nextPipe = text.indexOf("|", lineStart);
    if (nextPipe < 0) nextPipe = Infinity;
    const sep = nextTab < lineEnd ? "\t" : nextPipe < lineEnd ? "|" : "";
    const line = sep ? text.slice(lineStart, lineEnd).replace(/\r$/, "") : "";
    const cells = sep ? splitCells(line, sep) : [];
    if (!sep || sep !== separator || (rows[0] && rows[0].length !== cells.length)) {
      flush();
      separator = sep;
    }
    if (sep) {
      rows.push(
        cells.map(([a, b]) => {
          let from = lineStart + a;
          let to = lineStart + b;
          while (from < to && /\s/.test(text[from] as string)) from++;
          while (to > from && /\s/.test(text[to - 1] as string)) to--;
          return [from, to] as [number, number];
        }),
      );
    }
    lineStart = lineEnd + 1;
  }
  flush();
}

/** The cells of one line, as [start, end) offsets inside it; quotes around a CSV cell are left out. */
function splitCells(line: string, sep: string): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let i = 0;
  while (i <= line.length) {
    let lead = i;
    while (lead < line.length && (line[lead] === " " || line[lead] === "\t") && line[lead] !== sep) lead++;
    if (sep !== "\t" && sep !== "|" && line[lead] === '"') {
      // A quoted cell ("Byrne, Aoife"): up to the closing quote; "" inside is one quote.
      let close = lead + 1;
      for (;;) {
        close = line.indexOf('"', close);
        if (close < 0 || line[close + 1] !== '"') break;
        close += 2;
      }
      if (close < 0) close = line.length;
      cells.push([lead + 1, close]);
      const next = line.indexOf(sep, close);
      if (next < 0) break;
      i = next + 1;
      continue;
    }
    const next = line.indexOf(sep, i);
    cells.push([i, next < 0 ? line.length : next]);
    if (next < 0) break;
    i = next + 1;
  }
  return cells;
}

const csvHeaderCells: Record<string, RegExp> = {};

/** A whole CSV cell that is a name header: « ,Nom, », "Member;" at the start of the line. */
function csvHeaderCell(sep: string): RegExp {
  const cached = csvHeaderCells[sep];
  if (cached) return cached;
  const escape = (h: string) => h.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+");
  const alternatives = [...NAME_HEADERS]
    .sort((x, y) => y.length - x.length)
    .map(escape)
    .join("|");
  const made = new RegExp(`(?:^|${sep})[\\s"*]*(?:${alternatives})[\\s"*:]*(?:${sep}|$)`);
  csvHeaderCells[sep] = made;
  return made;
}

/** A header cell made comparable: no stars, colons or quotes, single spaces. */
function headerText(cell: string): string {
  return cell.replace(/[*:"]/g, "").replace(/\s+/g, " ").replace(/’/g, "'").trim();
}

/** A value under a name header: its column, its row (the line's start) and its span in the text. */
interface ColumnCell {
  column: number;
  row: number;
  start: number;
  end: number;
}

/** How a value under a name header reads: a person's name, a town, something else, or either. */
function cellKind(text: string, folded: string, cell: ColumnCell): "name" | "town" | "other" | "unknown" {
  const value = text.slice(cell.start, cell.end);
  // A count, a price, a dosage, a code, or a remark in brackets: « Doliprane 1000 », « Rennes (agence) ».
  if (/[0-9()[\]@/+=%€$£]/.test(value)) return "other";
  const words = readWords(value, folded.slice(cell.start, cell.end));
  if (words.length === 0 || words.length > 6) return "other";
  let evidence = false;
  let places = 0;
  let counted = 0;
  for (const word of words) {
    // « LE GOFF », « Da Silva »: a particle belongs to the surname.
    if (PARTICLES.has(word.folded)) continue;
    counted++;
    if ((stopWords as ReadonlySet<string>).has(word.folded) || NAMED_PLACES.has(word.folded)) return "other";
    const named = isFirstName(word) || isLastName(word) || word.gaelic;
    // A town that is also a name (« Fontaine ») reads as neither: its row and its column decide.
    if (isTown(word) || isPlace(word)) {
      if (!named) places++;
    } else if (named) evidence = true;
  }
  if (places > 0 && places === counted) return "town";
  return evidence ? "name" : "unknown";
}

/**
 * Keeps the values of a table's name columns that read as people. A value the name lists know is a
 * name; a product with its dosage or a department is not; a town or a value neither says (« Laval »,
 * « Quéméner ») is a name when another name column of its row holds a name the lists know (« Laval
 * Julien »), and otherwise unless most of its column is not, or some of it is not and none is a name
 * the lists know (« Leeds, Bristol, Norwich »). A town alone needs its row.
 */
function keepNameCells(
  text: string,
  folded: string,
  cells: readonly ColumnCell[],
  out: PersonalDataFinding[],
): void {
  const kinds = cells.map((cell) => cellKind(text, folded, cell));
  const others = new Map<number, number>();
  const names = new Map<number, number>();
  const counts = new Map<number, number>();
  const rowsWithName = new Set<number>();
  cells.forEach((cell, i) => {
    counts.set(cell.column, (counts.get(cell.column) ?? 0) + 1);
    if (kinds[i] === "other" || kinds[i] === "town")
      others.set(cell.column, (others.get(cell.column) ?? 0) + 1);
    if (kinds[i] === "name") {
      names.set(cell.column, (names.get(cell.column) ?? 0) + 1);
      rowsWithName.add(cell.row);
    }
  });
  cells.forEach((cell, i) => {
    const kind = kinds[i];
    if (kind === "other") return;
    const other = others.get(cell.column) ?? 0;
    const mostlyOther = 2 * other >= (counts.get(cell.column) ?? 0) || (other > 0 && !names.has(cell.column));
    const byRow = rowsWithName.has(cell.row);
    if (kind === "name" || byRow || (kind === "unknown" && !mostlyOther)) {
      out.push({ type: "PERSON_NAME", start: cell.start, end: cell.end });
    }
  });
}

/**
 * Tables pasted from Excel or Word (tab- or pipe-separated) and CSV pastes (comma or semicolon):
 * cells under a name header are names, and the header line itself names no one (« Lien », "Grant"
 * in a header are columns). A CSV header has two cells or more, all short, and its rows as many cells.
 */
function detectNameColumns(
  text: string,
  folded: string,
  out: PersonalDataFinding[],
  firstFinding: number,
): void {
  let lineStart = 0;
  let columns: number[] | null = null;
  let separator = "";
  let width = 0;
  const headerLines: Array<[number, number]> = [];
  // The cells of the table being read, decided together when it ends: a column whose values are
  // mostly towns, products or departments names no one, even under « Nom » or "Name".
  let cells: ColumnCell[] = [];
  const flush = () => {
    if (cells.length > 0) keepNameCells(text, folded, cells, out);
    cells = [];
  };
  // The next tab and pipe in the text, so a line without either is passed over without being cut out.
  let nextTab = -1;
  let nextPipe = -1;
  let nextComma = -1;
  let nextSemicolon = -1;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (nextTab !== Infinity && nextTab < lineStart) nextTab = text.indexOf("\t", lineStart);
    if (nextTab < 0) nextTab = Infinity;
    if (nextPipe !== Infinity && nextPipe < lineStart) nextPipe = text.indexOf("|", lineStart);
    if (nextPipe < 0) nextPipe = Infinity;
    let sep = nextTab < lineEnd ? "\t" : nextPipe < lineEnd ? "|" : "";
    if (!sep && lineEnd - lineStart <= 400) {
      // Under a CSV header, rows keep its separator; otherwise a short line with a comma or a
      // semicolon may be a header.
      if (nextSemicolon !== Infinity && nextSemicolon < lineStart)
        nextSemicolon = text.indexOf(";", lineStart);
      if (nextSemicolon < 0) nextSemicolon = Infinity;
      if (nextComma !== Infinity && nextComma < lineStart) nextComma = text.indexOf(",", lineStart);
      if (nextComma < 0) nextComma = Infinity;
      const semicolon = nextSemicolon;
      const comma = nextComma;
      if (columns && (separator === "," || separator === ";")) {
        const at = separator === "," ? comma : semicolon;
        if (at < lineEnd) sep = separator;
      } else if (lineEnd - lineStart <= 200) {
        if (semicolon < lineEnd) sep = ";";
        else if (comma < lineEnd) sep = ",";
      }
    }
    if (!sep) {
      flush();
      columns = null;
      lineStart = lineEnd + 1;
      continue;
    }
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    const csv = sep === "," || sep === ";";
    if (columns && sep !== separator) {
      flush();
      columns = null;
    }
    if (!columns) {
      const foldedLine = folded.slice(lineStart, lineStart + line.length);
      // Most comma lines are prose: a CSV header holds a name header as a whole cell.
      if (csv && !csvHeaderCell(sep).test(foldedLine)) {
        lineStart = lineEnd + 1;
        continue;
      }
      const headerCells = splitCells(foldedLine, sep);
      let found: number[] = [];
      let headerLike = !csv || (headerCells.length >= 2 && !/[.:!?]\s*$/.test(foldedLine));
      let thingTable = false;
      const generic: number[] = [];
      headerCells.forEach(([from, to], index) => {
        const header = headerText(foldedLine.slice(from, to));
        if (csv && (header.length > 40 || header.split(" ").length > 5)) headerLike = false;
        if (NAME_HEADERS.has(header)) found.push(index);
        if (GENERIC_NAME_HEADERS.has(header)) generic.push(index);
        if (THING_HEADERS.has(header)) thingTable = true;
      });
      // « Nom | Dosage | Laboratoire », "Name | Strength | Pack": a table of things, whose « Nom »
      // names products, unless another column names people (« Prénom », "Member").
      if (found.length > 0 && thingTable && generic.length === found.length && headerLike) {
        // Its header line still names columns, not people ("Name,Price,Stock").
        headerLines.push([lineStart, lineStart + line.length]);
        found = [];
      }
      if (found.length > 0 && headerLike) {
        flush();
        columns = found;
        separator = sep;
        width = headerCells.length;
        headerLines.push([lineStart, lineStart + line.length]);
      }
    } else if (!/^[\s|:\-+]*$/.test(line)) {
      const row = splitCells(line, sep);
      if (csv && row.length !== width) {
        flush();
        columns = null;
      } else {
        for (const index of columns) {
          const cell = row[index];
          if (!cell) continue;
          const raw = line.slice(cell[0], cell[1]);
          const lead = raw.length - raw.trimStart().length;
          const value = raw.trim();
          if (/\p{L}/u.test(value) && value.length <= 80 && !/^(n\/?a|-|néant|none)$/iu.test(value)) {
            const start = lineStart + cell[0] + lead;
            cells.push({ column: index, row: lineStart, start, end: start + value.length });
          }
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  flush();
  if (headerLines.length === 0) return;
  // The header line names columns, not people.
  // Header lines are found in text order: a binary search per finding keeps this linear-logarithmic.
  const inHeader = (f: PersonalDataFinding): boolean => {
    let lo = 0;
    let hi = headerLines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = headerLines[mid] as [number, number];
      if (f.end <= a) hi = mid - 1;
      else if (f.start >= b) lo = mid + 1;
      else return f.start >= a && f.end <= b;
    }
    return false;
  };
  let kept = firstFinding;
  for (let i = firstFinding; i < out.length; i++) {
    const f = out[i] as PersonalDataFinding;
    if (!inHeader(f)) out[kept++] = f;
  }
  out.length = kept;
}
