import { createRoot } from "react-dom/client";
import { App } from "./App";
import { bootEarly } from "./boot";
import { langFromLocale, storedLang } from "./i18n/language";
import { loadMessages } from "./i18n/load";

// Sign-in, the profile, the first suggestion and the texts start now; React renders meanwhile.
const boot = bootEarly();
void loadMessages(storedLang() ?? langFromLocale(navigator.language)).catch(() => undefined);
const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
createRoot(container).render(<App boot={boot} />);
