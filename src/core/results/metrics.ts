import type { Localized } from "../types";

/** How a figure is shown: Excel number formats shared by the .xlsx and the Office.js writer. */
export const FORMATS = {
  int: "#,##0",
  decimal: "0.0",
  score: "0.0",
  change: "+0.0;-0.0;0.0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  text: "@",
} as const;
export type FormatKind = keyof typeof FORMATS;

export interface MetricDefinition {
  id: string;
  label: Localized;
  definition: Localized;
  format: FormatKind;
}

const m = (id: string, format: FormatKind, label: Localized, definition: Localized): MetricDefinition => ({
  id,
  format,
  label,
  definition,
});

/** Summary figures, in the order the Summary sheet lists them; the About sheet explains each. */
export const SUMMARY_METRICS = [
  m(
    "enrolled",
    "int",
    { fr: "Inscrits", en: "Enrolled" },
    {
      fr: "Personnes connues de Parcours dans la sélection (cohorte, service), qu'elles aient fait un exercice ou non.",
      en: "People known to Parcours in the selection (cohort, department), whether or not they did an exercise.",
    },
  ),
  m(
    "activeLearners",
    "int",
    { fr: "Actifs sur la période", en: "Active in the period" },
    {
      fr: "Apprenants ayant soumis au moins un exercice pendant la période.",
      en: "Learners who submitted at least one exercise during the period.",
    },
  ),
  m(
    "active7",
    "int",
    { fr: "Actifs sur 7 jours", en: "Active in the last 7 days" },
    {
      fr: "Apprenants ayant soumis un exercice dans les 7 jours finissant à la date de fin (ou aujourd'hui).",
      en: "Learners who submitted an exercise in the 7 days ending on the end date (or today).",
    },
  ),
  m(
    "active30",
    "int",
    { fr: "Actifs sur 30 jours", en: "Active in the last 30 days" },
    {
      fr: "Même chose sur 30 jours.",
      en: "The same over 30 days.",
    },
  ),
  m(
    "attempts",
    "int",
    { fr: "Exercices soumis", en: "Attempts" },
    {
      fr: "Nombre d'exercices soumis et notés pendant la période.",
      en: "Number of exercises submitted and scored during the period.",
    },
  ),
  m(
    "medianAttemptsPerActive",
    "decimal",
    { fr: "Exercices par actif (médiane)", en: "Attempts per active learner (median)" },
    {
      fr: "Médiane du nombre d'exercices par apprenant actif : la moitié des actifs en a fait moins, l'autre moitié plus.",
      en: "Median number of attempts per active learner: half of them did fewer, half did more.",
    },
  ),
  m(
    "meanScore",
    "score",
    { fr: "Score moyen (0–100)", en: "Mean score (0–100)" },
    {
      fr: "Moyenne des scores officiels (0–100) des exercices de la période.",
      en: "Mean official score (0–100) of the period's attempts.",
    },
  ),
  m(
    "scoreChange",
    "change",
    {
      fr: "Progression du score (premiers essais)",
      en: "Score change (first attempts)",
    },
    {
      fr: "Pour chaque apprenant ayant fait au moins deux exercices différents : score de son premier essai au dernier exercice nouveau moins score de son premier essai au premier exercice, en points. Seul le premier essai à chaque exercice compte (transfert) : un nouvel essai après avoir vu sa note ne mesure pas la compétence, et un prompt recopié de l’exemple ou de la version améliorée affichée est écarté. Moyenne sur ces apprenants, avec son intervalle de confiance à 95 % (loi de Student, n − 1 degrés de liberté : moyenne ± t × écart-type / √n). Si l’intervalle ne contient pas 0, la progression n’est probablement pas due au hasard.",
      en: "For each learner who tried at least two different exercises: the score of their first attempt at the latest new exercise minus that of their first attempt at the first exercise, in points. Only the first attempt at each exercise counts (transfer): a retry after seeing one’s score does not measure skill, and a prompt copied from the example or the better version shown is left out. Mean over those learners, with its 95% confidence interval (Student’s t, n − 1 degrees of freedom: mean ± t × sd / √n). If the interval excludes 0, the change is unlikely to be chance.",
    },
  ),
  m(
    "shareImproved",
    "percent",
    { fr: "Part des apprenants en progrès", en: "Share of learners who improved" },
    {
      fr: "Parmi les apprenants ayant fait au moins deux exercices différents, part dont le dernier premier essai dépasse le premier (même règle que la progression).",
      en: "Among learners who tried at least two different exercises, the share whose latest first attempt scores above their first one (same rule as the score change).",
    },
  ),
  m(
    "minutesSavedTotal",
    "int",
    { fr: "Minutes gagnées (déclarées)", en: "Minutes saved (self-reported)" },
    {
      fr: "Somme des minutes gagnées déclarées par les apprenants après un exercice (0–240 par exercice).",
      en: "Sum of the minutes saved that learners reported after an exercise (0–240 per attempt).",
    },
  ),
  m(
    "minutesSavedPerActive",
    "decimal",
    { fr: "Minutes gagnées par actif", en: "Minutes saved per active learner" },
    {
      fr: "Minutes gagnées déclarées divisées par le nombre d'apprenants actifs sur la période.",
      en: "Self-reported minutes saved divided by the number of learners active in the period.",
    },
  ),
  m(
    "meanUsefulness",
    "decimal",
    { fr: "Utilité perçue (1–5)", en: "Perceived usefulness (1–5)" },
    {
      fr: "Moyenne des notes d'utilité (1 à 5) données après un exercice, sur les exercices notés.",
      en: "Mean usefulness rating (1 to 5) given after an exercise, over the rated attempts.",
    },
  ),
  m(
    "usefulnessResponses",
    "int",
    { fr: "Réponses d'utilité", en: "Usefulness responses" },
    {
      fr: "Nombre d'exercices pour lesquels l'apprenant a donné une note d'utilité.",
      en: "Number of attempts for which the learner gave a usefulness rating.",
    },
  ),
  m(
    "privacyBlocks",
    "int",
    { fr: "Blocages de données personnelles", en: "Personal-data blocks" },
    {
      fr: "Nombre de fois où l'API a refusé d'envoyer au modèle un texte contenant un identifiant personnel (NIR, IBAN, carte, téléphone, e-mail…). Le contenu n'est jamais conservé.",
      en: "Times the API refused to send the model a text containing a personal identifier (social security number, IBAN, card, phone, email…). The content is never kept.",
    },
  ),
  m(
    "bandTrying",
    "int",
    { fr: "Découverte", en: "Trying" },
    {
      fr: "Apprenants actifs qui ne sont ni réguliers ni champions (le plus souvent 1 ou 2 exercices).",
      en: "Active learners who are neither established nor champions (usually 1 or 2 attempts).",
    },
  ),
  m(
    "bandEstablished",
    "int",
    { fr: "Réguliers", en: "Established" },
    {
      fr: "Au moins 3 exercices en 14 jours consécutifs, sans être champion.",
      en: "At least 3 attempts within 14 consecutive days, without being a champion.",
    },
  ),
  m(
    "bandChampion",
    "int",
    { fr: "Champions", en: "Champions" },
    {
      fr: "Au moins 10 exercices et une maîtrise moyenne d'au moins 0,7.",
      en: "At least 10 attempts and a mean mastery of at least 0.7.",
    },
  ),
] as const satisfies readonly MetricDefinition[];

