import assert from "node:assert/strict";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  acceptCharter,
  checkAccessibility,
  eventually,
  freshUser,
  openPane,
  screenshot,
  STRONG_PROMPT,
  UI,
  type E2EContext,
  type Spec,
} from "../support";

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

/** Sets the dev tenant's privacy policy as an Admin would; `{}` puts the defaults back. */
async function setDevPolicy(ctx: E2EContext, privacyPolicy: Record<string, unknown>): Promise<void> {
  const tokenRes = await fetch(`${ctx.api.url}/api/v1/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ tenant: "dev", user: "e2e-privacy-admin", roles: ["Admin"] }),
  });
  const { token } = (await tokenRes.json()) as { token: string };
  const res = await fetch(`${ctx.api.url}/api/v1/admin/settings`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ privacyPolicy }),
  });
  assert.equal(res.status, 200, `PUT privacy policy: ${await res.text()}`);
}

/** The first value the preview will pseudonymise, and its placeholder. */
async function firstMasked(page: Page): Promise<{ value: string; placeholder: string }> {
  const preview = page.getByTestId("masked-document");
  const mark = preview.locator('mark[data-mask="pseudonymised"]').first();
  await mark.waitFor({ timeout: 10_000 });
  const value = ((await mark.textContent()) ?? "").trim();
  const placeholder =
    (await preview.locator("[data-placeholder]").first().getAttribute("data-placeholder")) ?? "";
  return { value, placeholder };
}

specs.push(
  {
    name: "Outlook (FR): the preview marks the member’s name, Run masks it, the answer gives it back",
    async run(ctx) {
      const page = await openPane(ctx, { host: "outlook-read", lang: "fr", user: freshUser("mask-fr") });
      try {
        await acceptCharter(page, "fr");
        // The home screen's preview of the e-mail already says what will be masked.
        const home = page.getByTestId("context-masking");
        await home.waitFor({ timeout: 10_000 });
        assert.match(await home.innerText(), /Masqué avant tout envoi à un modèle.*nom de personne/);
        await page.getByRole("button", { name: UI.fr.startExercise }).click();
        const { value, placeholder } = await firstMasked(page);
        assert.equal(value, "Claire Fontaine", "the sender’s name is marked in the preview");
        assert.equal(placeholder, "[PERSONNE_1]");
        const summary = await page.getByTestId("masking-summary").innerText();
        assert.match(summary, /Avant l’envoi, Parcours remplace .* \[PERSONNE_1\]/);
        assert.match(summary, /nom de personne/);
        assert.match(await page.getByTestId("masking-list").innerText(), /Claire Fontaine → \[PERSONNE_1\]/);
        assert.match(
          summary,
          /Les informations de santé partent, mais les personnes qu’elles concernent sont masquées/,
        );
        await checkAccessibility(page, "exercise with masking preview (FR)");
        await screenshot(ctx, page, "outlook-read-fr-masking-preview");

        // The model writes the placeholder back in its own way, split across chunks.
        ctx.model.enqueue({
          kind: "reply",
          text: "Bonjour [personne_1],\nNous avons bien reçu votre relance, [ PERSONNE 1 ] : votre dossier est traité.",
          chunks: 9,
        });
        await page.getByRole("textbox", { name: UI.fr.prompt }).fill(STRONG_PROMPT.fr);
        const before = ctx.model.requests.length;
        await page.getByRole("button", { name: UI.fr.run, exact: true }).click();
        const answer = page.getByTestId("answer");
        await eventually(
          () => answer.innerText(),
          (text) => text.includes("votre dossier est traité"),
          "the answer streams in",
        );
        const shown = await answer.innerText();
        assert.match(shown, /^Bonjour Claire Fontaine,/);
        assert.match(shown, /relance, Claire Fontaine :/);
        assert.doesNotMatch(shown, /PERSONNE/i);
        const sent = ctx.model.requests.slice(before);
        assert.equal(sent.length, 1, "one call reached the model");
        assert.ok(!sent[0]!.text.includes("Fontaine"), "the model never saw the surname");
        assert.ok(sent[0]!.text.includes("[PERSONNE_1]"), "the model saw the placeholder");
        assert.ok(sent[0]!.text.includes("kinésithérapie"), "the health information went, about nobody");
        const note = await page.getByTestId("masked-note").innerText();
        assert.match(note, /Masqué avant l’envoi puis remis ici\u00a0: nom de personne/);
        await screenshot(ctx, page, "outlook-read-fr-answer-restored");
        // From "What the model will see" to the note under the answer: the README's picture.
        // Bounding boxes are relative to the viewport; a full-page clip is relative to the page.
        const scrollY = await page.evaluate(() => window.scrollY);
        const top = await page.getByTestId("masking-preview").boundingBox();
        const bottom = await page.getByTestId("masked-note").boundingBox();
        if (top && bottom) {
          await page.screenshot({
            path: path.join(ctx.results, "screenshots", "masking-outlook-fr.png"),
            fullPage: true,
            clip: { x: 0, y: scrollY + top.y - 8, width: 320, height: bottom.y + bottom.height - top.y + 16 },
          });
        }
      } finally {
        await page.context().close();
      }
    },
  },
  {
    name: "Word (EN): colleagues’ names are masked in the notes and restored in the answer",
    async run(ctx) {
      const page = await openPane(ctx, { host: "word", lang: "en", user: freshUser("mask-en") });
      try {
        await acceptCharter(page, "en");
        await page.getByRole("button", { name: UI.en.startExercise }).click();
        const { value, placeholder } = await firstMasked(page);
        assert.match(placeholder, /^\[PERSON_\d+\]$/);
        assert.match(
          await page.getByTestId("masking-summary").innerText(),
          /Before sending, Parcours replaces/,
        );
        ctx.model.enqueue({
          kind: "reply",
          text: `Action owner: ${placeholder.toLowerCase()} (see notes).`,
          chunks: 5,
        });
        await page.getByRole("textbox", { name: UI.en.prompt }).fill(STRONG_PROMPT.en);
        const before = ctx.model.requests.length;
        await page.getByRole("button", { name: UI.en.run, exact: true }).click();
        const answer = page.getByTestId("answer");
        await eventually(
          () => answer.innerText(),
          (t) => t.includes("(see notes)"),
          "the answer streams in",
        );
        assert.equal(await answer.innerText(), `Action owner: ${value} (see notes).`);
        const sent = ctx.model.requests.slice(before)[0]!;
        assert.ok(!sent.text.includes(value), `the model never saw "${value}"`);
        await page.getByTestId("masked-note").waitFor();
        await checkAccessibility(page, "exercise with restored answer (EN)");
        await screenshot(ctx, page, "word-en-answer-restored");
      } finally {
        await page.context().close();
      }
    },
  },
  {
    name: "Outlook (EN): with names sent as they are by the tenant’s policy, a name beside health information is blocked, saying where and what to do",
    async run(ctx) {
      await setDevPolicy(ctx, { actions: { PERSON_NAME: "warn" } });
      const page = await openPane(ctx, { host: "outlook-read", lang: "en", user: freshUser("policy") });
      try {
        await acceptCharter(page, "en");
        await page.getByRole("button", { name: UI.en.startExercise }).click();
        const notice = page.locator('[data-testid="privacy-blocked"][data-origin="preview"]');
        await notice.waitFor({ timeout: 10_000 });
        const text = await notice.innerText();
        assert.match(text, /person’s name in the email/);
        assert.match(text, /health information in the email/);
        assert.match(text, /ask your administrator to pseudonymise that type/);
        await page.getByRole("textbox", { name: UI.en.prompt }).fill(STRONG_PROMPT.en);
        const before = ctx.model.requests.length;
        await page.getByRole("button", { name: UI.en.run, exact: true }).click();
        await page.locator('[data-testid="privacy-blocked"][data-origin="run"]').waitFor({ timeout: 10_000 });
        assert.equal(await page.getByTestId("privacy-blocked").count(), 1, "one notice at a time");
        await page.waitForTimeout(300);
        assert.equal(ctx.model.requests.length, before, "nothing reached the model");
        await checkAccessibility(page, "blocked by the tenant’s policy (EN)");
        await screenshot(ctx, page, "outlook-read-en-policy-blocked");
      } finally {
        await page.context().close();
        await setDevPolicy(ctx, {});
      }
    },
  },
);
