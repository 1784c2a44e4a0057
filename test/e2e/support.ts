import assert from "node:assert/strict";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ModelServer } from "../support/model-server";

/** What run.js hands every spec. */
export interface E2EContext {
  browser: Browser;
  baseURL: string;
  api: { url: string; start(): Promise<void>; stop(): Promise<void>; readonly log: string };
  model: ModelServer;
  root: string;
  results: string;
}

export interface Spec {
  name: string;
  timeoutMs?: number;
  run(ctx: E2EContext): Promise<void>;
}

export type Lang = "fr" | "en";

/** UI words the specs drive the pane by (accessible names, not CSS). */
export const UI = {
  en: {
    prompt: "Your prompt",
    run: "Run",
    stop: "Stop",
    submit: "Submit",
    tryAgain: "Try again",
    accept: "I have read and accept the charter",
    start: "Start",
    startExercise: "Start exercise",
    progress: "Progress",
    exercise: "Exercise",
    home: "Home",
    liveScore: /^Live score \d+ out of 100$/,
    pending: /attempts? waiting to be sent/,
  },
  fr: {
    prompt: "Votre prompt",
    run: "Exécuter",
    stop: "Arrêter",
    submit: "Soumettre",
    tryAgain: "Réessayer",
    accept: "J’ai lu et j’accepte la charte",
    start: "Commencer",
    startExercise: "Commencer l’exercice",
    progress: "Progression",
    exercise: "Exercice",
    home: "Accueil",
    liveScore: /^Note en direct \d+ sur 100$/,
    pending: /essais? en attente d’envoi/,
  },
} as const;

export const WEAK_PROMPT: Record<Lang, string> = { en: "Summarise this.", fr: "Résume ça." };

/** A prompt that addresses every criterion, whatever the exercise. */
export const STRONG_PROMPT: Record<Lang, string> = {
  en: [
    "I am a customer service advisor at a health insurer and I must handle the item below quickly.",
    "Using only the selected text below as your source, write a reply for the member that answers their request and gives the next steps.",
    "Format: 3 short bullet points, under 120 words in total.",
    "Audience: a member who is not an expert; tone: polite, clear and empathetic.",
    "Constraints: do not invent facts, dates or amounts; if information is missing, say what is missing. Answer in English.",
  ].join("\n"),
  fr: [
    "Je suis conseiller clientèle dans une mutuelle santé et je dois traiter rapidement l'élément ci-dessous.",
    "En t'appuyant uniquement sur le texte sélectionné ci-dessous, rédige une réponse à l'adhérent qui répond à sa demande et indique les prochaines étapes.",
    "Format : 3 puces courtes, moins de 120 mots au total.",
    "Public : un adhérent non spécialiste ; ton : poli, clair et empathique.",
    "Contraintes : n'invente aucun fait, date ni montant ; s'il manque une information, dis laquelle. Réponds en français.",
  ].join("\n"),
};

let userCounter = 0;
/** A user id nobody else uses in this run, so each spec starts from a fresh learner. */
export function freshUser(prefix: string): string {
  userCounter += 1;
  return `e2e-${prefix}-${process.pid}-${userCounter}`;
}

export async function openPane(
  ctx: E2EContext,
  options: {
    host: string;
    lang: Lang;
    user: string;
    width?: number;
    roles?: string[];
    /** Runs before the pane loads (to route or block requests from the start). */
    beforeLoad?: (context: BrowserContext) => Promise<unknown>;
  },
): Promise<Page> {
  const context = await ctx.browser.newContext({
    locale: options.lang === "fr" ? "fr-FR" : "en-US",
    // 320 px is the narrowest Office task pane.
    viewport: { width: options.width ?? 320, height: 900 },
    // The preview runs without office.js: any request to the Office CDN would be a bug.
    serviceWorkers: "block",
  });
  await context.route("**/appsforoffice.microsoft.com/**", (route) => route.abort());
  await options.beforeLoad?.(context);
  const page = await context.newPage();
  page.on("pageerror", (err) => console.log(`      [pane error] ${err.message}`));
  const roles = options.roles?.length ? `&roles=${options.roles.join(",")}` : "";
  const url = `${ctx.baseURL}/taskpane.html?host=${options.host}&lang=${options.lang}&user=${encodeURIComponent(options.user)}${roles}`;
  await page.goto(url);
  return page;
}

export async function acceptCharter(page: Page, lang: Lang): Promise<void> {
  const ui = UI[lang];
  await page.getByRole("checkbox", { name: ui.accept }).check();
  await page.getByRole("button", { name: ui.start, exact: true }).click();
  await page.getByTestId("suggestion").waitFor({ timeout: 15_000 });
}

/** The live meter's overall value (0–100). */
export async function liveScore(page: Page, lang: Lang): Promise<number> {
  const meter = page.getByRole("meter", { name: UI[lang].liveScore });
  return Number(await meter.getAttribute("aria-valuenow"));
}

/** Polls `read` until `accept` holds (the meter is debounced, answers stream). */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** axe-core on the current screen: no serious or critical violation; nothing scrolls sideways at 320 px. */
export async function checkAccessibility(
  page: Page,
  screen: string,
  options: { checkWidth?: boolean } = {},
): Promise<void> {
  if (options.checkWidth !== false) {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `${screen} scrolls sideways by ${overflow} px`);
  }
  // Fluent's focus traps (tabster) add focusable sentinels marked aria-hidden on purpose: they only
  // pass focus on, and screen readers must not announce them (a known false positive of
  // aria-hidden-focus, microsoft/tabster#288). Everything else is checked.
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    ),
    [],
    `accessibility violations on ${screen}`,
  );
}

export async function screenshot(ctx: E2EContext, page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ctx.results, "screenshots", `${name}.png`), fullPage: true });
}

/**
 * The suggested exercise's own example prompt: the score measures a prompt for its exercise, so a
 * strong prompt is one written for the exercise on screen (the catalog's example), not a generic one.
 */
export async function examplePromptOnScreen(
  ctx: E2EContext,
  page: Page,
  user: string,
  host: "word" | "outlook" | "excel",
  lang: Lang,
): Promise<string> {
  const id = await page
    .getByTestId("suggestion")
    .locator("[data-exercise-id]")
    .getAttribute("data-exercise-id");
  assert.ok(id, "a suggested exercise");
  const get = await apiAs(ctx, user);
  const { exercises } = (await get(`/exercises?host=${host}`)) as {
    exercises: Array<{ id: string; example: Record<Lang, string> }>;
  };
  const exercise = exercises.find((e) => e.id === id);
  assert.ok(exercise, `the suggestion ${id} is an exercise for ${host}`);
  return exercise.example[lang];
}

/** A dev token for `user`, to check what the API recorded. */
export async function apiAs(ctx: E2EContext, user: string): Promise<(p: string) => Promise<unknown>> {
  const res = await fetch(`${ctx.api.url}/api/v1/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ tenant: "dev", user }),
  });
  assert.equal(res.status, 200, "dev token");
  const { token } = (await res.json()) as { token: string };
  return async (p) => {
    const r = await fetch(`${ctx.api.url}/api/v1${p}`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(r.status, 200, `GET ${p}`);
    return r.json();
  };
}
