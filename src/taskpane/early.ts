/**
 * The pane's first moves, evaluated before React, React DOM and Fluent UI (index.tsx imports this module
 * first): sign-in, the profile, the first suggestion, the texts and Home's code are all on their way
 * while the rest of the page's script is still being evaluated.
 */
import { bootEarly } from "./boot";
import { langFromLocale, storedLang } from "./i18n/language";
import { loadFirstMessages } from "./i18n/load";

export const boot = bootEarly();
void loadFirstMessages(storedLang() ?? langFromLocale(navigator.language)).catch(() => undefined);
