import { PREVIEW_HOSTS, previewSamples } from "../../../src/office";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import {
  acceptCharter,
  apiAs,
  checkAccessibility,
  eventually,
  examplePromptOnScreen,
  freshUser,
  liveScore,
  openPane,
  screenshot,
  STRONG_PROMPT,
  UI,
  WEAK_PROMPT,
  type E2EContext,
  type Lang,
  type Spec,
} from "../support";

interface LoopOptions {
  host: "word" | "outlook-read" | "outlook-compose" | "excel";
  lang: Lang;
  /** Take screenshots and run axe on every screen. */
  audit: boolean;
}

const HOST_OF = {
  word: "word",
  "outlook-read": "outlook",
  "outlook-compose": "outlook",
  excel: "excel",
} as const;

/** open → sample context → accept charter → fitting suggestion → weak/strong prompt → Run → Submit → progress. */
async function learnerLoop(ctx: E2EContext, options: LoopOptions): Promise<void> {
  const { lang, host } = options;
  const ui = UI[lang];
  const user = freshUser(host);
  const shot = (page: Page, screen: string) =>
    options.audit ? screenshot(ctx, page, `${host}-${lang}-${screen}`) : Promise.resolve();
  const audit = (page: Page, screen: string) =>
    options.audit ? checkAccessibility(page, `${host}/${lang}/${screen}`) : Promise.resolve();

  const page = await openPane(ctx, { host, lang, user });
  try {
    // Onboarding: the charter must be accepted first.
    await page.getByRole("checkbox", { name: ui.accept }).waitFor({ timeout: 20_000 });
    await shot(page, "onboarding");
    await audit(page, "onboarding");
    await acceptCharter(page, lang);

    // Home: the sample context is shown, and the suggestion is an exercise for this host.
    const preview = page.getByTestId("context-preview");
    const previewText = (await preview.innerText()).trim();
    const expected = sampleSnippet(host, lang);
    assert.ok(
      previewText.includes(expected),
      `the pane shows the sample context: expected "${expected}" in "${previewText.slice(0, 200)}"`,
    );
    const exerciseId = await page
      .getByTestId("suggestion")
      .locator("[data-exercise-id]")
      .getAttribute("data-exercise-id");
    assert.ok(exerciseId, "a suggested exercise");
    const get = await apiAs(ctx, user);
    const catalog = (await get(`/exercises?host=${HOST_OF[host]}`)) as {
      exercises: Array<{ id: string; hosts: string[] }>;
    };
    const suggested = catalog.exercises.find((e) => e.id === exerciseId);
    assert.ok(suggested, `the suggestion ${exerciseId} is an exercise for ${HOST_OF[host]}`);
    assert.ok((await page.getByTestId("why").innerText()).trim().length > 0, "it says why this one");
    await shot(page, "home");
    await audit(page, "home");

    // Exercise: weak prompt → low meter; a prompt written for this exercise (its example) → higher meter.
    const strongPrompt = await examplePromptOnScreen(ctx, page, user, HOST_OF[host], lang);
    await page.getByRole("button", { name: ui.startExercise }).click();
    const prompt = page.getByRole("textbox", { name: ui.prompt });
    await prompt.fill(WEAK_PROMPT[lang]);
    // A bare request may score 0 on an exercise that asks for something else: the meter shows a number.
    const weak = await eventually(
      () => liveScore(page, lang),
      (s) => s >= 0,
      "meter after the weak prompt",
    );
    assert.ok(weak < 50, `a weak prompt scores low (${weak})`);
    await prompt.fill(strongPrompt);
    const strong = await eventually(
      () => liveScore(page, lang),
      (s) => s > weak,
      "meter after improving",
    );
    assert.ok(strong >= weak + 20, `the improved prompt scores higher (${weak} → ${strong})`);

    // Run: the model's answer streams into the pane.
    const before = ctx.model.requests.length;
    ctx.model.enqueue({ kind: "reply", text: answerFor(lang), chunks: 6, delayMs: 60 });
    await page.getByRole("button", { name: ui.run, exact: true }).click();
    await page.getByRole("button", { name: ui.stop }).waitFor({ timeout: 5_000 });
    const answer = page.getByTestId("answer");
    await eventually(
      () => answer.innerText(),
      (t) => t.includes(lastLine(lang)),
      "streamed answer",
      15_000,
    );
    assert.equal(ctx.model.requests.length, before + 1, "one model call per run");
    await shot(page, "exercise");
    await audit(page, "exercise");

    // Submit: the official score and feedback.
    await page.getByRole("button", { name: ui.submit }).click();
    const feedback = page.getByTestId("feedback");
    await feedback.waitFor({ timeout: 15_000 });
    const official = Number((await page.getByTestId("official-score").innerText()).split("/")[0]);
    assert.ok(official > 0 && official <= 100, `an official score (${official})`);
    // The details fold away: the breakdown and the example open on demand.
    assert.equal(await page.getByTestId("breakdown").count(), 0, "the breakdown starts folded");
    await page.getByRole("button", { name: DETAILS[lang] }).click();
    assert.ok((await page.getByTestId("breakdown").locator("li").count()) >= 7, "a per-criterion breakdown");
    await page.getByRole("button", { name: COMPARE[lang] }).click();
    assert.ok((await page.getByTestId("example-prompt").innerText()).trim().length > 0, "the example prompt");
    await page.getByRole("button", { name: ui.tryAgain }).waitFor();
    await shot(page, "feedback");
    await audit(page, "feedback");

    // Progress: the attempt is in the history.
    await page.getByRole("button", { name: ui.progress, exact: true }).click();
    await page.getByTestId("history").waitFor({ timeout: 10_000 });
    assert.equal(
      await page.getByTestId("history").locator("tbody tr").count(),
      1,
      "one attempt in the history",
    );
    const attempts = (await get("/me/attempts")) as { attempts: Array<{ exerciseId: string }> };
    assert.deepEqual(
      attempts.attempts.map((a) => a.exerciseId),
      [exerciseId],
      "the API recorded the attempt",
    );
    await shot(page, "progress");
    await audit(page, "progress");

    // Back to the exercise: the try is still there; Try again keeps the history of tries.
    await page.getByRole("button", { name: ui.exercise, exact: true }).click();
    await page.getByRole("button", { name: ui.tryAgain }).click();
    await prompt.fill(
      `${STRONG_PROMPT[lang]}\n${lang === "fr" ? "Termine par une formule de politesse." : "End with a polite closing line."}`,
    );
    await page.getByRole("button", { name: ui.submit }).click();
    await page.getByTestId("feedback").waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId("tries").locator("li").count(), 2, "both tries are listed");
  } finally {
    await page.context().close();
  }
}

