import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import {
  acceptCharter,
  apiAs,
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

type PreviewHostId = "word" | "outlook-read" | "outlook-compose" | "excel";

const HOST_OF = {
  word: "word",
  "outlook-read": "outlook",
  "outlook-compose": "outlook",
  excel: "excel",
} as const;

/** Accept the charter, open the suggested exercise, run a prompt whose answer the model server gives. */
async function runWithAnswer(
  ctx: E2EContext,
  host: PreviewHostId,
  answer: string,
  user: string,
): Promise<Page> {
  const page = await openPane(ctx, { host, lang: "fr", user });
  await acceptCharter(page, "fr");
  await page.getByRole("button", { name: UI.fr.startExercise }).click();
  ctx.model.enqueue({ kind: "reply", text: answer, chunks: 4 });
  await page.getByRole("textbox", { name: UI.fr.prompt }).fill(STRONG_PROMPT.fr);
  await page.getByRole("button", { name: UI.fr.run, exact: true }).click();
  // Buttons are disabled while the answer streams; they come alive once it is complete.
  await page.getByTestId("insert-actions").waitFor({ timeout: 20_000 });
  await eventually(
    () =>
      page.getByTestId("insert-actions").locator("button[data-kind]").first().getAttribute("aria-disabled"),
    (disabled) => disabled !== "true",
    "the insert buttons enabled after the answer",
    20_000,
  );
  return page;
}

/** The API holds a real-work use of this kind and host for the user (reported in the background). */
async function recorded(ctx: E2EContext, user: string, kind: string, host: string): Promise<void> {
  const get = await apiAs(ctx, user);
  await eventually(
    async () =>
      ((await get("/me/export")) as { realWorkUses: Array<{ kind: string; host: string }> }).realWorkUses,
    (uses) => uses.some((u) => u.kind === kind && u.host === host),
    `a "${kind}" use in ${host} recorded by the API`,
  );
}

async function done(page: Page, text: RegExp): Promise<void> {
  const status = page.getByTestId("insert-done");
  const failed = page.getByTestId("insert-failed");
  await status.or(failed).first().waitFor({ timeout: 10_000 });
  assert.equal(await failed.count(), 0, `the insertion failed: ${await failed.allInnerTexts()}`);
  assert.match(await status.innerText(), text);
}

async function closing(page: Page, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } finally {
    await page.context().close();
  }
}

