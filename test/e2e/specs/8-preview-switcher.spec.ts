import assert from "node:assert/strict";
import { acceptCharter, eventually, freshUser, openPane, type Spec } from "../support";

export const specs: Spec[] = [
  {
    name: "the preview switcher moves the pane to another host and sample in place",
    async run(ctx) {
      const page = await openPane(ctx, { host: "word", lang: "en", user: freshUser("switcher") });
      try {
        await acceptCharter(page, "en");
        const before = await page.getByTestId("context-preview").innerText();
        await page.getByRole("combobox", { name: "Preview host" }).selectOption("excel");
        const preview = page.getByTestId("context-preview");
        await eventually(
          () => preview.innerText(),
          (text) => text !== before,
          "context after switching host",
        );
        // The suggestion now comes from the Excel catalog, and the URL keeps the choice for a reload.
        const id = await eventually(
          () => page.locator("[data-exercise-id]").getAttribute("data-exercise-id"),
          (value) => value !== null,
          "a suggestion",
        );
        const res = await fetch(`${ctx.api.url}/api/v1/dev/token`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ tenant: "dev", user: "switcher-check" }),
        });
        const { token } = (await res.json()) as { token: string };
        const excel = (await (
          await fetch(`${ctx.api.url}/api/v1/exercises?host=excel`, {
            headers: { Authorization: `Bearer ${token}` },
          })
        ).json()) as { exercises: Array<{ id: string }> };
        await eventually(
          () => page.locator("[data-exercise-id]").getAttribute("data-exercise-id"),
          (value) => excel.exercises.some((e) => e.id === value),
          `an Excel exercise (first saw ${id})`,
        );
        assert.match(page.url(), /host=excel/);
      } finally {
        await page.context().close();
      }
    },
  },
];
