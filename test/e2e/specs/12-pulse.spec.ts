import assert from "node:assert/strict";
import {
  acceptCharter,
  apiAs,
  checkAccessibility,
  eventually,
  freshUser,
  openPane,
  screenshot,
  type Spec,
} from "../support";

interface PulseStatus {
  due: boolean;
  latest: { confidence: number; aiUse: string } | null;
}

export const specs: Spec[] = [
  {
    name: "the confidence pulse is asked at onboarding, answered with the keyboard, and not asked again",
    async run(ctx) {
      const user = freshUser("pulse");
      const page = await openPane(ctx, { host: "word", lang: "fr", user });
      try {
        await acceptCharter(page, "fr");
        const pulse = page.getByTestId("pulse");
        await pulse.waitFor({ timeout: 15_000 });
        await checkAccessibility(page, "home with the confidence pulse");
        await screenshot(ctx, page, "pulse-word-fr");

        const confidence = page.getByRole("radiogroup", {
          name: "Quelle confiance avez-vous pour utiliser l’IA dans votre travail ?",
        });
        const use = page.getByRole("radiogroup", {
          name: "À quelle fréquence utilisez-vous l’IA pour un vrai travail (hors de ces exercices) ?",
        });
        // Sending with a question unanswered says what is missing, and sends nothing.
        await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
        await pulse.getByText("Choisissez une réponse à chaque question").waitFor();

        // Keyboard: focus the first choice, move with the arrow keys, choose with Space.
        await confidence.getByRole("radio", { name: "1 – Aucune" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("Space");
        assert.ok(await confidence.getByRole("radio", { name: "3 – Assez" }).isChecked());
        await use.getByRole("radio", { name: "Jamais" }).focus();
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Space");
        assert.ok(await use.getByRole("radio", { name: "Quelques fois par mois" }).isChecked());
        await page.getByRole("button", { name: "Envoyer mes réponses" }).focus();
        await page.keyboard.press("Enter");
        await page.getByText("Merci, vos réponses sont enregistrées.").waitFor({ timeout: 10_000 });

        const get = await apiAs(ctx, user);
        const status = (await get("/me/pulse")) as PulseStatus;
        assert.equal(status.due, false);
        assert.deepEqual(
          { confidence: status.latest?.confidence, aiUse: status.latest?.aiUse },
          { confidence: 3, aiUse: "monthly" },
        );

        // Opened again: answered, so not asked.
        const asked = page.waitForResponse((r) => r.url().endsWith("/api/v1/me/pulse"));
        await page.reload();
        await (await asked).finished();
        await page.getByTestId("suggestion").waitFor({ timeout: 15_000 });
        // Let React render what the answer said before looking.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        assert.equal(await page.getByTestId("pulse").count(), 0);
      } finally {
        await page.context().close();
      }
    },
  },
  {
    name: "the pulse can wait: Later hides it, and a failed send keeps the answers and blocks nothing",
    async run(ctx) {
      const user = freshUser("pulse-later");
      const page = await openPane(ctx, { host: "excel", lang: "en", user });
      try {
        await acceptCharter(page, "en");
        const pulse = page.getByTestId("pulse");
        await pulse.waitFor({ timeout: 15_000 });
        await pulse.getByRole("radio", { name: "4 – Quite" }).check();
        await pulse.getByRole("radio", { name: "Every week" }).check();

        // The API cannot be reached: the pane says so, keeps the answers, and the rest still works.
        await page.route("**/api/v1/me/pulse", (route) =>
          route.request().method() === "POST" ? route.abort("connectionrefused") : route.continue(),
        );
        await page.getByRole("button", { name: "Send my answers" }).click();
        await pulse.getByText("Your answers could not be sent.").waitFor({ timeout: 10_000 });
        assert.ok(await pulse.getByRole("radio", { name: "4 – Quite" }).isChecked());
        assert.ok(await page.getByRole("button", { name: "Start exercise" }).isEnabled());

        // Later: the form goes, and stays away when the pane opens again.
        await page.getByRole("button", { name: "Later", exact: true }).click();
        await eventually(
          () => pulse.count(),
          (n) => n === 0,
          "pulse hidden after Later",
        );
        await page.unroute("**/api/v1/me/pulse");
        // The home screen asks the API as it mounts, before the suggestion shows: postponed, it does not ask.
        const asks: string[] = [];
        page.on("request", (r) => {
          if (r.url().endsWith("/api/v1/me/pulse")) asks.push(r.method());
        });
        await page.reload();
        await page.getByTestId("suggestion").waitFor({ timeout: 15_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        assert.deepEqual(asks, []);
        assert.equal(await page.getByTestId("pulse").count(), 0);
        const get = await apiAs(ctx, user);
        assert.equal(((await get("/me/pulse")) as PulseStatus).due, true, "still due on the server");
      } finally {
        await page.context().close();
      }
    },
  },
];
