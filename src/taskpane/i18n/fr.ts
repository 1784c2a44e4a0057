import type { FirstMessages } from "./en";

/** The pane's texts in French that the first screen shows (see en.ts); the rest is in fr-later.ts. */
export const frFirst: FirstMessages = {
  appName: "Parcours",
  loading: "Chargement de Parcours…",
  language: "Langue",
  languageSwitch: "English",
  languageSwitchLabel: "Switch to English",
  nav: {
    label: "Sections",
    home: "Accueil",
    exercise: "Exercice",
    progress: "Progression",
    results: "Tableau de résultats",
    charter: "Charte",
    useCases: "Cas d’usage",
    library: "Bibliothèque de prompts",
  },
  preview: {
    label: "Hôte d’aperçu",
    hint: "Hors d’Office : un contenu d’exemple remplace votre document.",
    sample: "Exemple",
  },
  home: {
    title: "Proposé pour vous",
    why: "Pourquoi celui-ci",
    minutes: (n: number) => `${n} min`,
    contextTitle: "Contexte utilisé",
    contextEmpty: "Rien n’est ouvert ni sélectionné — l’exercice fonctionne sans contexte.",
    contextSelection: "Votre sélection",
    contextWhole: "L’élément entier",
    words: (n: number) => `${n} mots`,
    truncated: "Texte long : seul le début est utilisé.",
    start: "Commencer l’exercice",
    another: "Proposer un autre",
    streak: "Série",
    streakDays: (n: number) => (n <= 1 ? `${n} jour` : `${n} jours`),
    level: "Niveau",
    nextStep: "Prochaine étape",
    nextStepFirst: "Faites votre premier exercice : quelques minutes suffisent.",
    nextStepFocus: (criterion: string) =>
      `Travaillez « ${criterion} » : c’est votre critère le plus faible pour l’instant.`,
    nextStepAllGood: "Tous les critères vont bien : essayez un exercice plus difficile.",
    noSuggestion:
      "Aucun exercice ne correspond encore à ce contenu. Ouvrez un autre document ou réessayez plus tard.",
    refreshContext: "Relire le document",
  },
  levels: { beginner: "Débutant", intermediate: "Intermédiaire", advanced: "Avancé" },
  skills: {
    summarise: "Résumer",
    draft: "Rédiger",
    analyse: "Analyser",
    transform: "Transformer",
    iterate: "Affiner",
    verify: "Vérifier",
  },
  queue: {
    pending: (n: number) => (n <= 1 ? `${n} essai en attente d’envoi` : `${n} essais en attente d’envoi`),
    sending: "Envoi…",
    retry: "Envoyer maintenant",
  },
  errors: {
    title: "Un problème est survenu",
    llm_not_configured: {
      message: "Aucun modèle d’IA n’est encore configuré pour votre organisation.",
      next: "Vous pouvez quand même rédiger et soumettre votre prompt pour obtenir une note. Demandez à l’administrateur de Parcours de configurer un modèle.",
    },
    personal_data_in_text: {
      message: "Ce texte contient des données personnelles (un nom, un numéro, un détail de santé).",
      next: "Retirez-les avant de partager\u00a0: vos collègues le liront.",
    },
    personal_data_blocked: {
      message: "Le serveur a refusé le prompt car il contient des données personnelles.",
      next: "Retirez les passages surlignés et exécutez à nouveau.",
    },
    quota_exceeded: {
      message: "Vous avez atteint la limite d’exécutions du jour.",
      next: "Soumettez votre prompt pour obtenir une note, et exécutez-le à nouveau demain.",
    },
    improve_quota_exceeded: {
      message: "Vous avez atteint la limite d’améliorations par l’IA du jour.",
      next: "Vos exécutions ne sont pas touchées. Utilisez la meilleure version ci-dessus, ou améliorez avec l’IA à nouveau demain.",
    },
    rate_limited: {
      message: "Trop de demandes en peu de temps.",
      next: "Patientez une minute, puis réessayez.",
    },
    unauthorized: {
      message: "Vous n’êtes pas connecté, ou votre session a expiré.",
      next: "Reconnectez-vous.",
    },
    forbidden: {
      message: "Votre compte n’est pas autorisé à faire cela.",
      next: "Demandez l’accès à l’administrateur de Parcours.",
    },
    network: {
      message: "Le serveur Parcours est injoignable.",
      next: "Vérifiez votre connexion. Vos essais sont conservés sur ce poste et envoyés plus tard.",
    },
    server: {
      message: "Le serveur Parcours a rencontré un problème.",
      next: "Réessayez dans un instant. Si cela continue, prévenez votre administrateur.",
    },
    invalid: {
      message: "La demande n’a pas été acceptée.",
      next: "Rechargez le volet et réessayez.",
    },
    not_found: {
      message: "Cet élément n’existe plus.",
      next: "Revenez à l’accueil et choisissez un autre exercice.",
    },
    conflict: {
      message: "Cet essai a déjà été enregistré avec un contenu différent.",
      next: "Commencez un nouvel essai.",
    },
    model_error: {
      message: "Le modèle d’IA n’a pas répondu.",
      next: "Réessayez dans un instant, ou soumettez votre prompt pour obtenir une note.",
    },
    unknown: {
      message: "Un imprévu est survenu.",
      next: "Rechargez le volet. Votre travail en cours est conservé sur ce poste.",
    },
    crash: "Le volet a rencontré une erreur inattendue.",
    screenOffline: "Cet écran ne peut pas s’afficher sans connexion.",
    screenOfflineNext: "Les autres sections restent utilisables. Réessayez une fois la connexion revenue.",
    reload: "Recharger",
    signIn: "Se connecter",
    retry: "Réessayer",
    dismiss: "Fermer",
    code: (c: string) => `Code : ${c}`,
  },
  charterScreen: {
    title: "Charte et mes données",
    open: "Charte et mes données",
    accepted: (version: string) => `Vous avez accepté la version ${version} de la charte.`,
    notAccepted: "Vous n’avez pas encore accepté la charte.",
    export: "Exporter mes données",
    exporting: "Préparation de vos données…",
    exported: "Vos données ont été téléchargées (parcours-export.json).",
  },
};
