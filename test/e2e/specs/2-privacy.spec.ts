import assert from "node:assert/strict";
import { acceptCharter, freshUser, openPane, screenshot, UI, type Spec } from "../support";

/** A valid NIR (key = 97 − (first 13 digits mod 97)). */
const NIR = "1 85 05 78 006 084 91";

export const specs: Spec[] = [
  {
    name: "a NIR typed into the prompt is highlighted and Run is refused",
    async run(ctx) {
      const page = await openPane(ctx, { host: "outlook-read", lang: "en", user: freshUser("nir") });
      try {
        await acceptCharter(page, "en");
        await page.getByRole("button", { name: "Start exercise" }).click();
        await page
          .getByRole("textbox", { name: UI.en.prompt })
          .fill(`Write a reply to the member whose social security number is ${NIR}, in 3 bullet points.`);
        const mark = page.locator("mark[data-pii]");
        await mark.first().waitFor({ timeout: 5_000 });
        const marked = (await mark.first().textContent()) ?? "";
        assert.ok(marked.startsWith(NIR), `the NIR is the highlighted span (got "${marked}")`);
        const run = page.getByRole("button", { name: UI.en.run, exact: true });
        assert.equal(await run.getAttribute("aria-disabled"), "true", "Run is disabled");
        const before = ctx.model.requests.length;
        const chatCalls: string[] = [];
        page.on("request", (request) => {
          if (request.url().includes("/api/v1/llm/")) chatCalls.push(request.url());
        });
        await run.click({ force: true });
        // The pane answers the click with its explanation; by then a run would have sent its request.
        await page.getByText(/Run is disabled while personal data is in the prompt/).waitFor();
        assert.deepEqual(chatCalls, [], "the pane sent nothing to the model gateway");
        assert.equal(ctx.model.requests.length, before, "nothing reached the model");
        assert.equal(await page.getByRole("button", { name: UI.en.stop }).count(), 0, "no run started");
        await screenshot(ctx, page, "outlook-read-en-personal-data");
      } finally {
        await page.context().close();
      }
    },
  },
];
