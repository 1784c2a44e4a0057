import { previewRequested } from "../office/connect";
import { boot } from "./early";
import { langFromLocale, storedLang } from "./i18n/language";
import { BOOT_TEXTS } from "./i18n/load";

// The entry is small: sign-in, the profile, the first suggestion and the texts are asked for (early.ts)
// while React, React DOM and Fluent UI download (the page preloads them), and their answers are handled
// while that code is evaluated instead of after it. In the preview, whose boot waits on nothing but the
// API, that code is evaluated once the profile and the first suggestion have been asked for (at most
// EVALUATE_AFTER_MS later): evaluated first, it would hold back the sign-in's answer and the requests that
// follow it. Inside Office the boot waits for office.js: the code is evaluated meanwhile, at once.
// The entry is loaded async, so it may run before the page is parsed: React mounts once #root is there.
const EVALUATE_AFTER_MS = 300;
// Then, in the preview, React mounts once the boot is over (at most MOUNT_AFTER_MS after the code is
// evaluated): the answers that arrived during the evaluation are handled first, and the first frame is
// the shell with the suggestion rather than a loading frame soon replaced.
const MOUNT_AFTER_MS = 100;
const preview = previewRequested();
const pane = (preview ? Promise.race([boot.requestsSent, after(EVALUATE_AFTER_MS)]) : Promise.resolve()).then(
  () => import(/* webpackChunkName: "pane" */ "./mount"),
);
// Handled below once the page is parsed; not reported as unhandled meanwhile.
pane.catch(() => undefined);

whenParsed(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  pane.then(
    async (m) => {
      if (preview) await Promise.race([boot.done, after(MOUNT_AFTER_MS)]);
      m.mount(container, boot);
    },
    () => showLoadFailed(container),
  );
});

function after(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

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
