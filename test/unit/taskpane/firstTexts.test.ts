import fs from "node:fs";
import path from "node:path";
import { enFirst } from "../../../src/taskpane/i18n/en";
import { enLater } from "../../../src/taskpane/i18n/en-later";
import { frFirst } from "../../../src/taskpane/i18n/fr";
import { frLater } from "../../../src/taskpane/i18n/fr-later";
import { loadFirstMessages, loadMessages, textsComplete } from "../../../src/taskpane/i18n/load";
import { MESSAGES } from "../../../src/taskpane/i18n/messages";

const PANE = path.join(__dirname, "../../../src/taskpane");

/** The sections of the dictionary a source file reads (`t.home.title` → "home"). */
function sectionsRead(file: string): string[] {
  const source = fs.readFileSync(path.join(PANE, file), "utf8");
  return [...new Set([...source.matchAll(/\bt\.([A-Za-z]\w*)/g)].map((m) => m[1]!))];
}

describe("the first screen's texts, apart from the rest", () => {
  it("has every text the shell, Home, the boot screen, the notices and the preview switcher read", () => {
    // The code that renders before the rest of the texts has arrived (everything else waits for it).
    const files = [
      "App.tsx",
      "Shell.tsx",
      "screens/HomeScreen.tsx",
      "components/Busy.tsx",
      "components/Pill.tsx",
      "components/ErrorBoundary.tsx",
      "components/CrashNotice.tsx",
      "components/InfoNotice.tsx",
      "components/notices/InfoNotice.tsx",
      "components/PendingAttempts.tsx",
      "components/ProblemMessage.tsx",
      "components/ScreenLoadFailed.tsx",
      "components/PreviewSwitcher.tsx",
    ].filter((file) => fs.existsSync(path.join(PANE, file)));
    expect(files).toContain("screens/HomeScreen.tsx");
    // Read only once another screen has waited for the rest of the texts: the Shell's library texts
    // beside an exercise; the root's "my data" texts once the learner signed out or erased their data
    // from My data (on Progress or the charter's screen).
    const onlyAfterOtherScreens: Record<string, string[]> = {
      "Shell.tsx": ["library"],
      "App.tsx": ["myData"],
    };
    for (const file of files) {
      for (const section of sectionsRead(file)) {
        if (onlyAfterOtherScreens[file]?.includes(section)) continue;
        expect({ file, section, first: section in enFirst }).toEqual({ file, section, first: true });
      }
    }
  });

  it("splits each language the same way, and joins them whole", () => {
    expect(Object.keys(frFirst).sort()).toEqual(Object.keys(enFirst).sort());
    expect(Object.keys(frLater).sort()).toEqual(Object.keys(enLater).sort());
    expect(Object.keys(enFirst).filter((k) => k in enLater)).toEqual([]);
    expect(MESSAGES.fr.exercise).toBe(frLater.exercise);
    expect(MESSAGES.fr.home).toBe(frFirst.home);
  });

  it("hands out the first screen's texts, completed in place by the rest before any other screen opens", async () => {
    const first = await loadFirstMessages("fr");
    expect(first.home).toEqual(frFirst.home);
    expect(await loadFirstMessages("fr")).toBe(first);
    await textsComplete();
    expect(first.exercise).toEqual(frLater.exercise);
    const whole = await loadMessages("fr");
    expect(whole).toBe(first);
    expect(Object.keys(whole).sort()).toEqual(Object.keys(MESSAGES.fr).sort());
    // A language asked for whole (a switch) comes whole at once.
    const en = await loadMessages("en");
    expect(en.library).toEqual(enLater.library);
    expect(en.nav).toEqual(enFirst.nav);
  });
});
