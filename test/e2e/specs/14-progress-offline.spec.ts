import assert from "node:assert/strict";
import {
  acceptCharter,
  checkAccessibility,
  freshUser,
  openPane,
  screenshot,
  STRONG_PROMPT,
  UI,
  type Lang,
  type Spec,
} from "../support";

const AS_OF: Record<Lang, RegExp> = {
  fr: /^Hors connexion\u00a0: vos essais au \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, tels qu’enregistrés sur cet appareil\./,
  en: /^Offline: your attempts as of \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}, as kept on this device\./,
};

function progressOffline(lang: Lang, host: string): Spec {
  return {
    name: `Progress offline shows the history kept on the device, as of its date (${host}, ${lang})`,
    timeoutMs: 120_000,
    async run(ctx) {
      const ui = UI[lang];
      const page = await openPane(ctx, { host, lang, user: freshUser("progress-offline") });
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(err.message));
      try {
        await acceptCharter(page, lang);
        await page.getByRole("button", { name: ui.startExercise }).click();
        await page.getByRole("textbox", { name: ui.prompt }).fill(STRONG_PROMPT[lang]);
        await page.getByRole("button", { name: ui.submit }).click();
        await page.getByTestId("feedback").waitFor({ timeout: 15_000 });

        // Online: Progress shows the history from the API.
        await page.getByRole("button", { name: ui.progress, exact: true }).click();
        const history = page.getByTestId("history");
        await history.waitFor({ timeout: 10_000 });
        const online = await history.locator("tbody tr").allInnerTexts();
        assert.equal(online.length, 1, "one attempt in the history");
        assert.equal(await page.getByTestId("history-as-of").count(), 0, "no offline notice online");

        // The API goes out of reach; Progress is opened again.
        await page.context().route("**/api/v1/**", (route) => route.abort("connectionrefused"));
        await page.getByRole("button", { name: ui.home, exact: true }).click();
        await page.getByRole("button", { name: ui.progress, exact: true }).click();
        const asOf = page.getByTestId("history-as-of");
        await asOf.waitFor({ timeout: 10_000 });
        assert.match(await asOf.innerText(), AS_OF[lang]);
        assert.deepEqual(
          await history.locator("tbody tr").allInnerTexts(),
          online,
          "the same history, titles included",
        );
        assert.equal(await page.locator('[data-problem="network"]').count(), 0, "no dead end");
        await page.getByTestId("score-chart").waitFor();
        await screenshot(ctx, page, `progress-offline-${host}-${lang}`);
        await checkAccessibility(page, `progress offline (${host}, ${lang})`);

        // Try again while still offline keeps the kept history; back online it is the API's again.
        await asOf.getByRole("button", { name: ui.tryAgain }).click();
        await asOf.waitFor();
        await page.context().unroute("**/api/v1/**");
        await asOf.getByRole("button", { name: ui.tryAgain }).click();
        await asOf.waitFor({ state: "detached", timeout: 10_000 });
        assert.deepEqual(await history.locator("tbody tr").allInnerTexts(), online);
        assert.deepEqual(errors, [], "no error in the pane");
      } finally {
        await page.context().close();
      }
    },
  };
}

export const specs: Spec[] = [progressOffline("fr", "word"), progressOffline("en", "outlook-read")];
