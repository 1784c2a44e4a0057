import assert from "node:assert/strict";
import {
  acceptCharter,
  checkAccessibility,
  eventually,
  freshUser,
  openPane,
  screenshot,
  UI,
  type E2EContext,
  type Spec,
} from "../support";

/** A token for `user` from the API's dev issuer, to set up what another person did. */
async function tokenFor(ctx: E2EContext, user: string, roles: string[]): Promise<string> {
  const tokenRes = await fetch(`${ctx.api.url}/api/v1/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ tenant: "dev", user, roles }),
  });
  return ((await tokenRes.json()) as { token: string }).token;
}

/** The Word exercises of the catalog, as `user` sees them. */
async function wordExercises(ctx: E2EContext, user: string) {
  const res = await fetch(`${ctx.api.url}/api/v1/exercises?host=word`, {
    headers: { Authorization: `Bearer ${await tokenFor(ctx, user, [])}` },
  });
  return (
    (await res.json()) as { exercises: Array<{ id: string; benchmark?: boolean; title: { en: string } }> }
  ).exercises;
}

async function post(ctx: E2EContext, user: string, roles: string[], path: string, body: unknown) {
  const token = await tokenFor(ctx, user, roles);
  const res = await fetch(`${ctx.api.url}/api/v1${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  assert.ok(res.status === 200 || res.status === 201, `POST ${path}: ${res.status} ${await res.text()}`);
}

export const specs: Spec[] = [
  {
    name: "a pilot lead publishes a prompt for a job; a learner saves a prompt, reuses it with its placeholders, and sees the team's",
    timeoutMs: 180_000,
    async run(ctx) {
      const teamName = `Member reply checklist ${process.pid}`;
      const teamText = "Write a reply to [member] that lists the missing documents, in three bullets.";
      const leadUser = freshUser("lib-lead");
      await post(ctx, leadUser, ["PilotLead"], "/me/prompts", {
        name: teamName,
        text: teamText,
        host: "word",
      });

      const useCaseTitle = `Ask for missing documents ${process.pid}`;
      await post(ctx, freshUser("lib-author"), [], "/use-cases", {
        title: useCaseTitle,
        task: "I ask the model to draft the email listing the documents missing from a file.",
        host: "outlook",
        frequency: "daily",
        minutesSaved: 5,
        dataInvolved: "internal",
        job: "claims",
        prompt: "Draft a short email to [member] listing the missing documents: [documents].",
      });

      const lead = await openPane(ctx, { host: "word", lang: "en", user: leadUser, roles: ["PilotLead"] });
      try {
        await acceptCharter(lead, "en");
        await lead.getByRole("button", { name: "Prompt library", exact: true }).click();
        const card = lead.getByTestId("library-mine").locator("li", { hasText: teamName });
        await card.waitFor({ timeout: 10_000 });
        await card.getByRole("button", { name: `Publish “${teamName}” to a team library` }).click();
        await card.getByRole("combobox", { name: "For the job" }).selectOption({ label: "Claims handling" });
        await card.getByRole("button", { name: "Publish", exact: true }).click();
        await lead.getByText(`“${teamName}” published for Claims handling.`).waitFor({ timeout: 10_000 });
        await lead.getByTestId("library-team").locator("li", { hasText: teamName }).waitFor();
        await checkAccessibility(lead, "prompt library (lead)");

        // A use case's prompt is published from the use cases screen.
        await lead.getByRole("button", { name: "Use cases", exact: true }).click();
        const useCase = lead.locator("li", { hasText: useCaseTitle });
        await useCase.waitFor({ timeout: 10_000 });
        await useCase.getByRole("button", { name: "Publish to team library" }).click();
        await lead.getByText(`“${useCaseTitle}” published for Claims handling.`).waitFor({ timeout: 10_000 });
      } finally {
        await lead.context().close();
      }

      const savedName = `Five-bullet summary ${process.pid}`;
      const mine =
        "Summarise the selected text for [recipient] in five bullets, before [date], in plain language.";
      const learner = freshUser("lib-learner");
      const page = await openPane(ctx, { host: "word", lang: "en", user: learner });
      try {
        await page.getByRole("combobox", { name: "Your job" }).selectOption({ label: "Claims handling" });
        await page.getByText("Saved.").waitFor({ timeout: 10_000 });
        await acceptCharter(page, "en");
        await page.getByRole("button", { name: UI.en.startExercise }).click();
        const prompt = page.getByRole("textbox", { name: UI.en.prompt });
        await prompt.fill(mine);
        await page.getByRole("button", { name: UI.en.submit }).click();
        await page.getByTestId("feedback").waitFor({ timeout: 15_000 });

        // Save it under a name of the learner's choosing (the exercise's title is the default).
        await page.getByRole("button", { name: "Save this prompt" }).click();
        const name = page.getByRole("textbox", { name: "Name" });
        assert.ok((await name.inputValue()).trim().length > 0, "the name is prefilled");
        await name.fill(savedName);
        await checkAccessibility(page, "save prompt");
        await page.getByRole("button", { name: "Save", exact: true }).click();
        await page.getByText(`“${savedName}” saved in your prompt library.`).waitFor({ timeout: 10_000 });
        await screenshot(ctx, page, "library-saved-en");

        // The library: mine, and my team's with the lead's prompt for my job.
        await page.getByRole("button", { name: "Prompt library", exact: true }).click();
        const saved = page.getByTestId("library-mine").locator("li", { hasText: savedName });
        await saved.waitFor({ timeout: 10_000 });
        const team = page.getByTestId("library-team").locator("li", { hasText: teamName });
        await team.getByText("For my job", { exact: true }).waitFor();
        const fromUseCase = page.getByTestId("library-team").locator("li", { hasText: useCaseTitle });
        // It was recorded for Outlook: the filter shows every application's prompts on demand.
        assert.equal(await fromUseCase.count(), 0, "an Outlook prompt is filtered out in Word");
        await page.getByRole("combobox", { name: "Application" }).selectOption({ label: "All applications" });
        await fromUseCase.getByText("From a use case", { exact: true }).waitFor();
        await checkAccessibility(page, "prompt library");
        await screenshot(ctx, page, "library-en");

        // Use: it was saved from the open exercise, so that exercise's prompt box holds it and its tries stay.
        const title = (await page.locator("#exercise-title").textContent()) ?? "";
        const tries = page.getByTestId("tries").locator("li");
        assert.equal(await tries.count(), 1, "one try before the library");
        await saved.getByRole("button", { name: `Use “${savedName}”` }).click();
        await prompt.waitFor({ timeout: 10_000 });
        assert.equal(await prompt.inputValue(), mine, "the prompt box holds the saved prompt");
        assert.equal(await page.locator("#exercise-title").textContent(), title, "the same exercise");
        assert.equal(await tries.count(), 1, "the try made before is still listed");
        assert.equal(await page.getByTestId("library-other-exercise").count(), 0, "nothing to announce");
        const slots = page.getByTestId("prompt-slots");
        await slots.waitFor();
        assert.deepEqual(
          await slots.locator("[data-slot]").allInnerTexts(),
          ["recipient", "date"],
          "the placeholders to complete",
        );
        // Choosing a slot selects its placeholder: typing replaces it.
        await slots.getByRole("button", { name: "Select the placeholder recipient in the prompt" }).click();
        await page.keyboard.type("the claims team");
        assert.equal(await prompt.inputValue(), mine.replace("[recipient]", "the claims team"));
        await slots.locator("[data-slot]").first().waitFor();
        assert.deepEqual(await slots.locator("[data-slot]").allInnerTexts(), ["date"]);

        // The team's prompt goes into the prompt box the same way.
        await page.getByRole("button", { name: "Prompt library", exact: true }).click();
        await team.getByRole("button", { name: `Use “${teamName}”` }).click();
        await eventually(
          () => prompt.inputValue(),
          (value) => value === teamText,
          "the team's prompt in the prompt box",
        );
        assert.equal(await tries.count(), 1, "the tries stay with a team prompt too");

        // A prompt kept from another exercise opens that exercise, and the pane says so.
        const otherExercise = (await wordExercises(ctx, learner)).find(
          (e) => !e.benchmark && e.title.en !== title,
        );
        assert.ok(otherExercise, "another Word exercise");
        const otherName = `From another exercise ${process.pid}`;
        const otherText = "Draft a reply to the member that confirms the refund date, in two sentences.";
        await post(ctx, learner, [], "/me/prompts", {
          name: otherName,
          text: otherText,
          host: "word",
          exerciseId: otherExercise.id,
        });
        await page.getByRole("button", { name: "Prompt library", exact: true }).click();
        await page
          .getByTestId("library-mine")
          .locator("li", { hasText: otherName })
          .getByRole("button", { name: `Use “${otherName}”` })
          .click();
        const notice = page.getByTestId("library-other-exercise");
        await notice.waitFor({ timeout: 10_000 });
        assert.equal(
          await notice.innerText(),
          `This prompt belongs to another exercise: “${otherExercise.title.en}” is open instead of “${title}”, with the prompt in its box. The tries you submitted stay in your progress.`,
        );
        assert.equal(await page.locator("#exercise-title").textContent(), otherExercise.title.en);
        assert.equal(await prompt.inputValue(), otherText);
        assert.equal(await tries.count(), 0, "a new exercise starts without tries");
        await checkAccessibility(page, "library prompt from another exercise");

        // Delete mine, after confirming.
        await page.getByRole("button", { name: "Prompt library", exact: true }).click();
        await saved.getByRole("button", { name: `Delete “${savedName}”` }).click();
        await saved.getByRole("button", { name: "Yes, delete" }).click();
        await page.getByText(`“${savedName}” deleted.`).waitFor({ timeout: 10_000 });
        assert.equal(await saved.count(), 0, "the deleted prompt is gone");

        // Offline: a clear message, no crash; back online, Retry shows the library.
        await page.getByRole("button", { name: UI.en.home, exact: true }).click();
        await page.context().route("**/api/v1/**prompts**", (route) => route.abort());
        await page.getByRole("button", { name: "Prompt library", exact: true }).click();
        await page.getByText(/^You are offline: the library will show/).waitFor({ timeout: 10_000 });
        await page.context().unroute("**/api/v1/**prompts**");
        await page.getByRole("button", { name: "Try again" }).click();
        await team.waitFor({ timeout: 10_000 });
      } finally {
        await page.context().close();
      }
    },
  },
  ...(
    [
      { host: "outlook", lang: "fr" },
      { host: "excel", lang: "en" },
    ] as const
  ).map(({ host, lang }): Spec => ({
    name: `in ${host} (${lang}), a prompt saved after Run comes back into the prompt box from the library`,
    timeoutMs: 120_000,
    async run(ctx) {
      const words = LIBRARY_UI[lang];
      const ui = UI[lang];
      const text = words.prompt;
      const page = await openPane(ctx, { host, lang, user: freshUser(`lib-${host}`) });
      try {
        await acceptCharter(page, lang);
        await page.getByRole("button", { name: ui.startExercise }).click();
        const prompt = page.getByRole("textbox", { name: ui.prompt });
        await prompt.fill(text);
        ctx.model.enqueue({ kind: "reply", text: words.answer, chunks: 2, delayMs: 20 });
        await page.getByRole("button", { name: ui.run, exact: true }).click();
        await eventually(
          () => page.getByTestId("answer").innerText(),
          (a) => a.includes(words.answer),
          "the model's answer",
          15_000,
        );
        await page.getByRole("button", { name: words.save }).click();
        await page.getByRole("textbox", { name: words.name }).fill(words.savedName);
        await page.getByRole("button", { name: words.saveConfirm, exact: true }).click();
        await page.getByText(words.saved).waitFor({ timeout: 10_000 });

        // Another prompt in the box; the library puts the saved one back.
        await prompt.fill("x");
        await page.getByRole("button", { name: words.library, exact: true }).click();
        const saved = page.getByTestId("library-mine").locator("li", { hasText: words.savedName });
        await saved.getByRole("button", { name: words.use }).click();
        await eventually(
          () => prompt.inputValue(),
          (v) => v === text,
          "the saved prompt in the box",
        );
        // The same exercise: only its prompt box changed, the answer of the Run is still there.
        assert.ok((await page.getByTestId("answer").innerText()).includes(words.answer), "the answer stays");
        assert.deepEqual(await page.getByTestId("prompt-slots").locator("[data-slot]").allInnerTexts(), [
          words.slot,
        ]);
        await checkAccessibility(page, `${host} exercise with slots`);
      } finally {
        await page.context().close();
      }
    },
  })),
];

const LIBRARY_UI = {
  fr: {
    prompt:
      "Rédigez une réponse polie à [adhérent] qui confirme la réception de son courriel, en trois phrases.",
    answer: "Bonjour, nous avons bien reçu votre courriel.",
    save: "Enregistrer ce prompt",
    name: "Nom",
    savedName: "Accusé de réception",
    saveConfirm: "Enregistrer",
    saved: "«\u00a0Accusé de réception\u00a0» enregistré dans votre bibliothèque de prompts.",
    library: "Bibliothèque de prompts",
    use: "Utiliser «\u00a0Accusé de réception\u00a0»",
    slot: "adhérent",
  },
  en: {
    prompt: "List the three largest values of the selected table and say which [column] they come from.",
    answer: "The three largest values are in March.",
    save: "Save this prompt",
    name: "Name",
    savedName: "Largest values",
    saveConfirm: "Save",
    saved: "“Largest values” saved in your prompt library.",
    library: "Prompt library",
    use: "Use “Largest values”",
    slot: "column",
  },
} as const;
