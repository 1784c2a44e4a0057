/**
 * The pane's texts in English that the first screen shows (the shell, Home, the notices); the rest is in
 * en-later.ts. `FirstMessages` and `LaterMessages` are these shapes, so the French dictionaries fail to
 * type-check when a key is missing. messages.ts joins the two parts.
 */
export const enFirst = {
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
    useCases: "Use cases",
    library: "Prompt library",
  },
  preview: {
    label: "Preview host",
    hint: "Outside Office: sample content stands in for your document.",
    sample: "Sample",
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
  skills: {
    summarise: "Summarise",
    draft: "Draft",
    analyse: "Analyse",
    transform: "Transform",
    iterate: "Iterate",
    verify: "Verify",
  },
  queue: {
    pending: (n: number) => (n === 1 ? "1 attempt waiting to be sent" : `${n} attempts waiting to be sent`),
    sending: "Sending…",
    retry: "Send now",
  },
  errors: {
    title: "Something went wrong",
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
    export: "Export my data",
    exporting: "Preparing your data…",
    exported: "Your data has been downloaded (parcours-export.json).",
  },
};

export type FirstMessages = typeof enFirst;
