import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { PREVIEW_HOSTS, previewSamples } from "../../../src/office";
import {
  acceptCharter,
  checkAccessibility,
  eventually,
  freshUser,
  openPane,
  screenshot,
  STRONG_PROMPT,
  UI,
  WEAK_PROMPT,
  type E2EContext,
  type Lang,
  type Spec,
} from "../support";

/** The learner's loop as a pilot user lives it: every point at 320 px, in French and English. */

type PreviewHost = "word" | "outlook-read" | "outlook-compose" | "excel";

const T = {
  en: {
    improvement: "The one thing to improve",
    details: "Details per criterion",
    strengths: "What worked",
    compare: "Your prompt and an example",
    useVersion: "Use this version",
    improveWithAi: "Improve with AI",
    useAiVersion: "Use the AI’s version",
    improveSpent: /today’s limit of AI improvements\.\s*Your Runs are not affected/,
    charter: "Charter and my data",
    export: "Export my data",
    resultsFromOnboarding: "Open the results sheet",
    show: "Show the results",
    download: "Download the workbook (.xlsx)",
    cohort: "Cohort",
    home: "Home",
    firstStep: "Do your first exercise",
    source: { selection: "the selected", table: "the selected" },
  },
  fr: {
    improvement: "Le point à améliorer",
    details: "Le détail par critère",
    strengths: "Ce qui a marché",
    compare: "Votre prompt et un exemple",
    useVersion: "Utiliser cette version",
    improveWithAi: "Améliorer avec l’IA",
    useAiVersion: "Utiliser la version de l’IA",
    improveSpent: /limite d’améliorations par l’IA du jour\.\s*Vos exécutions ne sont pas touchées/,
    charter: "Charte et mes données",
    export: "Exporter mes données",
    resultsFromOnboarding: "Ouvrir le tableau de résultats",
    show: "Afficher les résultats",
    download: "Télécharger le classeur (.xlsx)",
    cohort: "Cohorte",
    home: "Accueil",
    firstStep: "Faites votre premier exercice",
    source: { selection: "sélectionné", table: "sélectionné" },
  },
} as const;

async function startExercise(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("button", { name: UI[lang].startExercise }).click();
  await page.getByRole("textbox", { name: UI[lang].prompt }).waitFor();
}

async function submitPrompt(page: Page, lang: Lang, prompt: string): Promise<void> {
  await page.getByRole("textbox", { name: UI[lang].prompt }).fill(prompt);
  await page.getByRole("button", { name: UI[lang].submit }).click();
  await page.getByTestId("feedback").waitFor({ timeout: 15_000 });
}

/** Where each element starts, read at one instant (the feedback scrolls itself into view). */
async function tops(page: Page, testIds: string[]): Promise<number[]> {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const element = document.querySelector(`[data-testid="${id}"]`);
        return element ? element.getBoundingClientRect().top + window.scrollY : Number.NaN;
      }),
    testIds,
  );
}