/** A piece of the host's default sample that the context preview must show. */
function sampleSnippet(host: LoopOptions["host"], lang: Lang): string {
  const id = PREVIEW_HOSTS.find((h) => h.id === host)!.defaultSample[lang];
  const content = previewSamples[id]!.content;
  switch (content.kind) {
    case "word":
      return content.paragraphs[0]!.text.slice(0, 40);
    case "outlook":
      return content.subject.slice(0, 40);
    case "excel":
      return String(content.rows[0]![0]);
  }
}

const DETAILS = { en: "Details per criterion", fr: "Le détail par critère" } as const;
const COMPARE = { en: "Your prompt and an example", fr: "Votre prompt et un exemple" } as const;

function answerFor(lang: Lang): string {
  return lang === "fr"
    ? "Voici une proposition :\n- Accuser réception de la demande.\n- Indiquer le délai de traitement.\n- Proposer un contact direct."
    : "Here is a proposal:\n- Acknowledge the request.\n- Give the processing time.\n- Offer a direct contact.";
}

function lastLine(lang: Lang): string {
  return lang === "fr" ? "Proposer un contact direct." : "Offer a direct contact.";
}

export const specs: Spec[] = [
  {
    name: "Word (English): the whole learner loop, with screenshots and axe",
    run: (c) => learnerLoop(c, { host: "word", lang: "en", audit: true }),
  },
  {
    name: "Word (French): the whole learner loop, with screenshots and axe",
    run: (c) => learnerLoop(c, { host: "word", lang: "fr", audit: true }),
  },
  {
    name: "Outlook read: the whole learner loop",
    run: (c) => learnerLoop(c, { host: "outlook-read", lang: "fr", audit: false }),
  },
  {
    name: "Outlook compose: the whole learner loop",
    run: (c) => learnerLoop(c, { host: "outlook-compose", lang: "en", audit: false }),
  },
  {
    name: "Excel: the whole learner loop",
    run: (c) => learnerLoop(c, { host: "excel", lang: "en", audit: false }),
  },
];
