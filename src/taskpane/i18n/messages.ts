/**
 * Every user-facing text of the task pane, in English and French. `Messages` is the English shape, so
 * the French dictionary fails to type-check when a key is missing.
 */
const en = {
  appName: "Parcours",
  loading: "Loading Parcours…",
  language: "Language",
  languageSwitch: "Français",
  languageSwitchLabel: "Passer en français",
  nav: {
    label: "Sections",
    home: "Home",
    exercise: "Exercise",
    progress: "Progress",
    results: "Results sheet",
    charter: "Charter",
  },
  preview: {
    label: "Preview host",
    hint: "Outside Office: sample content stands in for your document.",
    sample: "Sample",
  },
  onboarding: {
    title: "Welcome to Parcours",
    intro:
      "Parcours suggests short exercises on the document, email or table you have open, so you learn to write clear prompts for AI assistants. You get instant feedback while you type and a score with one thing to improve.",
    howTitle: "How it works",
    how: [
      "Parcours reads what you have open — it never leaves your computer until you run a prompt.",
      "Write a prompt for the suggested exercise; the meter shows what is missing.",
      "Run it, submit it, and get one concrete improvement.",
    ],
    charterTitle: "Your organisation’s AI charter",
    charterVersion: (v: string) => `Version ${v}`,
    accept: "I have read and accept the charter",
    start: "Start",
    mustAccept: "Tick the box to accept the charter before your first exercise.",
  },
  home: {
    title: "Suggested for you",
    why: "Why this one",
    minutes: (n: number) => `${n} min`,
    contextTitle: "Context it will use",
    contextEmpty: "Nothing is open or selected — the exercise works without context.",
    contextSelection: "Your selection",
    contextWhole: "The whole item",
    words: (n: number) => `${n} words`,
    truncated: "Long text: only the beginning is used.",
    start: "Start exercise",
    another: "Suggest another",
    streak: "Streak",
    streakDays: (n: number) => (n === 1 ? "1 day" : `${n} days`),
    level: "Level",
    nextStep: "Next step",
    nextStepFirst: "Do your first exercise: it takes a few minutes.",
    nextStepFocus: (criterion: string) => `Work on “${criterion}”: it is your weakest criterion so far.`,
    nextStepAllGood: "Every criterion is going well: try a harder exercise.",
    noSuggestion: "No exercise fits this content yet. Open another document or try again later.",
    refreshContext: "Read the document again",
  },
  levels: { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced" },
  skills: { summarise: "Summarise", draft: "Draft", analyse: "Analyse", transform: "Transform" },
  exercise: {
    brief: "Brief",
    task: "Task",
    prompt: "Your prompt",
    promptHint: "Write the instruction you would give the AI assistant. Ctrl+Enter runs it.",
    benchmarkNote:
      "Benchmark: the same task for everyone, at the start and at the end of each stage, to measure progress. No live hints until you submit.",
    meter: "Prompt meter",
    meterScore: (n: number) => `Live score ${n} out of 100`,
    criterionScore: (name: string, n: number) => `${name}: ${n} out of 3`,
    run: "Run",
    stop: "Stop",
    submit: "Submit",
    tryAgain: "Try again",
    answer: "Answer",
    answerStreaming: "The answer is arriving…",
    answerStopped: "Stopped.",
    masked: (types: string) => `Masked before sending: ${types}.`,
    answerEmpty: "Run your prompt to see the model’s answer here.",
    personalData: (n: number) =>
      n === 1
        ? "Your prompt contains personal data. Remove it before running."
        : `Your prompt contains ${n} pieces of personal data. Remove them before running.`,
    personalDataTypes: (types: string) => `Found: ${types}.`,
    personalDataWarn:
      "Your prompt may contain personal or health data: it is masked or flagged before anything is sent.",
    runRefused: "Run is disabled while personal data is in the prompt.",
    submitting: "Scoring your prompt…",
    back: "Back to home",
    tries: "Your tries",
    tryN: (n: number, score: number) => `Try ${n}: ${score}/100`,
    promptCounter: (chars: string, max: string) => `${chars} / ${max} characters`,
    promptTooLong: (max: string) =>
      `Your prompt is over the ${max}-character limit, so it cannot be run or submitted. Put long material in the document (or select it) and refer to it in your prompt (“the selected text”, “this email”).`,
  },
  piiTypes: {
    nir: "social security number",
    iban: "IBAN",
    card: "payment card",
    phone: "phone number",
    email: "email address",
    birthdate: "date of birth",
    health: "health term",
    name: "name",
    other: "personal data",
  } as Record<string, string>,
  feedback: {
    title: "Your result",
    score: (n: number) => `${n}/100`,
    scoreLabel: "Score",
    breakdown: "Details per criterion",
    strengths: "What worked",
    improvement: "The one thing to improve",
    copied:
      "This prompt is very close to the example or to the better version shown: your score stands, but this try does not count towards your progress.",
    fix: "A better version",
    yourPrompt: "Your prompt",
    examplePrompt: "Example prompt",
    compare: "Your prompt and an example",
    nothingToChange:
      "Nothing to change: your prompt already says what to produce, from what, for whom and in what form.",
    useVersion: "Use this version",
    useAiVersion: "Use the AI’s version",
    improveWithAi: "Improve with AI",
    improving: "The AI is rewriting your prompt…",
    aiVersion: "The AI’s version",
    passed: "Exercise passed",
    notPassed: "Not passed yet",
    selfReportTitle: "Quick feedback",
    minutesSaved: "Minutes this would save you",
    usefulness: "How useful was this?",
    usefulnessValues: ["Not useful", "A little", "Useful", "Very useful"],
    thanks: "Thanks — recorded.",
    queued: "Saved on this device; it will be sent when the connection is back.",
  },
  progress: {
    title: "Your progress",
    mastery: "Mastery per criterion",
    masteryValue: (name: string, pct: number) => `${name}: ${pct}%`,
    percent: (pct: number) => `${pct}%`,
    overTime: "Score over time",
    overTimeSummary: (n: number, first: number, last: number) =>
      n === 1 ? `1 attempt: ${first} out of 100` : `${n} attempts, from ${first} to ${last} out of 100`,
    passMark: "pass mark",
    passMarkExplained: "The dashed line at 60 is the pass mark.",
    masteryExplained:
      "Mastery is a running estimate of how reliably you meet each criterion. Each exercise moves it part of the way toward that attempt’s result (40% of the way for the criteria the exercise targets, 20% for the others), so a first 100/100 shows 20 to 40%: it takes several good exercises to come close to 100%.",
    history: "Attempts",
    empty: "No attempts yet. Your first exercise is one click away.",
    date: "Date",
    exercise: "Exercise",
    score: "Score",
    attempts: (n: number) => (n === 1 ? "1 attempt" : `${n} attempts`),
  },
  queue: {
    pending: (n: number) => (n === 1 ? "1 attempt waiting to be sent" : `${n} attempts waiting to be sent`),
    sending: "Sending…",
    retry: "Send now",
  },
  errors: {
    title: "Something went wrong",
    llm_not_configured: {
      message: "No AI model is configured for your organisation yet.",
      next: "You can still write and submit your prompt to get a score. Ask your Parcours administrator to set up a model.",
    },
    personal_data_blocked: {
      message: "The server refused the prompt because it contains personal data.",
      next: "Remove the highlighted parts and run again.",
    },
    quota_exceeded: {
      message: "You have reached today’s limit of AI runs.",
      next: "Submit your prompt to get a score anyway, and run it again tomorrow.",
    },
    rate_limited: {
      message: "Too many requests in a short time.",
      next: "Wait a minute, then try again.",
    },
    unauthorized: {
      message: "You are not signed in, or your session has expired.",
      next: "Sign in again.",
    },
    forbidden: {
      message: "Your account is not allowed to do this.",
      next: "Ask your Parcours administrator for access.",
    },
    network: {
      message: "The Parcours server cannot be reached.",
      next: "Check your connection. Your attempts are kept on this device and sent later.",
    },
    server: {
      message: "The Parcours server had a problem.",
      next: "Try again in a moment. If it continues, tell your administrator.",
    },
    invalid: {
      message: "The request was not accepted.",
      next: "Reload the pane and try again.",
    },
    not_found: {
      message: "This item no longer exists.",
      next: "Go back home and pick another exercise.",
    },
    conflict: {
      message: "This attempt was already recorded with different content.",
      next: "Start a new try.",
    },
    model_error: {
      message: "The AI model did not answer.",
      next: "Try again in a moment, or submit your prompt to get a score.",
    },
    unknown: {
      message: "Something unexpected happened.",
      next: "Reload the pane. Your work in progress is kept on this device.",
    },
    crash: "The pane hit an unexpected error.",
    screenOffline: "This screen cannot be shown without a connection.",
    screenOfflineNext: "The other sections still work. Try again once you are back online.",
    reload: "Reload",
    signIn: "Sign in",
    retry: "Try again",
    dismiss: "Dismiss",
    code: (c: string) => `Code: ${c}`,
  },
  charterScreen: {
    title: "Charter and my data",
    open: "Charter and my data",
    accepted: (version: string) => `You accepted version ${version} of the charter.`,
    notAccepted: "You have not accepted the charter yet.",
    dataTitle: "My data",
    dataIntro:
      "As the charter promises, you can download everything Parcours stores about you: your profile, your attempts and your answers, as a JSON file.",
    export: "Export my data",
    exporting: "Preparing your data…",
    exported: "Your data has been downloaded (parcours-export.json).",
  },
  onboardingLead: {
    results: "Open the results sheet",
    hint: "As a pilot lead, you can see the results without doing the exercises.",
  },
  auth: {
    signingIn: "Signing in…",
    signIn: "Sign in with your work account",
  },
  results: {
    title: "Results sheet",
    intro: "Write the pilot’s results into this workbook.",
  },
};

export type Messages = typeof en;

const fr: Messages = {
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
  },
  preview: {
    label: "Hôte d’aperçu",
    hint: "Hors d’Office : un contenu d’exemple remplace votre document.",
    sample: "Exemple",
  },
  onboarding: {
    title: "Bienvenue dans Parcours",
    intro:
      "Parcours propose de courts exercices sur le document, le courriel ou le tableau ouvert, pour apprendre à rédiger des prompts clairs pour les assistants d’IA. Vous avez un retour immédiat pendant la saisie et une note avec un point à améliorer.",
    howTitle: "Comment ça marche",
    how: [
      "Parcours lit ce que vous avez ouvert — rien ne quitte votre poste tant que vous n’exécutez pas un prompt.",
      "Rédigez un prompt pour l’exercice proposé ; la jauge montre ce qui manque.",
      "Exécutez-le, soumettez-le et recevez une amélioration concrète.",
    ],
    charterTitle: "La charte IA de votre organisation",
    charterVersion: (v: string) => `Version ${v}`,
    accept: "J’ai lu et j’accepte la charte",
    start: "Commencer",
    mustAccept: "Cochez la case pour accepter la charte avant votre premier exercice.",
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
  skills: { summarise: "Résumer", draft: "Rédiger", analyse: "Analyser", transform: "Transformer" },
  exercise: {
    brief: "Consigne",
    task: "À faire",
    prompt: "Votre prompt",
    promptHint: "Écrivez l’instruction que vous donneriez à l’assistant d’IA. Ctrl+Entrée l’exécute.",
    benchmarkNote:
      "Exercice de bilan : la même tâche pour tous, au début et à la fin de chaque étape, pour mesurer les progrès. Pas d’aide en direct avant l’envoi.",
    meter: "Jauge du prompt",
    meterScore: (n: number) => `Note en direct ${n} sur 100`,
    criterionScore: (name: string, n: number) => `${name} : ${n} sur 3`,
    run: "Exécuter",
    stop: "Arrêter",
    submit: "Soumettre",
    tryAgain: "Réessayer",
    answer: "Réponse",
    answerStreaming: "La réponse arrive…",
    answerStopped: "Arrêté.",
    masked: (types: string) => `Masqué avant l’envoi : ${types}.`,
    answerEmpty: "Exécutez votre prompt pour voir ici la réponse du modèle.",
    personalData: (n: number) =>
      n === 1
        ? "Votre prompt contient une donnée personnelle. Retirez-la avant d’exécuter."
        : `Votre prompt contient ${n} données personnelles. Retirez-les avant d’exécuter.`,
    personalDataTypes: (types: string) => `Détecté : ${types}.`,
    personalDataWarn:
      "Votre prompt semble contenir des données personnelles ou de santé : elles sont masquées ou signalées avant tout envoi.",
    runRefused: "L’exécution est désactivée tant que le prompt contient des données personnelles.",
    submitting: "Évaluation de votre prompt…",
    back: "Retour à l’accueil",
    tries: "Vos essais",
    tryN: (n: number, score: number) => `Essai ${n} : ${score}/100`,
    promptCounter: (chars: string, max: string) => `${chars} / ${max} caractères`,
    promptTooLong: (max: string) =>
      `Votre prompt dépasse la limite de ${max} caractères : il ne peut être ni exécuté ni soumis. Placez le texte long dans le document (ou sélectionnez-le) et désignez-le dans votre prompt (« le texte sélectionné », « ce courriel »).`,
  },
  piiTypes: {
    nir: "numéro de sécurité sociale",
    iban: "IBAN",
    card: "carte bancaire",
    phone: "numéro de téléphone",
    email: "adresse de courriel",
    birthdate: "date de naissance",
    health: "terme de santé",
    name: "nom",
    other: "donnée personnelle",
  },
  feedback: {
    title: "Votre résultat",
    score: (n: number) => `${n}/100`,
    scoreLabel: "Note",
    breakdown: "Le détail par critère",
    strengths: "Ce qui a marché",
    improvement: "Le point à améliorer",
    copied:
      "Ce prompt est très proche de l’exemple ou de la version améliorée affichée : votre note reste, mais cet essai ne compte pas dans votre progression.",
    fix: "Une meilleure version",
    yourPrompt: "Votre prompt",
    examplePrompt: "Prompt d’exemple",
    compare: "Votre prompt et un exemple",
    nothingToChange:
      "Rien à changer : votre prompt dit déjà quoi produire, à partir de quoi, pour qui et sous quelle forme.",
    useVersion: "Utiliser cette version",
    useAiVersion: "Utiliser la version de l’IA",
    improveWithAi: "Améliorer avec l’IA",
    improving: "L’IA réécrit votre prompt…",
    aiVersion: "La version de l’IA",
    passed: "Exercice réussi",
    notPassed: "Pas encore réussi",
    selfReportTitle: "Retour rapide",
    minutesSaved: "Minutes que cela vous ferait gagner",
    usefulness: "Était-ce utile ?",
    usefulnessValues: ["Pas utile", "Un peu", "Utile", "Très utile"],
    thanks: "Merci — c’est enregistré.",
    queued: "Enregistré sur ce poste ; l’envoi se fera au retour de la connexion.",
  },
  progress: {
    title: "Votre progression",
    mastery: "Maîtrise par critère",
    masteryValue: (name: string, pct: number) => `${name} : ${pct} %`,
    percent: (pct: number) => `${pct} %`,
    overTime: "Note dans le temps",
    overTimeSummary: (n: number, first: number, last: number) =>
      n === 1 ? `1 essai : ${first} sur 100` : `${n} essais, de ${first} à ${last} sur 100`,
    passMark: "seuil de réussite",
    passMarkExplained: "La ligne pointillée à 60 est le seuil de réussite.",
    masteryExplained:
      "La maîtrise estime avec quelle régularité vous remplissez chaque critère. Chaque exercice la rapproche du résultat obtenu (de 40 % de l’écart pour les critères que l’exercice travaille, de 20 % pour les autres) : après un premier 100/100, elle affiche de 20 à 40 % ; il faut plusieurs bons exercices pour approcher 100 %.",
    history: "Essais",
    empty: "Aucun essai pour l’instant. Votre premier exercice est à un clic.",
    date: "Date",
    exercise: "Exercice",
    score: "Note",
    attempts: (n: number) => (n <= 1 ? `${n} essai` : `${n} essais`),
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
    personal_data_blocked: {
      message: "Le serveur a refusé le prompt car il contient des données personnelles.",
      next: "Retirez les passages surlignés et exécutez à nouveau.",
    },
    quota_exceeded: {
      message: "Vous avez atteint la limite d’exécutions du jour.",
      next: "Soumettez votre prompt pour obtenir une note, et exécutez-le à nouveau demain.",
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
    dataTitle: "Mes données",
    dataIntro:
      "Comme la charte le prévoit, vous pouvez télécharger tout ce que Parcours conserve à votre sujet : votre profil, vos essais et vos réponses, dans un fichier JSON.",
    export: "Exporter mes données",
    exporting: "Préparation de vos données…",
    exported: "Vos données ont été téléchargées (parcours-export.json).",
  },
  onboardingLead: {
    results: "Ouvrir le tableau de résultats",
    hint: "En tant que responsable du pilote, vous pouvez consulter les résultats sans faire les exercices.",
  },
  auth: {
    signingIn: "Connexion…",
    signIn: "Se connecter avec votre compte professionnel",
  },
  results: {
    title: "Tableau de résultats",
    intro: "Écrire les résultats du pilote dans ce classeur.",
  },
};

export const MESSAGES: Record<"fr" | "en", Messages> = { fr, en };

/** Problem codes the pane has a dedicated message for. */
export type ErrorKind = Exclude<
  keyof Messages["errors"],
  | "title"
  | "crash"
  | "screenOffline"
  | "screenOfflineNext"
  | "reload"
  | "signIn"
  | "retry"
  | "dismiss"
  | "code"
>;
