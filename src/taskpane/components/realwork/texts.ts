import type { Lang } from "../../../core/types";

const NB = "\u00a0";
const NNB = "\u202f";

/** The quick follow-ups: what the chip says, and the instruction it sends. */
export const QUICK_FOLLOW_UPS = ["shorter", "formal", "simpler"] as const;
export type QuickFollowUp = (typeof QUICK_FOLLOW_UPS)[number];

/** Texts of the follow-up thread and the answer checks, in both languages. */
export const REALWORK_TEXTS = {
  fr: {
    followUpTitle: "Affiner la réponse",
    followUpIntro: (max: number) =>
      `Demandez au modèle de retoucher cette réponse, jusqu’à ${max}${NB}fois par exécution. Chaque demande compte dans votre quota du jour.`,
    quick: {
      shorter: {
        label: "Plus court",
        instruction: "Rends cette réponse plus courte, en gardant l’essentiel.",
      },
      formal: {
        label: "Plus formel",
        instruction: "Reformule cette réponse dans un registre plus formel, en gardant le fond.",
      },
      simpler: {
        label: "Plus simple",
        instruction:
          "Reformule cette réponse plus simplement, avec des mots courants et des phrases courtes.",
      },
    } satisfies Record<QuickFollowUp, { label: string; instruction: string }>,
    quickGroup: "Retouches rapides",
    ownLabel: "Votre demande de retouche",
    ownHint: `Par exemple${NB}: «${NB}Ajoute le délai de réponse en première ligne${NB}». Ctrl+Entrée l’envoie.`,
    send: "Envoyer",
    stop: "Arrêter",
    remaining: (n: number, max: number) =>
      n === 0
        ? `Vous avez fait les ${max}${NB}retouches possibles pour cette exécution. Pour aller plus loin, améliorez votre prompt et exécutez-le de nouveau.`
        : `${n === 1 ? "Encore 1 retouche possible" : `Encore ${n}${NB}retouches possibles`} sur ${max}.`,
    threadLabel: "Échanges avec le modèle",
    you: "Vous",
    model: "Modèle",
    streaming: "La réponse arrive…",
    stopped: "Arrêté.",
    personalData: `Votre demande contient des données personnelles${NNB}: retirez-les avant de l’envoyer.`,
    givenTitle: "L’échange à reprendre",
    givenPrompt: "Demande de départ",
    givenAnswer: "Réponse du modèle",
    givenNote: "Votre prompt sera envoyé comme message suivant de cet échange.",
    checksTitle: "Vérifications de la réponse",
    checksSummary: (passed: number, total: number) => `${passed}${NB}sur ${total} respectées`,
    checkPassed: "respecté",
    checkFailed: "non respecté",
  },
  en: {
    followUpTitle: "Refine the answer",
    followUpIntro: (max: number) =>
      `Ask the model to rework this answer, up to ${max} times per Run. Each request counts against your daily quota.`,
    quick: {
      shorter: { label: "Shorter", instruction: "Make this answer shorter, keeping what matters." },
      formal: {
        label: "More formal",
        instruction: "Rephrase this answer in a more formal register, keeping its substance.",
      },
      simpler: {
        label: "Simpler",
        instruction: "Rephrase this answer more simply, with everyday words and short sentences.",
      },
    } satisfies Record<QuickFollowUp, { label: string; instruction: string }>,
    quickGroup: "Quick changes",
    ownLabel: "Your own follow-up",
    ownHint: "For example “Put the reply deadline in the first line”. Ctrl+Enter sends it.",
    send: "Send",
    stop: "Stop",
    remaining: (n: number, max: number) =>
      n === 0
        ? `You have used the ${max} follow-ups of this Run. To go further, improve your prompt and run it again.`
        : `${n === 1 ? "1 follow-up left" : `${n} follow-ups left`} out of ${max}.`,
    threadLabel: "Conversation with the model",
    you: "You",
    model: "Model",
    streaming: "The answer is arriving…",
    stopped: "Stopped.",
    personalData: "Your follow-up contains personal data: remove it before sending.",
    givenTitle: "The exchange to follow up",
    givenPrompt: "First request",
    givenAnswer: "The model’s answer",
    givenNote: "Your prompt is sent as the next message of this exchange.",
    checksTitle: "Checks on the answer",
    checksSummary: (passed: number, total: number) => `${passed} of ${total} met`,
    checkPassed: "met",
    checkFailed: "not met",
  },
} satisfies Record<Lang, unknown>;
