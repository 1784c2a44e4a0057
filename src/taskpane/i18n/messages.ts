/**
 * Every user-facing text of the task pane, in English (en.ts, en-later.ts) and French (fr.ts,
 * fr-later.ts): the first screen's texts, and the rest. `MESSAGES` holds both languages whole (tests,
 * tools); the pane itself loads one language at a time, its first screen's texts first (load.ts).
 */
import { enFirst, type FirstMessages } from "./en";
import { enLater, type LaterMessages } from "./en-later";
import { frFirst } from "./fr";
import { frLater } from "./fr-later";

export type Messages = FirstMessages & LaterMessages;
export type { FirstMessages, LaterMessages };

export const MESSAGES: Record<"fr" | "en", Messages> = {
  fr: { ...frFirst, ...frLater },
  en: { ...enFirst, ...enLater },
};

/** Problem codes the pane has a dedicated message for. */
export type ErrorKind =
  | Exclude<
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
    >
  | keyof Messages["runErrors"];
