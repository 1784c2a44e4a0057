import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import {
  acceptCharter,
  eventually,
  freshUser,
  openPane,
  screenshot,
  STRONG_PROMPT,
  UI,
  type E2EContext,
  type Spec,
} from "../support";

async function exerciseWithPrompt(ctx: E2EContext, user: string): Promise<Page> {
  const page = await openPane(ctx, { host: "word", lang: "en", user });
  await acceptCharter(page, "en");
  await page.getByRole("button", { name: UI.en.startExercise }).click();
  await page.getByRole("textbox", { name: UI.en.prompt }).fill(STRONG_PROMPT.en);
  return page;
}

export const specs: Spec[] = [
  {
    name: "Stop ends a streaming answer and keeps what arrived",
    async run(ctx) {
      const page = await exerciseWithPrompt(ctx, freshUser("stop"));
      try {
        const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
        ctx.model.enqueue({ kind: "reply", text: words, chunks: 40, delayMs: 150 });
        await page.getByRole("button", { name: UI.en.run, exact: true }).click();
        const answer = page.getByTestId("answer");
        await eventually(
          () => answer.innerText(),
          (t) => t.includes("word2"),
          "first chunks",
        );
        await page.getByRole("button", { name: UI.en.stop }).click();
        await page.getByText("Stopped.").waitFor({ timeout: 5_000 });
        const kept = await answer.innerText();
        assert.ok(
          kept.includes("word2") && !kept.includes("word39"),
          `a partial answer is kept (${kept.length} chars)`,
        );
        // Run is offered again.
        await page.getByRole("button", { name: UI.en.run, exact: true }).waitFor();
      } finally {
        await page.context().close();
      }
    },
  },
  {
    name: "when the model fails, the pane explains it and the prompt can still be submitted",
    async run(ctx) {
      const page = await exerciseWithPrompt(ctx, freshUser("model-down"));
      try {
        // The gateway retries: every try fails.
        ctx.model.enqueue(
          { kind: "status", status: 500, message: "boom" },
          { kind: "status", status: 500, message: "boom" },
          { kind: "status", status: 500, message: "boom" },
        );
        await page.getByRole("button", { name: UI.en.run, exact: true }).click();
        const problem = page.locator("[data-problem]");
        await problem.waitFor({ timeout: 30_000 });
        assert.equal(await problem.getAttribute("data-problem"), "model_error");
        assert.match(await problem.innerText(), /The AI model did not answer\./);
        await screenshot(ctx, page, "word-en-model-error");
        await page.getByRole("button", { name: UI.en.submit }).click();
        await page.getByTestId("feedback").waitFor({ timeout: 15_000 });
      } finally {
        await page.context().close();
      }
    },
  },
];
