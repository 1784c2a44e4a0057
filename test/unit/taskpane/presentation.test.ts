import { loadDraft, saveDraft } from "../../../src/taskpane/lib/drafts";
import { HostReadError } from "../../../src/office";
import type { HostContext } from "../../../src/core/types";
import { readContextSafely } from "../../../src/taskpane/state/readContext";
import type { PaneHost } from "../../../src/taskpane/state/host";
import { segments } from "../../../src/taskpane/components/HighlightedText";
import { previewIdentity } from "../../../src/taskpane/auth/devIssuer";
import { langFromLocale, storedLang, storeLang } from "../../../src/taskpane/i18n/language";
import { MESSAGES } from "../../../src/taskpane/i18n/messages";
import { appReducer, initialAppState } from "../../../src/taskpane/state/appState";
import { isDark, themeName } from "../../../src/taskpane/theme";
import type { Me } from "../../../src/taskpane/api/types";

describe("language", () => {
  it("follows Office's display language: French for any French locale, English otherwise", () => {
    expect(langFromLocale("fr-FR")).toBe("fr");
    expect(langFromLocale("fr-CA")).toBe("fr");
    expect(langFromLocale("en-GB")).toBe("en");
    expect(langFromLocale("de-DE")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });

  it("remembers the language chosen with the switch", () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    expect(storedLang(storage)).toBeNull();
    storeLang("fr", storage);
    expect(storedLang(storage)).toBe("fr");
  });

  it("has the accessible names the loop is driven by", () => {
    expect([MESSAGES.en.exercise.prompt, MESSAGES.en.exercise.run, MESSAGES.en.exercise.stop]).toEqual([
      "Your prompt",
      "Run",
      "Stop",
    ]);
    expect([MESSAGES.en.exercise.submit, MESSAGES.en.exercise.tryAgain]).toEqual(["Submit", "Try again"]);
    expect(MESSAGES.fr.exercise.prompt).toBe("Votre prompt");
  });
});

describe("theme", () => {
  const media = (matches: string[]) => (q: string) => matches.includes(q);
  it("uses high contrast whenever forced colors are on", () => {
    expect(themeName({ isDarkTheme: false }, media(["(forced-colors: active)"]))).toBe("highContrast");
  });
  it("follows Office's theme, else the browser preference", () => {
    expect(themeName({ isDarkTheme: true }, media([]))).toBe("dark");
    expect(themeName({ bodyBackgroundColor: "#1f1f1f" }, media([]))).toBe("dark");
    expect(themeName({ bodyBackgroundColor: "#ffffff" }, media(["(prefers-color-scheme: dark)"]))).toBe(
      "light",
    );
    expect(themeName(null, media(["(prefers-color-scheme: dark)"]))).toBe("dark");
    expect(themeName(null, media([]))).toBe("light");
    expect(isDark("not a colour")).toBe(false);
  });
});

describe("personal-data highlights", () => {
  it("splits the prompt around the spans, dropping overlaps", () => {
    const parts = segments("Mon NIR 1 85 05 78 006 084 36 svp", [
      { start: 8, end: 29, label: "NIR", severity: "block" },
      { start: 10, end: 12, label: "x", severity: "warn" },
    ]);
    expect(parts.map((p) => [p.text, p.highlight?.label])).toEqual([
      ["Mon NIR ", undefined],
      ["1 85 05 78 006 084 36", "NIR"],
      [" svp", undefined],
    ]);
  });
});

describe("preview identity", () => {
  it("takes the user and pilot-lead role from the URL, with safe defaults", () => {
    expect(previewIdentity("?user=e2e-word&roles=PilotLead,Root")).toMatchObject({
      tenant: "dev",
      user: "e2e-word",
      roles: ["PilotLead"],
    });
    expect(previewIdentity("")).toMatchObject({ tenant: "dev", user: "preview-learner", roles: [] });
  });
});

describe("app state", () => {
  const me = { charterAccepted: false } as Me;
  it("gates every screen behind the charter until it is accepted", () => {
    const loaded = appReducer(initialAppState, {
      type: "loaded",
      me,
      context: {} as never,
      features: {} as never,
    });
    expect(loaded.screen).toBe("onboarding");
    expect(appReducer(loaded, { type: "navigate", screen: "progress" }).screen).toBe("onboarding");
    const accepted = appReducer(loaded, { type: "me", me: { ...me, charterAccepted: true } });
    expect(accepted.screen).toBe("home");
    expect(appReducer(accepted, { type: "navigate", screen: "progress" }).screen).toBe("progress");
  });
});

describe("reading the open item", () => {
  const host = (read: () => Promise<never>): PaneHost => ({
    host: "outlook",
    mode: "read",
    isPreview: false,
    displayLanguage: "fr-FR",
    theme: null,
    readContext: read,
  });

  it("keeps the pane usable with the host's explanation when no item can be read", async () => {
    const context = await readContextSafely(host(() => Promise.reject(new HostReadError("no_item"))));
    expect(context).toMatchObject({ host: "outlook", mode: "read", text: "", tables: [] });
    expect(context.notice?.fr.length).toBeGreaterThan(5);
    expect(context.notice?.en).not.toBe(context.notice?.fr);
  });

  it("lets unexpected failures through", async () => {
    await expect(readContextSafely(host(() => Promise.reject(new TypeError("bug"))))).rejects.toThrow("bug");
  });
});

describe("app state when the host moves", () => {
  it("drops the open exercise when another host or item mode is shown", () => {
    const base = {
      ...initialAppState,
      context: { host: "word", mode: "edit" } as HostContext,
      exercise: { id: "x" } as never,
      screen: "exercise" as const,
    };
    const moved = appReducer(base, {
      type: "context",
      context: { host: "excel", mode: "edit" } as HostContext,
      features: {} as never,
    });
    expect(moved.exercise).toBeNull();
    expect(moved.screen).toBe("home");
    const same = appReducer(base, {
      type: "context",
      context: { host: "word", mode: "edit" } as HostContext,
      features: {} as never,
    });
    expect(same.screen).toBe("exercise");
  });
});

describe("prompt drafts", () => {
  it("keeps the prompt per exercise and forgets an emptied one", () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    saveDraft("summarise-five-points", "Résume ce document", storage);
    expect(loadDraft("summarise-five-points", storage)).toBe("Résume ce document");
    expect(loadDraft("another-exercise", storage)).toBe("");
    saveDraft("summarise-five-points", "   ", storage);
    expect(map.size).toBe(0);
  });
});
