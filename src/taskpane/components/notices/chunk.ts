// What the shell, Home and the boot screen show only when something goes wrong or waits: built on Fluent's
// MessageBar, fetched as one chunk when first shown (or when the browser is idle after the first screen).
export { CrashNotice } from "../CrashNotice";
export { InfoNotice } from "./InfoNotice";
export { PendingAttempts } from "../PendingAttempts";
export { ProblemMessage } from "../ProblemMessage";
export { ScreenLoadFailed } from "../ScreenLoadFailed";
