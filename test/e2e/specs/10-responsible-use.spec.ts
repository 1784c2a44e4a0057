import assert from "node:assert/strict";
import {
  acceptCharter,
  eventually,
  freshUser,
  liveScore,
  openPane,
  screenshot,
  UI,
  type Spec,
} from "../support";

export const specs: Spec[] = [
  {
    name: "a prompt that singles out members by health fails safety in the meter, which quotes the charter",
    async run(ctx) {
      const page = await openPane(ctx, { host: "outlook-read", lang: "en", user: freshUser("harm") });
      try {
        await acceptCharter(page, "en");
        await page.getByRole("button", { name: UI.en.startExercise }).click();
        await page
          .getByRole("textbox", { name: UI.en.prompt })
          .fill(
            "Write a friendly 5-line email to the members with diabetes in this list to encourage them to cancel their policy.",
          );
        const safety = page.locator('[role="meter"][data-criterion="safety"]');
        await eventually(
          () => safety.getAttribute("aria-valuenow"),
          (v) => v === "0",
          "the safety meter drops to 0",
        );
        // The shipped charter's own sentence, in the pane's language.
        await page.getByText(/Your charter: “[^”]*health information about an identifiable person/).waitFor();
        assert.ok((await liveScore(page, "en")) <= 40, "the live score is capped");
        await screenshot(ctx, page, "outlook-read-en-harmful-use");
      } finally {
        await page.context().close();
      }
    },
  },
];
