import assert from "node:assert/strict";
import { acceptCharter, checkAccessibility, freshUser, openPane, screenshot, type Spec } from "../support";

export const specs: Spec[] = [
  {
    name: "learners choose a job, share a use case and say they do it too; a pilot lead ranks and promotes it",
    async run(ctx) {
      const title = `Summarise reimbursement circulars ${process.pid}`;
      const author = await openPane(ctx, { host: "word", lang: "en", user: freshUser("uc-author") });
      try {
        await author.getByRole("combobox", { name: "Your job" }).selectOption({ label: "Claims handling" });
        await author.getByText("Saved.").waitFor({ timeout: 10_000 });
        await acceptCharter(author, "en");
        await author.getByRole("button", { name: "Use cases", exact: true }).click();
        await author.getByRole("heading", { name: "AI use cases of your job" }).waitFor({ timeout: 10_000 });
        await author.getByRole("button", { name: "I used AI for this" }).click();
        await author.getByRole("textbox", { name: "Title" }).fill(title);
        await author
          .getByRole("textbox", { name: "The task" })
          .fill("I paste the circular and ask what changes in our checks, in five bullets.");
        await author.getByRole("combobox", { name: "How often" }).selectOption({ label: "Weekly" });
        await author.getByRole("spinbutton", { name: "Minutes saved each time" }).fill("20");
        await author.getByRole("checkbox", { name: "Invented facts" }).check();
        await checkAccessibility(author, "use case form");
        await author.getByRole("button", { name: "Share" }).click();
        await author.getByText("Shared with your colleagues. Thank you!").waitFor({ timeout: 10_000 });
        await author.getByRole("heading", { name: title }).waitFor();
        await screenshot(ctx, author, "use-case-shared-en");
      } finally {
        await author.context().close();
      }

      const colleague = await openPane(ctx, { host: "outlook", lang: "fr", user: freshUser("uc-colleague") });
      try {
        await colleague
          .getByRole("combobox", { name: "Votre métier" })
          .selectOption({ label: "Gestion des prestations" });
        await colleague.getByText("Enregistré.").waitFor({ timeout: 10_000 });
        await acceptCharter(colleague, "fr");
        await colleague.getByRole("button", { name: "Cas d’usage", exact: true }).click();
        const card = colleague
          .getByRole("group", { name: title })
          .or(colleague.locator("li", { hasText: title }));
        await card.first().waitFor({ timeout: 10_000 });
        await colleague.getByRole("button", { name: "Je le fais aussi" }).first().click();
        await colleague.getByText("Vous le faites aussi", { exact: true }).waitFor({ timeout: 10_000 });
        await colleague.getByText("2 personnes le font", { exact: true }).waitFor();
        await checkAccessibility(colleague, "use cases (fr)");
      } finally {
        await colleague.context().close();
      }

      const lead = await openPane(ctx, {
        host: "excel",
        lang: "en",
        user: freshUser("uc-lead"),
        roles: ["PilotLead"],
      });
      try {
        await acceptCharter(lead, "en");
        await lead.getByRole("button", { name: "Use cases", exact: true }).click();
        await lead.getByRole("heading", { name: "Use cases to prioritise" }).waitFor({ timeout: 10_000 });
        const item = lead.locator("li", { hasText: title });
        // 2 people × 4 times a month × 20 minutes.
        await item.getByText("160 min saved a month").waitFor({ timeout: 10_000 });
        await item.getByText("Risks: Invented facts", { exact: true }).waitFor();
        await item.getByRole("combobox", { name: "Status" }).selectOption({ label: "Under review" });
        await item.getByRole("button", { name: "Apply" }).click();
        await item.getByText("Under review", { exact: true }).first().waitFor({ timeout: 10_000 });
        await item.getByRole("button", { name: "Promote to exercise" }).click();
        const notice = await lead
          .getByText(/^Draft exercise usecase-[0-9a-f]{12} created/)
          .textContent({ timeout: 10_000 });
        assert.match(notice ?? "", /usecase-[0-9a-f]{12}/);
        await item.getByText("Promoted to exercise").first().waitFor();
        await checkAccessibility(lead, "use cases (lead)");
        await screenshot(ctx, lead, "use-cases-lead-en");
      } finally {
        await lead.context().close();
      }
    },
  },
];
