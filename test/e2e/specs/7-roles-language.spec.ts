import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  acceptCharter,
  checkAccessibility,
  eventually,
  freshUser,
  openPane,
  screenshot,
  type Spec,
} from "../support";

export const specs: Spec[] = [
  {
    name: "a pilot lead in Excel reaches the results-sheet screen; a learner does not see it",
    async run(ctx) {
      const lead = await openPane(ctx, {
        host: "excel",
        lang: "en",
        user: freshUser("lead"),
        roles: ["PilotLead"],
      });
      try {
        await acceptCharter(lead, "en");
        await lead.getByRole("button", { name: "Results sheet", exact: true }).click();
        await lead.getByTestId("results-screen").waitFor({ timeout: 10_000 });
        await checkAccessibility(lead, "results sheet");
        // Outside Excel the pane shows the figures and offers the workbook instead of writing sheets.
        await lead.getByRole("button", { name: "Show the results" }).click();
        await lead.getByText("Key figures below.", { exact: false }).waitFor({ timeout: 10_000 });
        const [download] = await Promise.all([
          lead.waitForEvent("download", { timeout: 15_000 }),
          lead.getByRole("button", { name: "Download the workbook (.xlsx)" }).click(),
        ]);
        assert.equal(download.suggestedFilename(), "parcours-results.xlsx");
        const file = await download.path();
        const bytes = await readFile(file);
        assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "an .xlsx (zip) file");
        // Check the figures once the download is over and no button is mid hover or press transition.
        const downloadButton = lead.getByRole("button", { name: "Download the workbook (.xlsx)" });
        await eventually(
          () => downloadButton.isEnabled(),
          (enabled) => enabled,
          "download button enabled",
        );
        await lead.mouse.move(0, 0);
        // Let the hover and press transitions the move ended finish (they are CSS animations).
        await lead.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        await checkAccessibility(lead, "results sheet with figures");
      } finally {
        await lead.context().close();
      }
      const learner = await openPane(ctx, { host: "excel", lang: "en", user: freshUser("learner") });
      try {
        await acceptCharter(learner, "en");
        assert.equal(await learner.getByRole("button", { name: "Results sheet" }).count(), 0);
      } finally {
        await learner.context().close();
      }
    },
  },
  {
    name: "the language switch turns the whole pane into French and back, and is remembered",
    async run(ctx) {
      const page = await openPane(ctx, { host: "word", lang: "en", user: freshUser("lang") });
      try {
        await acceptCharter(page, "en");
        await page.getByRole("heading", { name: "Suggested for you" }).waitFor();
        // "Suggest another" offers a different exercise.
        const exerciseId = () => page.locator("[data-exercise-id]").getAttribute("data-exercise-id");
        const first = await exerciseId();
        await page.getByRole("button", { name: "Suggest another" }).click();
        await eventually(exerciseId, (id) => id !== null && id !== first, "another suggestion");
        await page.getByRole("button", { name: "Français" }).click();
        await page.getByRole("heading", { name: "Proposé pour vous" }).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
        await page.getByRole("button", { name: "Commencer l’exercice" }).click();
        await page.getByRole("textbox", { name: "Votre prompt" }).waitFor();
        await screenshot(ctx, page, "word-fr-exercise-switched");
        await page.reload();
        // The language is remembered, and the pane comes back to the open exercise.
        await page.getByRole("textbox", { name: "Votre prompt" }).waitFor({ timeout: 15_000 });
        await page.getByRole("button", { name: "Accueil", exact: true }).click();
        await page.getByRole("heading", { name: "Proposé pour vous" }).waitFor({ timeout: 15_000 });
        await page.getByRole("button", { name: "English" }).click();
        await page.getByRole("heading", { name: "Suggested for you" }).waitFor();
      } finally {
        await page.context().close();
      }
    },
  },
];
