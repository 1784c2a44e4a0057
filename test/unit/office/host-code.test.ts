import type { PreviewSession } from "../../../src/office";
import type { LoadedOffice } from "../../../src/office/load-office-js";
import type { OfficeApiLike } from "../../../src/office/seam";
import { OfficeMockObject, wordMock } from "./office-mock";

// The pane's entry starts the host through src/office/connect.ts, which fetches the preview's code or
// Office's session only when needed. Loading a module that must stay out is made to fail the test.
const PANE = "https://localhost:3000/taskpane.html";
const PREVIEW_MODULES = ["preview/start", "preview/session", "preview/samples", "preview/fakes"];

const forbidden: string[] = [];

function forbid(modules: string[]): string[] {
  const loaded: string[] = [];
  for (const name of modules) {
    forbidden.push(name);
    jest.doMock(`../../../src/office/${name}`, () => {
      loaded.push(name);
      throw new Error(`${name} must not be loaded here`);
    });
  }
  return loaded;
}

function wordOffice(): LoadedOffice {
  const office = new OfficeMockObject({
    host: "word",
    context: { displayLanguage: "fr-FR", document: { addHandlerAsync: () => undefined } },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    onReady: () => Promise.resolve({ host: "Word", platform: "OfficeOnline" }),
  }) as unknown as OfficeApiLike;
  const { api: word } = wordMock({ paragraphs: [{ text: "Budget 2026" }] });
  return { Office: office, Word: word };
}

afterEach(() => {
  for (const name of forbidden.splice(0)) jest.dontMock(`../../../src/office/${name}`);
  jest.resetModules();
});

describe("the host's code, fetched only where it runs", () => {
  it("never loads the preview's samples, fakes or session inside Office", async () => {
    let loaded: string[] = [];
    let text = "";
    await jest.isolateModulesAsync(async () => {
      loaded = forbid(PREVIEW_MODULES);
      const { initHost } = await import("../../../src/office/connect");
      const office = wordOffice();
      const session = await initHost({ url: PANE, loadOfficeJs: async () => office });
      expect(session).toMatchObject({ host: "word", isPreview: false });
      text = (await session.readContext()).text;
    });
    expect(loaded).toEqual([]);
    expect(text).toBe("Budget 2026");
  });

  it("starts the preview without the writers, which come with the first insertion", async () => {
    let loaded: string[] = [];
    await jest.isolateModulesAsync(async () => {
      loaded = forbid(["insert"]);
      const { initHost } = await import("../../../src/office/connect");
      const session = await initHost({ url: `${PANE}?host=outlook-read&lang=fr` });
      expect(session).toMatchObject({ host: "outlook", mode: "read", isPreview: true });
      expect((await session.readContext()).text).not.toBe("");
    });
    expect(loaded).toEqual([]);
  });

  it("starts the preview with the open host's code and sample only: no other sample, fakes or adapter", async () => {
    let loaded: string[] = [];
    await jest.isolateModulesAsync(async () => {
      loaded = forbid([
        "preview/kits/word",
        "preview/kits/excel",
        "preview/samples/word",
        "preview/samples/excel",
        "preview/samples/items/late-reimbursement-en",
        "preview/samples/items/complaint-reply",
        "preview/samples/items/meeting-notes",
        "preview/fakes/word",
        "preview/fakes/excel",
        "word",
        "excel",
        "session",
      ]);
      const { initHost } = await import("../../../src/office/connect");
      const session = await initHost({ url: `${PANE}?host=outlook-read&lang=fr` });
      expect(session).toMatchObject({ host: "outlook", mode: "read", isPreview: true });
      expect((await session.readContext()).title).toContain("Remboursement");
    });
    expect(loaded).toEqual([]);
  });

  it("fetches the writers when an answer is first put into the preview's document", async () => {
    const { initHost } = await import("../../../src/office/connect");
    const session = await initHost({ url: `${PANE}?host=word&lang=fr` });
    const outcome = await session.writeAnswer!({ kind: "insert", answer: "Trois points.", lang: "fr" });
    expect(outcome).toMatchObject({ status: "written", kind: "insert" });
    expect((session as PreviewSession).document().blocks.map((b) => b.text)).toContain("Trois points.");
  });
});
