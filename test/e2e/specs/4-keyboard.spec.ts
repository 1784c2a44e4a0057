import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import { eventually, examplePromptOnScreen, freshUser, liveScore, openPane, UI, type Spec } from "../support";

/** Presses Tab until `target` has focus (as a keyboard-only user would), then checks focus is visible. */
async function tabTo(page: Page, target: Locator, what: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) {
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return false;
        // Fluent marks keyboard focus with data-fui-focus-visible; native controls use :focus-visible.
        const style = getComputedStyle(el);
        return (
          el.hasAttribute("data-fui-focus-visible") ||
          el.matches(":focus-visible") ||
          style.outlineStyle !== "none" ||
          style.boxShadow !== "none"
        );
      });
      assert.ok(visible, `focus is visible on ${what}`);
      return;
    }
  }
  assert.fail(`${what} cannot be reached with Tab`);
}

export const specs: Spec[] = [
  {
    name: "the whole loop works with the keyboard only, with visible focus",
    async run(ctx) {
      const lang = "en";
      const ui = UI[lang];
      const user = freshUser("keyboard");
      const page = await openPane(ctx, { host: "outlook-compose", lang, user });
      try {
        const accept = page.getByRole("checkbox", { name: ui.accept });
        await accept.waitFor({ timeout: 20_000 });
        await tabTo(page, accept, "the charter checkbox");
        await page.keyboard.press("Space");
        await tabTo(page, page.getByRole("button", { name: ui.start, exact: true }), "Start");
        await page.keyboard.press("Enter");
        await page.getByTestId("suggestion").waitFor({ timeout: 15_000 });
        // A strong prompt is one written for the exercise on screen.
        const strongPrompt = await examplePromptOnScreen(ctx, page, user, "outlook", lang);

        await tabTo(page, page.getByRole("button", { name: ui.startExercise }), "Start exercise");
        await page.keyboard.press("Enter");
        const prompt = page.getByRole("textbox", { name: ui.prompt });
        await tabTo(page, prompt, "the prompt editor");
        await page.keyboard.insertText(strongPrompt);
        await eventually(
          () => liveScore(page, lang),
          (s) => s >= 50,
          "live meter",
        );

        await tabTo(page, page.getByRole("button", { name: ui.run, exact: true }), "Run");
        ctx.model.enqueue({
          kind: "reply",
          text: "Dear member,\n- We received your message.\n- We reply within 48 hours.",
          chunks: 3,
        });
        await page.keyboard.press("Enter");
        await eventually(
          () => page.getByTestId("answer").innerText(),
          (t) => t.includes("within 48 hours"),
          "answer",
          15_000,
        );

        await tabTo(page, page.getByRole("button", { name: ui.submit }), "Submit");
        await page.keyboard.press("Enter");
        await page.getByTestId("feedback").waitFor({ timeout: 15_000 });
        // Focus moved to the result, so it is announced and the next Tab continues from there.
        assert.equal(await page.evaluate(() => document.activeElement?.id), "feedback-title");

        await tabTo(page, page.getByRole("button", { name: ui.progress, exact: true }), "Progress");
        await page.keyboard.press("Enter");
        await page.getByTestId("history").waitFor({ timeout: 10_000 });
      } finally {
        await page.context().close();
      }
    },
  },
];
