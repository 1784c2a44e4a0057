import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import {
  acceptCharter,
  apiAs,
  checkAccessibility,
  freshUser,
  openPane,
  screenshot,
  STRONG_PROMPT,
  UI,
  type Lang,
  type Spec,
} from "../support";

const T = {
  fr: {
    erase: "Effacer mes données",
    confirm: "Tout effacer",
    cancel: "Annuler",
    failed: /Rien n’a été effacé/,
    erased: /Vos données ont été effacées/,
    signOut: "Se déconnecter",
    signedOut: /Vous êtes déconnecté/,
    signInAgain: "Se reconnecter",
  },
  en: {
    erase: "Erase my data",
    confirm: "Erase everything",
    cancel: "Cancel",
    failed: /Nothing was erased/,
    erased: /Your data has been erased/,
    signOut: "Sign out",
    signedOut: /You are signed out/,
    signInAgain: "Sign in again",
  },
} as const;

/** The pane's keys on this device (localStorage and sessionStorage), the display language aside. */
function deviceKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((s) => Array.from({ length: s.length }, (_, i) => s.key(i) ?? ""))
      .filter((k) => k.startsWith("parcours.") && k !== "parcours.lang")
      .sort(),
  );
}

/** One attempt submitted, a draft written for another try, and Progress opened. */
async function learnerWithData(page: Page, lang: Lang): Promise<void> {
  const ui = UI[lang];
  await acceptCharter(page, lang);
  await page.getByRole("button", { name: ui.startExercise }).click();
  const prompt = page.getByRole("textbox", { name: ui.prompt });
  await prompt.fill(STRONG_PROMPT[lang]);
  await page.getByRole("button", { name: ui.submit }).click();
  await page.getByTestId("feedback").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: ui.progress, exact: true }).click();
  await page.getByTestId("history").waitFor({ timeout: 10_000 });
}

function eraseMyData(lang: Lang): Spec {
  return {
    name: `My data: erase from Progress — a dialog says what goes, Escape cancels, offline keeps everything, then the server and the device are emptied (${lang})`,
    timeoutMs: 120_000,
    async run(ctx) {
      const t = T[lang];
      const user = freshUser(`erase-${lang}`);
      const page = await openPane(ctx, { host: "word", lang, user });
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(err.message));
      try {
        await learnerWithData(page, lang);
        const get = await apiAs(ctx, user);
        const attempts = async () => ((await get("/me/attempts")) as { attempts: unknown[] }).attempts;
        assert.equal((await attempts()).length, 1, "one attempt on the server");
        const kept = await deviceKeys(page);
        assert.ok(
          kept.includes("parcours.progress"),
          `the history is kept on the device: ${kept.join(", ")}`,
        );

        // The dialog: focus inside, what goes and what stays; Escape cancels and nothing changes.
        const erase = page.getByTestId("my-data").getByRole("button", { name: t.erase });
        await erase.click();
        const dialog = page.getByRole("dialog", { name: new RegExp(`^${t.erase}`) });
        await dialog.waitFor();
        assert.ok(
          await dialog.evaluate((d) => d.contains(document.activeElement)),
          "focus is trapped in the dialog",
        );
        await screenshot(ctx, page, `erase-dialog-word-${lang}`);
        await checkAccessibility(page, `erase dialog (${lang})`);
        await page.keyboard.press("Escape");
        await dialog.waitFor({ state: "detached" });
        assert.equal((await attempts()).length, 1, "Escape erased nothing");
        assert.ok(
          await erase.evaluate((button) => button === document.activeElement),
          "focus is back on the button that opened the dialog",
        );
        await checkAccessibility(page, `Progress after the dialog (${lang})`);

        // Offline: nothing is erased, on the server or on the device.
        await page
          .context()
          .route("**/api/v1/me", (route) =>
            route.request().method() === "DELETE" ? route.abort("connectionrefused") : route.continue(),
          );
        await erase.click();
        await dialog.getByRole("button", { name: t.confirm }).click();
        const failed = dialog.getByTestId("erase-failed");
        await failed.waitFor({ timeout: 10_000 });
        assert.match(await failed.innerText(), t.failed);
        assert.deepEqual(await deviceKeys(page), kept, "the device keeps everything");
        assert.equal((await attempts()).length, 1, "the server keeps everything");
        await page.context().unroute("**/api/v1/me");

        // Online: erased on the server, then on the device; the pane starts again at the charter.
        await dialog.getByRole("button", { name: t.confirm }).click();
        await page.getByRole("checkbox", { name: UI[lang].accept }).waitFor({ timeout: 15_000 });
        assert.match(await page.getByTestId("pane-notice").innerText(), t.erased);
        assert.deepEqual(await attempts(), [], "no attempt left on the server");
        assert.deepEqual(
          await deviceKeys(page).then((keys) => keys.filter((k) => k !== "parcours.session.me")),
          [],
          "nothing about the learner left on the device",
        );
        assert.equal(
          await page.evaluate(async () => {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const open = indexedDB.open("parcours");
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            if (!db.objectStoreNames.contains("pending")) return 0;
            return new Promise<number>((resolve) => {
              const count = db.transaction("pending").objectStore("pending").count();
              count.onsuccess = () => resolve(count.result);
            });
          }),
          0,
          "no attempt waiting on the device",
        );
        await checkAccessibility(page, `onboarding after erasure (${lang})`);
        assert.deepEqual(errors, [], "no error in the pane");
      } finally {
        await page.context().close();
      }
    },
  };
}

function signOut(lang: Lang): Spec {
  return {
    name: `My data: sign out in the preview — the device forgets the learner, the server keeps their data, sign in again (${lang})`,
    timeoutMs: 120_000,
    async run(ctx) {
      const t = T[lang];
      const user = freshUser(`signout-${lang}`);
      const page = await openPane(ctx, { host: "word", lang, user });
      try {
        await learnerWithData(page, lang);
        await page.getByTestId("my-data").getByRole("button", { name: t.signOut }).click();
        await page.getByTestId("signed-out").waitFor({ timeout: 10_000 });
        assert.match(await page.getByTestId("signed-out").innerText(), t.signedOut);
        assert.deepEqual(await deviceKeys(page), [], "nothing about the learner left on the device");
        await checkAccessibility(page, `signed out (${lang})`);
        const get = await apiAs(ctx, user);
        assert.equal(((await get("/me/attempts")) as { attempts: unknown[] }).attempts.length, 1);
        // Signing in again: the charter is still accepted on the server, so the pane opens on Home.
        await page.getByRole("button", { name: t.signInAgain }).click();
        await page.getByTestId("suggestion").waitFor({ timeout: 15_000 });
      } finally {
        await page.context().close();
      }
    },
  };
}

export const specs: Spec[] = [eraseMyData("fr"), eraseMyData("en"), signOut("en"), signOut("fr")];