/** A token for `user` with `roles`, to prepare data through the API as an admin would. */
async function tokenFor(ctx: E2EContext, user: string, roles: string[] = []): Promise<string> {
  const res = await fetch(`${ctx.api.url}/api/v1/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ tenant: "dev", user, ...(roles.length ? { roles } : {}) }),
  });
  assert.equal(res.status, 200, "dev token");
  return ((await res.json()) as { token: string }).token;
}

async function feedbackLoop(ctx: E2EContext, host: PreviewHost, lang: Lang): Promise<void> {
  const t = T[lang];
  const page = await openPane(ctx, { host, lang, user: freshUser(`fb-${host}`) });
  try {
    await acceptCharter(page, lang);
    await startExercise(page, lang);
    const weak = WEAK_PROMPT[lang];
    await submitPrompt(page, lang, weak);

    // Score first, then the one thing to improve, then the better version; the details are folded.
    await page.getByRole("heading", { name: t.improvement }).waitFor();
    const order = await tops(page, ["official-score", "improvement", "fix", "feedback-details"]);
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      `score, one thing to improve, better version, then details (${order.join(", ")})`,
    );
    assert.equal(await page.getByTestId("breakdown").count(), 0, "the per-criterion details start folded");
    assert.equal(await page.getByTestId("example-prompt").count(), 0, "the example starts folded");
    const feedbackHeight = (await page.getByTestId("feedback").boundingBox())!.height;
    assert.ok(feedbackHeight < 1400, `the folded feedback stays short at 320 px (${feedbackHeight} px)`);

    // The better version is built from the exercise and the open item: concrete words, no blanks to fill.
    const fix = (await page.getByTestId("fix").innerText()).trim();
    assert.notEqual(fix, weak, "the better version differs from the prompt");
    // A vague request for what the exercise asks is kept first; one for something else ("Summarise this."
    // on a reply or an analysis) is replaced by the exercise's request.
    assert.ok(
      fix.startsWith(weak) || !fix.includes(weak),
      `the learner's request first, or replaced by the exercise's: ${fix}`,
    );
    assert.doesNotMatch(fix, /\[/, `no bracketed placeholder when the task is known: ${fix}`);
    const lines = fix.split("\n").map((l) => l.trim());
    assert.equal(new Set(lines).size, lines.length, "no line twice");
    if (lang === "fr") assert.doesNotMatch(fix, /[^\s][;:!?]/, "French spacing before ; : ! ?");
    if (host === "excel")
      assert.match(fix, lang === "fr" ? /tableau sélectionné|plage sélectionnée/ : /selected (table|range)/);
    if (host === "outlook-read")
      assert.match(fix, lang === "fr" ? /courriel ouvert|fil de courriels/ : /open email/);

    await screenshot(ctx, page, `${host}-${lang}-feedback-folded`);
    await checkAccessibility(page, `${host}/${lang}/feedback folded`);

    // The example prompt shows its slots as labels, never as raw `"""[…]"""`.
    await page.getByRole("button", { name: t.compare }).click();
    const example = page.getByTestId("example-prompt");
    assert.doesNotMatch(await example.innerText(), /"""|\[[^\]]+\]/);

    // "Use this version" puts the better version in the prompt box for a new try.
    await page.getByRole("button", { name: t.useVersion, exact: true }).click();
    const box = page.getByRole("textbox", { name: UI[lang].prompt });
    assert.equal((await box.inputValue()).trim(), fix);
    assert.equal(await box.isEditable(), true, "a new try can be edited");

    // "Improve with AI" goes through the gateway; its version can be used too.
    await submitPrompt(page, lang, weak);
    const aiText =
      lang === "fr"
        ? "Résume le document ouvert en 5 puces, pour mes collègues, sans rien inventer."
        : "Summarise the open document in 5 bullets for my colleagues, inventing nothing.";
    const before = ctx.model.requests.length;
    ctx.model.enqueue({ kind: "reply", text: aiText, chunks: 3, delayMs: 30 });
    await page.getByRole("button", { name: t.improveWithAi }).click();
    await eventually(
      () => page.getByTestId("ai-version").innerText(),
      (text) => text.includes(aiText),
      "the AI's version",
      15_000,
    );
    assert.equal(ctx.model.requests.length, before + 1, "one call to the model");
    await page.getByRole("button", { name: t.useAiVersion }).click();
    assert.equal((await box.inputValue()).trim(), aiText);

    // Its own daily allowance spent: the pane says so, and that the Runs are not affected.
    await submitPrompt(page, lang, weak);
    await page.route("**/api/v1/llm/improve", (route) =>
      route.fulfill({
        status: 429,
        contentType: "application/problem+json",
        headers: { "retry-after": "3600" },
        body: JSON.stringify({ status: 429, code: "improve_quota_exceeded", limit: 20, retryAfter: 3600 }),
      }),
    );
    await page.getByRole("button", { name: t.improveWithAi }).click();
    const spent = page.locator('[data-problem="improve_quota_exceeded"]');
    await spent.waitFor({ timeout: 10_000 });
    assert.match(await spent.innerText(), t.improveSpent);
    await page.unroute("**/api/v1/llm/improve");
  } finally {
    await page.context().close();
  }
}

/** "What worked" quotes the learner's own request, never the material pasted under it. */
async function strengthsQuoteTheRequest(ctx: E2EContext, lang: Lang): Promise<void> {
  const t = T[lang];
  const page = await openPane(ctx, { host: "outlook-read", lang, user: freshUser("quotes") });
  try {
    await acceptCharter(page, lang);
    await startExercise(page, lang);
    const request =
      lang === "fr"
        ? "Résume en 3 puces le courriel ci-dessous pour ma responsable, en français simple :"
        : "Summarise the email below in 3 bullet points for my manager, in plain English:";
    const pasted =
      lang === "fr"
        ? "Bonjour,\nJ'espère que vous allez bien. Je vous écris au sujet du tableau de suivi des remboursements, pour un usage interne au service.\nCordialement"
        : "Hello,\nI hope you are well. I am writing about the reimbursement tracking table, for internal use in the department.\nKind regards";
    await submitPrompt(page, lang, `${request}\n${pasted}`);
    await page.getByRole("button", { name: t.strengths }).click();
    const quotes = [
      ...(await page.getByTestId("strengths").innerText()).matchAll(/[«“]\s?([^»”]+?)\s?[»”]/g),
    ].map((m) => m[1]!);
    assert.ok(quotes.length > 0, "at least one quote");
    for (const quote of quotes) {
      assert.ok(request.includes(quote), `“${quote}” comes from the request`);
      assert.doesNotMatch(quote, /^(à partir du|from the|J'espère que|I hope)$/i);
    }
    if (lang === "fr") {
      // The pasted email is kept as it was in the better version: « Bonjour, » stays « Bonjour, ».
      assert.ok((await page.getByTestId("fix").innerText()).includes(pasted.split("\n")[0]!));
    }
  } finally {
    await page.context().close();
  }
}

async function longPrompt(ctx: E2EContext, host: PreviewHost, lang: Lang): Promise<void> {
  const page = await openPane(ctx, { host, lang, user: freshUser("long") });
  try {
    await acceptCharter(page, lang);
    await startExercise(page, lang);
    const box = page.getByRole("textbox", { name: UI[lang].prompt });
    const sentence =
      lang === "fr"
        ? "Résume ce texte en cinq puces pour un adhérent. "
        : "Summarise this text in five bullets for a member. ";
    await box.fill(sentence.repeat(Math.ceil(7_000 / sentence.length)));
    await page.getByTestId("prompt-counter").waitFor();
    assert.match(await page.getByTestId("prompt-counter").innerText(), /8[\s\u202f\u00a0,.]?000/);
    assert.equal(await page.getByTestId("prompt-too-long").count(), 0, "no error below the limit");

    await box.fill(sentence.repeat(Math.ceil(49_000 / sentence.length)));
    const message = page.getByTestId("prompt-too-long");
    await message.waitFor();
    const text = await message.innerText();
    assert.match(text, /8[\s\u202f\u00a0,.]?000/, "it names the limit");
    assert.match(text, lang === "fr" ? /document/ : /document/, "it says where long material goes");
    for (const name of [UI[lang].run, UI[lang].submit]) {
      const button = page.getByRole("button", { name, exact: true });
      assert.equal(await button.getAttribute("aria-disabled"), "true", `${name} is disabled past the limit`);
    }
    // No live score the API would never give.
    await eventually(
      async () =>
        Number(
          (await page.getByRole("meter", { name: UI[lang].liveScore }).getAttribute("aria-valuenow")) ?? 0,
        ),
      (value) => value === 0,
      "no live score past the limit",
    );
    await screenshot(ctx, page, `${host}-${lang}-prompt-too-long`);
    await checkAccessibility(page, `${host}/${lang}/prompt too long`);
  } finally {
    await page.context().close();
  }
}

export const specs: Spec[] = [
  {
    name: "feedback (Word, French): score and one thing first, details folded, a concrete better version to use or improve with AI",
    run: (c) => feedbackLoop(c, "word", "fr"),
  },
  {
    name: "feedback (Outlook read, English): the better version names the open email",
    run: (c) => feedbackLoop(c, "outlook-read", "en"),
  },
  {
    name: "feedback (Excel, French): the better version names the selected table",
    run: (c) => feedbackLoop(c, "excel", "fr"),
  },
  {
    name: "what worked quotes the learner's request, never the pasted email (French and English)",
    run: async (c) => {
      await strengthsQuoteTheRequest(c, "fr");
      await strengthsQuoteTheRequest(c, "en");
    },
  },
  {
    name: "a long prompt: a counter near 8,000 characters, then the limit and what to do (English, Word)",
    run: (c) => longPrompt(c, "word", "en"),
  },
  {
    name: "a long prompt (French, Outlook compose)",
    run: (c) => longPrompt(c, "outlook-compose", "fr"),
  },
  {
    name: "offline once loaded: every screen opens, the charter is never asked again (French)",
    async run(ctx) {
      const page = await openPane(ctx, { host: "word", lang: "fr", user: freshUser("offline-screens") });
      try {
        await acceptCharter(page, "fr");
        // The other screens' code is fetched right after the first render.
        await page.waitForLoadState("networkidle");
        await page.context().setOffline(true);
        await page.getByRole("button", { name: UI.fr.progress, exact: true }).click();
        await page.getByRole("heading", { name: "Votre progression" }).waitFor({ timeout: 10_000 });
        await page.getByRole("button", { name: T.fr.charter }).click();
        await page.getByTestId("charter").waitFor();
        await page.getByRole("button", { name: UI.fr.home, exact: true }).click();
        await startExercise(page, "fr");
        await page.getByRole("textbox", { name: UI.fr.prompt }).fill(STRONG_PROMPT.fr);
        await page.getByRole("button", { name: UI.fr.submit }).click();
        await page.getByTestId("pending-attempts").waitFor({ timeout: 10_000 });
        await page.getByRole("button", { name: UI.fr.progress, exact: true }).click();
        await page.getByRole("heading", { name: "Votre progression" }).waitFor();
        assert.equal(await page.getByRole("checkbox", { name: UI.fr.accept }).count(), 0, "no onboarding");
        assert.equal(await page.getByText("erreur inattendue").count(), 0, "no crash notice");
        await page.context().setOffline(false);
      } finally {
        await page.context().close();
      }
    },
  },
  {
    name: "a screen whose code cannot load keeps the tabs and recovers with Try again (English)",
    async run(ctx) {
      const page = await openPane(ctx, {
        host: "word",
        lang: "en",
        user: freshUser("chunk"),
        beforeLoad: (context) =>
          context.route("**/screen-progress*.js", (route) => route.abort("internetdisconnected")),
      });
      try {
        await acceptCharter(page, "en");
        await page.getByRole("button", { name: UI.en.progress, exact: true }).click();
        await page.getByTestId("screen-load-failed").waitFor({ timeout: 10_000 });
        assert.equal(await page.getByRole("navigation").count(), 1, "the tabs stay");
        await checkAccessibility(page, "screen load failed");
        await page.context().unroute("**/screen-progress*.js");
        await page.getByRole("button", { name: "Try again" }).click();
        await page.getByRole("heading", { name: "Your progress" }).waitFor({ timeout: 10_000 });
        await page.getByRole("button", { name: UI.en.home, exact: true }).click();
        await page.getByTestId("suggestion").waitFor();
      } finally {
        await page.context().close();
      }
    },
  },
  {
    name: "reloading mid-exercise comes back to the exercise and its draft; switching language switches the sample",
    async run(ctx) {
      const page = await openPane(ctx, { host: "outlook-read", lang: "en", user: freshUser("reload") });
      try {
        await acceptCharter(page, "en");
        await startExercise(page, "en");
        const title = await page.locator("#exercise-title").innerText();
        const draft = "Summarise the open email for my manager";
        await page.getByRole("textbox", { name: UI.en.prompt }).fill(draft);
        // The draft is saved on the device once typing settles.
        await eventually(
          () =>
            page.evaluate(() =>
              Object.keys(localStorage).some(
                (k) => k.startsWith("parcours.draft.") && localStorage.getItem(k),
              ),
            ),
          (saved) => saved,
          "the draft saved",
        );
        await page.reload();
        const box = page.getByRole("textbox", { name: UI.en.prompt });
        await box.waitFor({ timeout: 15_000 });
        assert.equal(await box.inputValue(), draft);
        assert.equal(await page.locator("#exercise-title").innerText(), title);

        await page.getByRole("button", { name: "Français" }).click();
        await page.getByRole("button", { name: UI.fr.home, exact: true }).click();
        const id = PREVIEW_HOSTS.find((h) => h.id === "outlook-read")!.defaultSample.fr;
        const sample = previewSamples[id]!.content;
        assert.equal(sample.kind, "outlook");
        const subject = sample.kind === "outlook" ? sample.subject.slice(0, 30) : "";
        await eventually(
          () => page.getByTestId("context-preview").innerText(),
          (text) => text.includes(subject),
          "the French sample",
        );
      } finally {
        await page.context().close();
      }
    },
  },
  {
    name: "progress and home are honest: no weakest-criterion claim before a first attempt, one source, plurals, pass mark, mastery explained",
    async run(ctx) {
      for (const lang of ["en", "fr"] as const) {
        const page = await openPane(ctx, { host: "word", lang, user: freshUser(`honest-${lang}`) });
        try {
          await acceptCharter(page, lang);
          assert.match(await page.getByTestId("next-step").innerText(), new RegExp(T[lang].firstStep));
          assert.doesNotMatch(
            await page.getByTestId("why").innerText(),
            lang === "fr" ? /moins maîtrisé|à renforcer/ : /weakest|working on/,
          );
          await startExercise(page, lang);
          await submitPrompt(page, lang, STRONG_PROMPT[lang]);
          await page.getByRole("button", { name: UI[lang].progress, exact: true }).click();
          await page.getByTestId("history").waitFor({ timeout: 10_000 });
          assert.equal(
            await page.getByTestId("attempt-count").innerText(),
            lang === "fr" ? "1 essai" : "1 attempt",
          );
          const summary = await page.getByTestId("over-time-summary").innerText();
          assert.doesNotMatch(summary, /1 (essais|attempts)/);
          assert.equal(
            await page.getByTestId("pass-mark-label").textContent(),
            lang === "fr" ? "seuil de réussite" : "pass mark",
          );
          assert.match(await page.getByTestId("mastery-explained").innerText(), /40 ?%/);
          await screenshot(ctx, page, `word-${lang}-progress-first-attempt`);
          await checkAccessibility(page, `progress ${lang}`);

          // Home's next step and the suggestion's reason name the same weakest criterion.
          await page.getByRole("button", { name: UI[lang].home, exact: true }).click();
          const next = await page.getByTestId("next-step").innerText();
          const named = /[«“]\s?([^»”]+?)\s?[»”]/.exec(next)?.[1];
          assert.ok(named, `the next step names a criterion: ${next}`);
          await eventually(
            () => page.getByTestId("why").innerText(),
            (why) => why.trim().length > 0,
            "a reason",
          );
          const why = await page.getByTestId("why").innerText();
          const weakestInWhy = (
            lang === "fr" ? /«\s?([^»]+?)\s?»[^.]*moins maîtrisé/ : /“([^”]+)”[^.]*weakest/
          ).exec(why)?.[1];
          if (weakestInWhy) assert.equal(weakestInWhy, named, "one source for the weakest criterion");
        } finally {
          await page.context().close();
        }
      }
    },
  },
  {
    name: "a pilot lead outside Excel reaches the results without the charter, picks the cohort from the tenant's values and gets French sheet names",
    async run(ctx) {
      // A learner of cohort « Vague 1 » with one attempt, set up as an admin would.
      const learner = freshUser("cohort");
      const admin = await tokenFor(ctx, freshUser("admin"), ["Admin"]);
      const put = await fetch(`${ctx.api.url}/api/v1/admin/users`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${admin}` },
        body: JSON.stringify({ users: [{ userId: learner, cohort: "Vague 1", department: "Prestations" }] }),
      });
      assert.equal(put.status, 200, "users imported");
      const learnerToken = await tokenFor(ctx, learner);
      // The API records attempts only once the learner has accepted the charter, as in the pane.
      const auth = { "Content-Type": "application/json", Authorization: `Bearer ${learnerToken}` };
      const me = (await (await fetch(`${ctx.api.url}/api/v1/me`, { headers: auth })).json()) as {
        charter: { version: string };
      };
      const accepted = await fetch(`${ctx.api.url}/api/v1/me/charter`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ version: me.charter.version, accepted: true }),
      });
      assert.equal(accepted.status, 200, "charter accepted");
      const now = new Date().toISOString();
      const attempt = await fetch(`${ctx.api.url}/api/v1/attempts`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${learnerToken}` },
        body: JSON.stringify({
          id: randomUUID(),
          exerciseId: "word-summarise-procedure-5-points",
          host: "word",
          prompt: STRONG_PROMPT.fr,
          startedAt: now,
          submittedAt: now,
        }),
      });
      assert.ok(attempt.status === 200 || attempt.status === 201, `attempt recorded (${attempt.status})`);

      const page = await openPane(ctx, {
        host: "word",
        lang: "fr",
        user: freshUser("lead"),
        roles: ["PilotLead"],
      });
      try {
        await page.getByRole("button", { name: T.fr.resultsFromOnboarding }).click();
        await page.getByTestId("results-screen").waitFor({ timeout: 10_000 });
        assert.doesNotMatch(await page.getByTestId("results-intro").innerText(), /ce classeur|this workbook/);
        const cohort = page.getByRole("combobox", { name: T.fr.cohort });
        await eventually(
          () => cohort.locator("option").allInnerTexts(),
          (options) => options.includes("Vague 1"),
          "the tenant's cohorts",
        );
        await cohort.selectOption("Vague 1");
        const [request] = await Promise.all([
          page.waitForRequest((r) => r.url().includes("/api/v1/results?")),
          page.getByRole("button", { name: T.fr.show }).click(),
        ]);
        assert.equal(new URL(request.url()).searchParams.get("cohort"), "Vague 1");
        await screenshot(ctx, page, "word-fr-results-lead");
        await checkAccessibility(page, "results outside Excel (fr)");
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: 15_000 }),
          page.getByRole("button", { name: T.fr.download }).click(),
        ]);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
        assert.deepEqual(
          book.worksheets.map((w) => w.name),
          [
            "Synthèse",
            "Apprenants",
            "Critères",
            "Semaines",
            "Applications",
            "Cohortes",
            "Cas d’usage",
            "Retours",
            "À propos",
          ],
        );
      } finally {
        await page.context().close();
      }
    },
  },
  {
    name: "the charter's promises: reopen it, export my data, typographic apostrophes, « Progression » (French and English)",
    async run(ctx) {
      for (const lang of ["fr", "en"] as const) {
        const page = await openPane(ctx, { host: "word", lang, user: freshUser(`charter-${lang}`) });
        try {
          await page.getByRole("checkbox", { name: UI[lang].accept }).waitFor({ timeout: 20_000 });
          const onboarding = await page.locator("main").evaluate((main) => {
            const clone = main.cloneNode(true) as HTMLElement;
            clone.querySelector("[data-testid=charter]")?.remove();
            return clone.innerText;
          });
          assert.doesNotMatch(onboarding, /\p{L}'\p{L}/u, "typographic apostrophes in the pane's own text");
          await acceptCharter(page, lang);
          assert.equal(
            await page.getByRole("button", { name: UI[lang].progress, exact: true }).count(),
            1,
            `the « ${UI[lang].progress} » tab`,
          );
          await page.getByRole("button", { name: T[lang].charter }).click();
          await page.getByTestId("charter").waitFor();
          assert.match(await page.getByTestId("charter-status").innerText(), /2026-01/);
          const [download] = await Promise.all([
            page.waitForEvent("download", { timeout: 15_000 }),
            page.getByRole("button", { name: T[lang].export }).click(),
          ]);
          assert.equal(download.suggestedFilename(), "parcours-export.json");
          const data = JSON.parse(await readFile(await download.path(), "utf8")) as Record<string, unknown>;
          assert.ok(Object.keys(data).length > 0, "the export holds my data");
          await screenshot(ctx, page, `word-${lang}-charter`);
          await checkAccessibility(page, `charter ${lang}`);
          const email = await page.evaluate(() => document.body.innerText);
          assert.doesNotMatch(
            email,
            lang === "fr" ? /\be-mail\b|\bmail\b/i : /\be-mail\b/i,
            "one word for email",
          );
        } finally {
          await page.context().close();
        }
      }
    },
  },
];
