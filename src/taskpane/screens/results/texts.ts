import type { Lang } from "../../../core/types";

/** Texts of the Results sheet screen, in French and English. */
export const RESULTS_TEXTS = {
  en: {
    title: "Results sheet",
    intro:
      "Writes the pilot’s adoption, skill progress and time saved into this workbook: seven sheets with tables and charts. Run it again to refresh them; your other sheets are left alone.",
    introOutsideExcel:
      "Shows the pilot’s key figures — adoption, skill progress, time saved — and downloads them as a workbook (.xlsx) with seven sheets, tables and charts. Opened in Excel, Parcours writes those sheets into the open workbook.",
    filters: "Filters",
    from: "From",
    to: "To",
    cohort: "Cohort",
    department: "Department",
    host: "Application",
    allHosts: "All applications",
    any: "All",
    write: "Write the results sheet",
    writing: "Writing the results into the workbook…",
    written: (created: number, refreshed: number) =>
      created > 0 && refreshed > 0
        ? `${created} sheets created and ${refreshed} refreshed.`
        : created > 0
          ? `${created} sheets created.`
          : `${refreshed} sheets refreshed.`,
    hidden: (k: number) =>
      `Fewer than ${k} learners match this selection: to protect them, only the number enrolled is shown.`,
    keyFigures: "Key figures",
    active: "Active learners",
    attempts: "Attempts",
    change: "Score change (first attempts)",
    interval: (low: string, high: string) => `95% interval ${low} to ${high}`,
    minutes: "Minutes saved (self-reported)",
    show: "Show the results",
    loading: "Loading the results…",
    download: "Download the workbook (.xlsx)",
    downloading: "Preparing the workbook…",
    needsExcel:
      "Key figures below. Open Parcours in Excel to write the seven sheets with tables and charts into a workbook, or download the workbook.",
    oldExcel: "This version of Excel is too old for the results sheet (Excel API 1.7 is needed).",
    excelFailed: "Excel could not write the sheets. Close any cell being edited and try again.",
  },
  fr: {
    title: "Tableau de résultats",
    intro:
      "Écrit dans ce classeur l’adoption, la progression et le temps gagné du pilote : sept feuilles avec tableaux et graphiques. Relancez pour les mettre à jour ; vos autres feuilles ne sont pas modifiées.",
    introOutsideExcel:
      "Affiche les chiffres clés du pilote — adoption, progression, temps gagné — et les télécharge dans un classeur (.xlsx) de sept feuilles avec tableaux et graphiques. Ouvert dans Excel, Parcours écrit ces feuilles dans le classeur ouvert.",
    filters: "Filtres",
    from: "Du",
    to: "Au",
    cohort: "Cohorte",
    department: "Service",
    host: "Application",
    allHosts: "Toutes les applications",
    any: "Tous",
    write: "Écrire le tableau de résultats",
    writing: "Écriture des résultats dans le classeur…",
    written: (created: number, refreshed: number) =>
      created > 0 && refreshed > 0
        ? `${created} feuilles créées et ${refreshed} mises à jour.`
        : created > 0
          ? `${created} feuilles créées.`
          : `${refreshed} feuilles mises à jour.`,
    hidden: (k: number) =>
      `Moins de ${k} apprenants correspondent à cette sélection : pour les protéger, seul le nombre d’inscrits est affiché.`,
    keyFigures: "Chiffres clés",
    active: "Apprenants actifs",
    attempts: "Exercices soumis",
    change: "Progression du score (premiers essais)",
    interval: (low: string, high: string) => `intervalle à 95 % de ${low} à ${high}`,
    minutes: "Minutes gagnées (déclarées)",
    show: "Afficher les résultats",
    loading: "Chargement des résultats…",
    download: "Télécharger le classeur (.xlsx)",
    downloading: "Préparation du classeur…",
    needsExcel:
      "Chiffres clés ci-dessous. Ouvrez Parcours dans Excel pour écrire les sept feuilles avec tableaux et graphiques dans un classeur, ou téléchargez le classeur.",
    oldExcel: "Cette version d’Excel est trop ancienne pour le tableau de résultats (API Excel 1.7 requise).",
    excelFailed:
      "Excel n’a pas pu écrire les feuilles. Quittez la cellule en cours de modification et réessayez.",
  },
} satisfies Record<Lang, unknown>;

export type ResultsTexts = (typeof RESULTS_TEXTS)["en"];
