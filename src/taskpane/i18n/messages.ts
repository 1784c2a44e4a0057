/**
 * Every user-facing text of the task pane, in English (en.ts) and French (fr.ts). `MESSAGES` holds both
 * (tests, tools); the pane itself loads one language at a time (load.ts).
 */
import { en, type Messages } from "./en";
import { fr } from "./fr";

export type { Messages };

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
