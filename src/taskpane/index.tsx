// First: sign-in, the profile, the first suggestion and the texts start before the UI code is evaluated.
import { boot } from "./early";
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
// A transition: React yields while it renders the first frame, so the answers started above are
// handled as they arrive instead of after the whole render.
startTransition(() => createRoot(container).render(<App boot={boot} />));
