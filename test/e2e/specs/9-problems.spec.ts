import assert from "node:assert/strict";
import { acceptCharter, freshUser, openPane, screenshot, STRONG_PROMPT, UI, type Spec } from "../support";

const PROBLEMS = [
  { status: 503, code: "llm_not_configured", kind: "llm_not_configured", fr: /Aucun modèle d’IA/ },
  { status: 429, code: "quota_exceeded", kind: "quota_exceeded", fr: /limite d’exécutions du jour/ },
  { status: 401, code: "invalid_token", kind: "unauthorized", fr: /pas connecté/ },
  { status: 500, code: "internal_error", kind: "server", fr: /Le serveur Parcours a rencontré un problème/ },
] as const;

export const specs: Spec[] = [
  {
    name: "each problem Run can meet is explained in French with a next step, and Submit still works",
    async run(ctx) {
      const page = await openPane(ctx, { host: "outlook-read", lang: "fr", user: freshUser("problems") });
      try {
        await acceptCharter(page, "fr");
        await page.getByRole("button", { name: UI.fr.startExercise }).click();
        await page.getByRole("textbox", { name: UI.fr.prompt }).fill(STRONG_PROMPT.fr);
        for (const problem of PROBLEMS) {
          await page.route("**/api/v1/llm/chat", (route) =>
            route.fulfill({
              status: problem.status,
              contentType: "application/problem+json",
              body: JSON.stringify({
                type: "about:blank",
                title: problem.code,
                status: problem.status,
                code: problem.code,
              }),
            }),
          );
          await page.getByRole("button", { name: UI.fr.run, exact: true }).click();
          const shown = page.locator(`[data-problem="${problem.kind}"]`);
          await shown.waitFor({ timeout: 10_000 });
          assert.match(await shown.innerText(), problem.fr);
          if (problem.kind === "llm_not_configured")
            await screenshot(ctx, page, "outlook-read-fr-llm-not-configured");
          await page.getByRole("button", { name: "Fermer" }).click();
          await page.unroute("**/api/v1/llm/chat");
        }

        // The API's own privacy check: its spans are highlighted in the prompt.
        const prompt = STRONG_PROMPT.fr;
        await page.route("**/api/v1/llm/chat", (route) =>
          route.fulfill({
            status: 422,
            contentType: "application/problem+json",
            body: JSON.stringify({
              type: "about:blank",
              title: "Blocked",
              status: 422,
              code: "personal_data_blocked",
              types: ["HEALTH_TERM"],
              positions: [{ field: "prompt", type: "HEALTH_TERM", start: 3, end: 12 }],
            }),
          }),
        );
        await page.getByRole("button", { name: UI.fr.run, exact: true }).click();
        await page.locator('[data-problem="personal_data_blocked"]').waitFor({ timeout: 10_000 });
        const marked = await page.locator("mark[data-pii]").first().textContent();
        assert.ok(marked?.startsWith(prompt.slice(3, 12)), `the API's span is highlighted (${marked})`);
        await page.unroute("**/api/v1/llm/chat");

        await page.getByRole("button", { name: UI.fr.submit }).click();
        await page.getByTestId("feedback").waitFor({ timeout: 15_000 });
      } finally {
        await page.context().close();
      }
    },
  },
];