export const specs: Spec[] = [
  {
    name: "Word (FR): Run → Insert at cursor shows the answer, lists and all, in the document; the use is counted",
    async run(ctx) {
      const user = freshUser("insert-word");
      const answer = "Points clés :\n\n- **Délai** ramené à 5 jours\n- Modèle de courrier à revoir";
      const page = await runWithAnswer(ctx, "word", answer, user);
      await closing(page, async () => {
        const replace = page.getByRole("button", { name: "Remplacer la sélection" });
        assert.equal(await replace.count(), 1, "Word also offers Replace selection");
        await page.getByRole("button", { name: "Insérer au curseur" }).click();
        await done(page, /Inséré dans le document/);
        const inserted = page.getByTestId("preview-document-body").locator('[data-inserted="true"]');
        const text = await inserted.last().innerText();
        assert.match(text, /Points clés/);
        assert.match(text, /- Délai ramené à 5 jours/);
        assert.match(text, /- Modèle de courrier à revoir/);
        assert.ok(!text.includes("**"), "bold markers became bold, not text");
        await recorded(ctx, user, "insert", "word");
        await checkAccessibility(page, "word insertion (FR)");
        await screenshot(ctx, page, "word-fr-inserted");
      });
    },
  },
  {
    name: "Outlook read (FR): Reply with this opens a reply holding the real name, never the placeholder",
    async run(ctx) {
      const user = freshUser("insert-reply");
      // The sender's name was pseudonymised before the model saw it: the model writes the placeholder.
      const answer = "Bonjour [PERSONNE_1],\n\nVotre remboursement est en cours de traitement.";
      const page = await runWithAnswer(ctx, "outlook-read", answer, user);
      await closing(page, async () => {
        await eventually(
          () => page.getByTestId("answer").innerText(),
          (text) => text.includes("Claire Fontaine"),
          "the answer shows the real name",
        );
        await page.getByRole("button", { name: "Répondre avec ceci" }).click();
        await done(page, /Réponse ouverte/);
        const reply = await page.getByTestId("preview-reply").innerText();
        assert.match(reply, /Bonjour Claire Fontaine,/);
        assert.match(reply, /Votre remboursement est en cours de traitement\./);
        assert.ok(!/PERSONNE/i.test(reply), `no placeholder in the reply: ${reply}`);
        await recorded(ctx, user, "reply", "outlook");
        await screenshot(ctx, page, "outlook-read-fr-reply");
      });
    },
  },
  {
    name: "Outlook read (FR): Copy puts the answer on the clipboard with the real name; the use is counted",
    async run(ctx) {
      const user = freshUser("insert-copy");
      const answer = "Bonjour [PERSONNE_1],\n\nVotre dossier est complet : le virement part sous 5 jours.";
      const page = await runWithAnswer(ctx, "outlook-read", answer, user);
      await closing(page, async () => {
        await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: ctx.baseURL });
        await eventually(
          () => page.getByTestId("answer").innerText(),
          (text) => text.includes("Claire Fontaine"),
          "the answer shows the real name",
        );
        await page.getByRole("button", { name: "Copier", exact: true }).click();
        await done(page, /Copié/);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.match(copied, /Bonjour Claire Fontaine,/);
        assert.match(copied, /le virement part sous 5 jours/);
        assert.ok(!/PERSONNE/i.test(copied), `no placeholder on the clipboard: ${copied}`);
        await recorded(ctx, user, "copy", "outlook");
      });
    },
  },
  {
    name: "Outlook compose (FR): Insert at cursor puts the answer at the top of the message being written",
    async run(ctx) {
      const user = freshUser("insert-compose");
      const answer = "Madame,\n\nNous vous présentons nos excuses pour ce retard.";
      const page = await runWithAnswer(ctx, "outlook-compose", answer, user);
      await closing(page, async () => {
        assert.equal(await page.getByRole("button", { name: "Répondre avec ceci" }).count(), 0, "no reply");
        await page.getByRole("button", { name: "Insérer au curseur" }).click();
        await done(page, /Inséré dans le document/);
        const first = page.getByTestId("preview-document-body").locator("p").first();
        assert.equal(await first.getAttribute("data-inserted"), "true", "the insertion comes first");
        assert.match(await first.innerText(), /Nous vous présentons nos excuses pour ce retard\./);
        await recorded(ctx, user, "insert", "outlook");
      });
    },
  },
  {
    name: "Excel (FR): a formula answer goes into the active cell after confirmation, shown in the sheet",
    async run(ctx) {
      const user = freshUser("insert-excel");
      const answer = "Utilisez cette formule :\n\n```\n=SOMME(C2:C5)\n```\n\nElle additionne les montants.";
      const page = await runWithAnswer(ctx, "excel", answer, user);
      await closing(page, async () => {
        await page.getByRole("button", { name: "Mettre la formule dans la cellule active" }).click();
        const confirm = page.getByTestId("insert-confirm");
        await confirm.waitFor();
        assert.match(await confirm.innerText(), /=SOMME\(C2:C5\)/);
        assert.equal(await page.getByTestId("preview-document").count(), 0, "nothing written before yes");
        await page.getByRole("button", { name: "Oui, écrire" }).click();
        await done(page, /Formule placée dans la cellule active/);
        const written = page.getByTestId("preview-grid").locator("td[data-written]");
        assert.equal(await written.count(), 1);
        assert.equal((await written.innerText()).trim(), "=SOMME(C2:C5)");
        await recorded(ctx, user, "formula", "excel");
        await checkAccessibility(page, "excel formula (FR)");
        await screenshot(ctx, page, "excel-fr-formula");
      });
    },
  },
  {
    name: "Excel (FR): a table answer is written over the selection once the user agrees to replace it",
    async run(ctx) {
      const user = freshUser("insert-table");
      const answer = "| Acte | Reste à charge |\n|---|---|\n| Consultation | 12,50 |\n| Radiologie | 30 |";
      const page = await runWithAnswer(ctx, "excel", answer, user);
      await closing(page, async () => {
        await page.getByRole("button", { name: "Écrire le tableau dans la feuille" }).click();
        await page.getByTestId("insert-confirm").waitFor();
        await page.getByRole("button", { name: "Oui, écrire" }).click();
        await done(page, /Tableau écrit dans la feuille/);
        const cells = await page.getByTestId("preview-grid").locator("td[data-written]").allInnerTexts();
        assert.deepEqual(
          cells.map((c) => c.trim()),
          ["Acte", "Reste à charge", "Consultation", "12.5", "Radiologie", "30"],
        );
        await recorded(ctx, user, "table", "excel");
      });
    },
  },
];

export { HOST_OF };
