import assert from "node:assert/strict";
import {
  acceptCharter,
  apiAs,
  eventually,
  freshUser,
  openPane,
  screenshot,
  STRONG_PROMPT,
  UI,
  type Spec,
} from "../support";

export const specs: Spec[] = [
  {
    name: "when the API cannot be reached at start, the pane explains it and recovers with Try again",
    async run(ctx) {
      const context = await ctx.browser.newContext({
        locale: "en-US",
        viewport: { width: 360, height: 800 },
      });
      try {
        // The pane's files load, but its API calls fail as if the server were unreachable.
        await context.route("**/api/v1/**", (route) => route.abort("connectionrefused"));
        const page = await context.newPage();
        await page.goto(`${ctx.baseURL}/taskpane.html?host=word&lang=en&user=${freshUser("boot-down")}`);
        const problem = page.locator("[data-problem]");
        await problem.waitFor({ timeout: 15_000 });
        assert.equal(await problem.getAttribute("data-problem"), "network");
        assert.match(await problem.innerText(), /cannot be reached/);
        await screenshot(ctx, page, "word-en-api-unreachable");
        await context.unroute("**/api/v1/**");
        await page.getByRole("button", { name: "Try again" }).click();
        await page.getByRole("checkbox", { name: UI.en.accept }).waitFor({ timeout: 15_000 });
      } finally {
        await context.close();
      }
    },
  },
  {
    name: "with the API down an attempt is queued, then delivered exactly once when it is back",
    timeoutMs: 180_000,
    async run(ctx) {
      const user = freshUser("offline");
      const page = await openPane(ctx, { host: "excel", lang: "fr", user });
      try {
        await acceptCharter(page, "fr");
        await page.getByRole("button", { name: UI.fr.startExercise }).click();
        await page.getByRole("textbox", { name: UI.fr.prompt }).fill(STRONG_PROMPT.fr);

        await ctx.api.stop();
        try {
          await page.getByRole("button", { name: UI.fr.submit }).click();
          const pending = page.getByTestId("pending-attempts");
          await pending.waitFor({ timeout: 10_000 }).catch(async (err: unknown) => {
            await screenshot(ctx, page, "excel-fr-queued-failure");
            console.log((await page.locator("main").innerText()).slice(0, 1500));
            throw err;
          });
          assert.match(await pending.innerText(), UI.fr.pending);
          await screenshot(ctx, page, "excel-fr-queued");
        } finally {
          await ctx.api.start();
        }

        // Retries with backoff deliver it; the counter disappears.
        await page.getByTestId("pending-attempts").waitFor({ state: "detached", timeout: 60_000 });
        // The try that waited now shows its official score and feedback.
        await page.getByTestId("feedback").waitFor({ timeout: 10_000 });
        const get = await apiAs(ctx, user);
        const list = (await get("/me/attempts")) as { attempts: Array<{ id: string }> };
        assert.equal(list.attempts.length, 1, "exactly one attempt recorded");

        // A reload re-runs the queue: nothing is left to send, nothing is recorded twice.
        const resent: string[] = [];
        page.on("request", (request) => {
          if (request.method() === "POST" && request.url().includes("/api/v1/attempts"))
            resent.push(request.url());
        });
        await page.reload();
        // The pane comes back to the open exercise; Home still has the suggestion.
        await page.getByRole("textbox", { name: UI.fr.prompt }).waitFor({ timeout: 15_000 });
        await page.getByRole("button", { name: UI.fr.home, exact: true }).click();
        await page.getByTestId("suggestion").waitFor({ timeout: 15_000 });
        const again = (await get("/me/attempts")) as { attempts: Array<{ id: string }> };
        assert.deepEqual(
          again.attempts.map((a) => a.id),
          list.attempts.map((a) => a.id),
          "still exactly once",
        );
        await eventually(
          async () => page.getByTestId("pending-attempts").count(),
          (n) => n === 0,
          "no pending",
        );
        assert.deepEqual(resent, [], "the queue sent nothing again");
      } finally {
        await page.context().close();
      }
    },
  },
];
