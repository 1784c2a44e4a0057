import {
  HostReadError,
  initHost,
  loadOfficeJs,
  previewRequested,
  setPreviewSample,
  supportsNestedAppAuth,
  type PreviewSession,
} from "../../../src/office";
import type { LoadedOffice } from "../../../src/office/load-office-js";
import type { OfficeApiLike } from "../../../src/office/seam";
import { SELECTION_DEBOUNCE_MS } from "../../../src/office/session";
import { OfficeMockObject, outlookMock, wordMock } from "./office-mock";

const PANE = "https://localhost:3000/taskpane.html";

/** An Office namespace that reports `host` from onReady and records event handlers. */
function officeFor(host: string | null, extra: Record<string, unknown> = {}) {
  const handlers: Record<string, (() => void) | undefined> = {};
  const removed: string[] = [];
  const mock = new OfficeMockObject({
    host: "outlook", // office-addin-mock: plain values, no load/sync on the common API
    context: {
      displayLanguage: "fr-FR",
      officeTheme: { bodyBackgroundColor: "#1f1f1f" },
      document: {
        addHandlerAsync: (type: string, handler: () => void) => void (handlers[type] = handler),
        removeHandlerAsync: (type: string) => void removed.push(type),
      },
      ...extra,
    },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      ItemChanged: "olkItemSelectedChanged",
    },
    onReady: () => Promise.resolve({ host, platform: "OfficeOnline" }),
  });
  return { office: mock as unknown as OfficeApiLike, handlers, removed };
}

afterEach(() => {
  jest.useRealTimers();
});