export type SummaryMetricId = (typeof SUMMARY_METRICS)[number]["id"];

/** Notions used across sheets, explained once on the About sheet. */
export const NOTIONS: readonly MetricDefinition[] = [
  m(
    "mastery",
    "percent",
    { fr: "Maîtrise (0–1)", en: "Mastery (0–1)" },
    {
      fr: "Par critère de la grille, la règle du suivi de l'apprenant : partant de 0, chaque exercice de la période (sauf les prompts recopiés), dans l'ordre où il a été soumis, rapproche la maîtrise de sa note (0–3, ramenée à 0–1) de 20 % de l'écart (maîtrise ← maîtrise + 0,2 × (note − maîtrise)) ; les exercices récents comptent donc le plus. La maîtrise moyenne est la moyenne des 7 critères de compétence (la sécurité des données est une condition, pas une compétence).",
      en: "Per rubric criterion, the learner model's own rule: starting from 0, each attempt in the period (copied prompts excepted), in the order it was submitted, moves mastery 20% of the way toward its score (0–3, scaled to 0–1): mastery ← mastery + 0.2 × (score − mastery). Recent attempts therefore count most. Mean mastery averages the 7 skill criteria (data safety is a gate, not a skill).",
    },
  ),
  m(
    "copied",
    "text",
    { fr: "Prompt recopié", en: "Copied prompt" },
    {
      fr: "Un prompt presque identique à l’exemple de l’exercice ou à la version améliorée montrée à l’apprenant : au moins 80 % de mots communs (indice de Jaccard sur les mots, sans casse ni accents) et au moins 60 % de suites de trois mots communes. L’apprenant voit sa note, mais l’essai ne compte ni dans la maîtrise ni dans la progression.",
      en: "A prompt nearly identical to the exercise’s example or to the better version shown to the learner: at least 80% of words in common (Jaccard index on words, ignoring case and accents) and at least 60% of three-word sequences in common. The learner sees their score, but the attempt counts neither for mastery nor for progress.",
    },
  ),
  m(
    "shareMastered",
    "percent",
    { fr: "Part maîtrisant le critère", en: "Share mastering the criterion" },
    {
      fr: "Part des apprenants actifs dont la maîtrise du critère atteint 0,7.",
      en: "Share of active learners whose mastery of the criterion reaches 0.7.",
    },
  ),
  m(
    "week",
    "date",
    { fr: "Semaine", en: "Week" },
    {
      fr: "Semaine ISO (du lundi au dimanche, UTC), désignée par son lundi.",
      en: "ISO week (Monday to Sunday, UTC), named by its Monday.",
    },
  ),
  m(
    "pseudonym",
    "text",
    { fr: "Pseudonyme", en: "Pseudonym" },
    {
      fr: "Identifiant stable propre à votre organisation, calculé par une empreinte à clé secrète : il ne permet pas de retrouver la personne. Les noms n'apparaissent que si l'administrateur l'autorise.",
      en: "A stable identifier specific to your organisation, from a keyed hash: it does not reveal who the person is. Names appear only when the administrator allows it.",
    },
  ),
  m(
    "k",
    "int",
    { fr: "Seuil d'anonymat (k)", en: "Anonymity threshold (k)" },
    {
      fr: "Les chiffres ne portent que sur les apprenants dont le couple cohorte–service compte au moins k inscrits (dans toute l’organisation, quels que soient la période et le filtre). Les autres n’entrent dans aucun chiffre — ni les totaux, ni les cohortes, services, semaines, applications, critères ou la liste des apprenants — et une cohorte ou un service sans aucun apprenant retenu est affiché « < k », sans chiffre. Comme chaque rapport, filtré ou non, porte sur ces mêmes apprenants et qu’un filtre ne retient que des couples entiers, aucune soustraction entre deux chiffres, dans un rapport ou entre deux rapports, ne vise moins de k personnes. Limites : k compte des inscrits, pas des actifs — une semaine, une application ou un groupe peut refléter moins de k apprenants actifs, comme la liste des apprenants (sous pseudonyme) le montre déjà ; « Inscrits » compte toutes les personnes de la sélection, retenues ou non.",
      en: 'Figures cover only learners whose cohort–department pair has at least k enrolled learners (across the organisation, whatever the period and filter). Others are in no figure — not the totals, cohorts, departments, weeks, applications, criteria or the learners list — and a cohort or department with no learner kept is shown as "< k", with no figures. As every report, filtered or not, covers these same learners and a filter only keeps whole pairs, no subtraction between two figures, in one report or across two reports, narrows down to fewer than k people. Limits: k counts enrolled learners, not active ones — a week, an application or a group may reflect fewer than k active learners, as the (pseudonymous) learners list already shows; "Enrolled" counts everyone in the selection, kept or not.',
    },
  ),
];
