import { boot } from "./early";
import { langFromLocale, storedLang } from "./i18n/language";
import { BOOT_TEXTS } from "./i18n/load";

// The entry is small: sign-in, the profile, the first suggestion and the texts are asked for (early.ts)
// before React, React DOM and Fluent UI are even fetched, and their answers are handled while that code
// is evaluated instead of after it. The entry is loaded async, so it may run before the page is parsed:
// the pane's code is asked for at once, and React mounts once #root is there.
const pane = import(/* webpackChunkName: "pane" */ "./mount");
// Handled below once the page is parsed; not reported as unhandled meanwhile.
pane.catch(() => undefined);
whenParsed(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  pane.then(
    (m) => m.mount(container, boot),
    () => showLoadFailed(container),
  );
});

function whenParsed(run: () => void): void {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run, { once: true });
  else run();
}

/** Without the pane's code (the network went away) there is no React to render with: plain DOM. */
function showLoadFailed(root: HTMLElement): void {
  const texts = BOOT_TEXTS[storedLang() ?? langFromLocale(navigator.language)];
  const box = document.createElement("div");
  box.style.padding = "24px";
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = texts.failed;
  const retry = document.createElement("button");
  retry.type = "button";
  retry.textContent = texts.retry;
  retry.addEventListener("click", () => location.reload());
  box.append(message, retry);
  root.replaceChildren(box);
}