describe("initHost", () => {
  it("falls back to the preview, with a notice, when office.js never loads", async () => {
    jest.useFakeTimers();
    const load = jest.fn(() => new Promise<LoadedOffice>(() => undefined));
    let settled = false;
    const pending = initHost({ url: PANE, loadOfficeJs: load, officeJsTimeoutMs: 4000 }).finally(
      () => (settled = true),
    );

    await jest.advanceTimersByTimeAsync(3999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const session = await pending;

    expect(load).toHaveBeenCalledTimes(1);
    expect(session).toMatchObject({ isPreview: true, noticeCode: "office_unavailable" });
    expect(session.notice?.fr).toMatch(/Office n’a pas pu être chargé/);
    expect(session.notice?.en).toMatch(/Office could not be loaded/);
    expect((await session.readContext()).text).not.toBe("");
  });

  it("falls back at once when loading office.js fails", async () => {
    const session = await initHost({ url: PANE, loadOfficeJs: () => Promise.reject(new Error("offline")) });
    expect(session).toMatchObject({ isPreview: true, noticeCode: "office_unavailable" });
  });

  it("falls back when office.js is ready but onReady never settles", async () => {
    const { office } = officeFor("Word");
    const stuck = { ...office, onReady: () => new Promise<never>(() => undefined) };
    const session = await initHost({
      url: PANE,
      loadOfficeJs: async () => ({ Office: stuck }),
      officeJsTimeoutMs: 20,
    });
    expect(session.noticeCode).toBe("office_unavailable");
  });

  it("runs the preview when office.js reports no host (a plain browser tab)", async () => {
    const { office } = officeFor(null);
    const session = await initHost({ url: PANE, loadOfficeJs: async () => ({ Office: office }) });
    expect(session).toMatchObject({ isPreview: true, noticeCode: "outside_office" });
  });

  it("runs the preview for an Office host Parcours does not support", async () => {
    const { office } = officeFor("PowerPoint");
    const session = await initHost({ url: PANE, loadOfficeJs: async () => ({ Office: office }) });
    expect(session).toMatchObject({ isPreview: true, noticeCode: "unsupported_host" });
  });

  it("does not load office.js when the URL asks for a preview host", async () => {
    const load = jest.fn(() => Promise.reject(new Error("must not be called")));
    const session = await initHost({ url: `${PANE}?host=excel&lang=en&theme=dark`, loadOfficeJs: load });
    expect(load).not.toHaveBeenCalled();
    expect(session).toMatchObject({ host: "excel", mode: "edit", isPreview: true, displayLanguage: "en-GB" });
    expect(session.notice).toBeUndefined();
    expect(session.theme).toMatchObject({ isDark: true });
    expect((await session.readContext()).title).toBe("Claims 2025");
  });

  it("says beforehand, from the URL alone, when the preview will start without office.js", () => {
    expect(previewRequested(`${PANE}?host=outlook-read&user=ana`)).toBe(true);
    expect(previewRequested(`${PANE}?sample=email-with-nir`)).toBe(true);
    expect(previewRequested(PANE)).toBe(false);
    expect(previewRequested(`${PANE}?user=ana&lang=fr`)).toBe(false);
  });

  it("starts on the sample given by the switcher", async () => {
    const session = (await initHost({ url: PANE, previewSample: "policy-letter" })) as PreviewSession;
    expect(session.sample.id).toBe("policy-letter");
    expect(session.displayLanguage).toBe("fr-FR");
  });

  it("connects to Word inside Office and reads through the Word adapter", async () => {
    const { office } = officeFor("Word");
    const { api: word } = wordMock({
      paragraphs: [{ text: "Ordre du jour", styleBuiltIn: "Heading1" }, { text: "Budget" }],
    });
    const session = await initHost({ url: PANE, loadOfficeJs: async () => ({ Office: office, Word: word }) });
    expect(session).toMatchObject({ host: "word", mode: "edit", isPreview: false, displayLanguage: "fr-FR" });
    expect(session.theme).toMatchObject({ isDark: true, bodyBackgroundColor: "#1f1f1f" });
    expect(await session.readContext()).toMatchObject({
      text: "Ordre du jour\nBudget",
      meta: { headings: ["Ordre du jour"] },
    });
  });

  it("reads Word through the WordApi 1.1 path when Office says 1.3 is missing", async () => {
    const { office } = officeFor("Word", {
      requirements: {
        isSetSupported: (set: string, version: string) => !(set === "WordApi" && version === "1.3"),
      },
    });
    const { api: word } = wordMock({
      wordApi11: true,
      paragraphs: [{ text: "Objet", outlineLevel: 1 }, { text: "Texte" }],
    });
    const session = await initHost({ url: PANE, loadOfficeJs: async () => ({ Office: office, Word: word }) });
    expect((await session.readContext()).meta.headings).toEqual(["Objet"]);
  });

  it("fails a read that Office never answers instead of waiting forever", async () => {
    const { office } = officeFor("Excel");
    const excel = { run: () => new Promise<never>(() => undefined) };
    const session = await initHost({
      url: PANE,
      loadOfficeJs: async () => ({ Office: office, Excel: excel }),
      readTimeoutMs: 20,
    });
    await expect(session.readContext()).rejects.toMatchObject({
      name: "HostReadError",
      code: "host_read_failed",
    });
  });

  it("writes an answer through the adapter of the host it connected to", async () => {
    const { office } = officeFor("Word");
    const inserted: string[] = [];
    const word = {
      run: <T>(batch: (context: unknown) => Promise<T>) =>
        batch({
          sync: () => Promise.resolve(),
          document: { getSelection: () => ({ insertHtml: (html: string) => void inserted.push(html) }) },
        }),
    };
    const session = await initHost({
      url: PANE,
      loadOfficeJs: async () => ({ Office: office, Word: word as never }),
    });
    expect(await session.writeAnswer?.({ kind: "insert", answer: "Texte **clé**", lang: "fr" })).toEqual({
      status: "written",
      kind: "insert",
    });
    expect(inserted).toEqual(["<p>Texte <b>clé</b></p>"]);
  });

  it("fails a write that Office never answers with a way forward", async () => {
    const { office } = officeFor("Excel");
    const excel = { run: () => new Promise<never>(() => undefined) };
    const session = await initHost({
      url: PANE,
      loadOfficeJs: async () => ({ Office: office, Excel: excel }),
      readTimeoutMs: 20,
    });
    await expect(session.writeAnswer?.({ kind: "values", answer: "x", lang: "fr" })).rejects.toMatchObject({
      name: "HostWriteError",
      code: "host_write_failed",
    });
  });

  it("connects to Outlook and reports the item's mode", async () => {
    const { api: mail } = outlookMock({
      mode: "compose",
      subject: "RE: Devis",
      bodyText: "Bonjour, voici le devis demandé hier.",
    });
    const office = Object.assign(mail, { onReady: () => Promise.resolve({ host: "Outlook" }) });
    const session = await initHost({ url: PANE, loadOfficeJs: async () => ({ Office: office }) });
    expect(session).toMatchObject({ host: "outlook", mode: "compose", isPreview: false });
    expect((await session.readContext()).meta.isReply).toBe(true);
  });

  it("reports selection changes once per pause and stops listening when asked", async () => {
    jest.useFakeTimers();
    const { office, handlers, removed } = officeFor("Excel");
    const session = await initHost({ url: PANE, loadOfficeJs: async () => ({ Office: office }) });
    const listener = jest.fn();
    const stop = session.onContextChanged?.(listener);
    const raise = handlers.documentSelectionChanged;
    expect(raise).toBeDefined();
    raise?.();
    raise?.();
    raise?.();
    await jest.advanceTimersByTimeAsync(SELECTION_DEBOUNCE_MS);
    expect(listener).toHaveBeenCalledTimes(1);
    stop?.();
    expect(removed).toEqual(["documentSelectionChanged"]);
  });
});

describe("setPreviewSample", () => {
  it("switches host and sample and tells the listeners", async () => {
    const session = await initHost({ url: `${PANE}?host=word` });
    const listener = jest.fn();
    session.onContextChanged?.(listener);
    await expect(setPreviewSample("claims-table")).resolves.toMatchObject({ host: "excel" });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(session.host).toBe("excel");
    expect((await session.readContext()).meta.hasFormulas).toBe(true);
  });

  it("moves every preview session the pane may hold (React starts effects twice in development)", async () => {
    const first = await initHost({ url: `${PANE}?host=word` });
    const second = await initHost({ url: `${PANE}?host=word` });
    await setPreviewSample("claims-table-en");
    expect([first.host, second.host]).toEqual(["excel", "excel"]);
    expect((await first.readContext()).title).toBe("Claims 2025");
  });

  it("keeps the last of overlapping switches, whichever host's code arrives first", async () => {
    const session = await initHost({ url: `${PANE}?host=word` });
    const listener = jest.fn();
    session.onContextChanged?.(listener);
    const toExcel = setPreviewSample("claims-table");
    const toOutlook = setPreviewSample("late-reimbursement");
    await Promise.all([toExcel, toOutlook]);
    expect((session as PreviewSession).sample.id).toBe("late-reimbursement");
    expect(session.host).toBe("outlook");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("rejects an unknown sample with a stable code, and stays on the sample shown", async () => {
    const session = await initHost({ url: `${PANE}?host=word` });
    const error = await setPreviewSample("nope").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostReadError);
    expect((error as HostReadError).code).toBe("unknown_preview_sample");
    expect(session.host).toBe("word");
  });
});

describe("loadOfficeJs", () => {
  const g = globalThis as { document?: unknown; Office?: unknown };

  afterEach(() => {
    delete g.document;
    delete g.Office;
  });

  /** A document whose appended script loads or fails as told. */
  function fakeDocument(outcome: "load" | "error" | "hang") {
    const appended: { src: string; onload: (() => void) | null; onerror: (() => void) | null }[] = [];
    g.document = {
      createElement: () => ({ src: "", async: false, onload: null, onerror: null }),
      head: {
        appendChild(script: (typeof appended)[number]) {
          appended.push(script);
          void Promise.resolve().then(() => {
            if (outcome === "load") {
              g.Office = officeFor("Word").office;
              script.onload?.();
            } else if (outcome === "error") script.onerror?.();
          });
        },
      },
    };
    return appended;
  }

  it("has nothing to load into without a DOM", async () => {
    await expect(loadOfficeJs()).rejects.toMatchObject({ code: "office_unavailable" });
  });

  it("injects the CDN script and resolves with the Office namespace", async () => {
    const appended = fakeDocument("load");
    const loaded = await loadOfficeJs();
    expect(appended[0]?.src).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(loaded.Office.context.displayLanguage).toBe("fr-FR");
  });

  it("rejects on a network error and on a timeout", async () => {
    fakeDocument("error");
    await expect(loadOfficeJs()).rejects.toMatchObject({ code: "office_unavailable" });

    jest.useFakeTimers();
    fakeDocument("hang");
    const pending = loadOfficeJs({ timeoutMs: 50 });
    const outcome = expect(pending).rejects.toMatchObject({ code: "office_unavailable" });
    await jest.advanceTimersByTimeAsync(50);
    await outcome;
  });
});

describe("supportsNestedAppAuth", () => {
  const withRequirements = (isSetSupported: (name: string, version?: string) => boolean) =>
    ({ context: { requirements: { isSetSupported } } }) as unknown as OfficeApiLike;

  it("asks Office for NestedAppAuth 1.1", () => {
    const asked: string[] = [];
    expect(supportsNestedAppAuth(withRequirements((n, v) => (asked.push(`${n} ${v}`), true)))).toBe(true);
    expect(asked).toEqual(["NestedAppAuth 1.1"]);
    expect(supportsNestedAppAuth(withRequirements(() => false))).toBe(false);
  });

  it("is false outside Office and when Office throws", () => {
    expect(supportsNestedAppAuth(undefined)).toBe(false);
    expect(
      supportsNestedAppAuth(
        withRequirements(() => {
          throw new Error("no requirements API");
        }),
      ),
    ).toBe(false);
  });
});
