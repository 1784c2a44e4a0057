import { OfficeMockObject } from "./office-mock";
import { writeExcel, writeOutlook, writeWord, sheetCells } from "../../../src/office/insert";
import { HostWriteError, writeErrorFrom } from "../../../src/office/write-errors";
import type { ExcelApiLike, OfficeApiLike, WordApiLike } from "../../../src/office/seam";

type MockData = Record<string, unknown>;

function runner(context: MockData): MockData {
  return {
    context,
    run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
}

const ANSWER = "Bonjour **Mme Martin**,\n\n- dossier complet\n- paiement le 12 mars";
const ANSWER_HTML =
  "<p>Bonjour <b>Mme Martin</b>,</p><ul><li>dossier complet</li><li>paiement le 12 mars</li></ul>";

function wordMock(options: { failSync?: MockData } = {}) {
  const inserted: Array<[string, string]> = [];
  const context: MockData = {
    document: {
      selection: {
        text: "",
        insertHtml(html: string, location: string) {
          inserted.push([html, location]);
        },
      },
      getSelection(this: { selection: unknown }) {
        return this.selection;
      },
    },
  };
  if (options.failSync) context.sync = () => Promise.reject(Object.assign(new Error("x"), options.failSync));
  const mock = new OfficeMockObject(runner(context));
  return { inserted, api: mock as unknown as WordApiLike };
}

describe("Word insertion", () => {
  it("inserts the answer as HTML after the cursor, keeping paragraphs, lists and bold", async () => {
    const { inserted, api } = wordMock();
    const outcome = await writeWord(api, { kind: "insert", answer: ANSWER, lang: "fr" });
    expect(outcome).toEqual({ status: "written", kind: "insert" });
    expect(inserted).toEqual([[ANSWER_HTML, "After"]]);
  });

  it("replaces the selection", async () => {
    const { inserted, api } = wordMock();
    await writeWord(api, { kind: "replace", answer: "Texte **revu**", lang: "fr" });
    expect(inserted).toEqual([["<p>Texte <b>revu</b></p>", "Replace"]]);
  });

  it("says the document is read-only, with a way forward, when Word refuses the change", async () => {
    const { api } = wordMock({ failSync: { code: "AccessDenied" } });
    const error = await writeWord(api, { kind: "insert", answer: ANSWER, lang: "fr" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostWriteError);
    expect(error).toMatchObject({ code: "read_only" });
    expect((error as HostWriteError).localized.fr).toContain("copier la réponse");
  });

  it("refuses kinds Word has no place for", async () => {
    const { api, inserted } = wordMock();
    await expect(writeWord(api, { kind: "reply", answer: ANSWER, lang: "fr" })).rejects.toMatchObject({
      code: "not_supported",
    });
    expect(inserted).toEqual([]);
  });
});

function outlookMock(options: { mode: "read" | "compose"; bodyType?: "html" | "text"; failSet?: boolean }) {
  const written: Array<{ data: string; coercionType: string }> = [];
  const replies: unknown[] = [];
  const later = (callback: (r: unknown) => void, result: unknown) => callback(result);
  const item: MockData =
    options.mode === "read"
      ? {
          subject: "Remboursement",
          body: {
            getAsync: (_c: string, cb: (r: unknown) => void) => later(cb, { status: "succeeded", value: "" }),
          },
          displayReplyForm(form: unknown) {
            replies.push(form);
          },
        }
      : {
          subject: {
            getAsync: (cb: (r: unknown) => void) => later(cb, { status: "succeeded", value: "RE: x" }),
          },
          body: {
            getAsync: (_c: string, cb: (r: unknown) => void) => later(cb, { status: "succeeded", value: "" }),
            getTypeAsync: (cb: (r: unknown) => void) =>
              later(cb, { status: "succeeded", value: options.bodyType ?? "html" }),
            setSelectedDataAsync(data: string, opts: { coercionType: string }, cb: (r: unknown) => void) {
              if (options.failSet)
                return later(cb, {
                  status: "failed",
                  value: undefined,
                  error: { code: 9041, message: "No focus" },
                });
              written.push({ data, coercionType: opts.coercionType });
              later(cb, { status: "succeeded", value: undefined });
            },
          },
        };
  const mock = new OfficeMockObject({
    host: "outlook",
    context: { mailbox: { item } },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  });
  return { written, replies, api: mock as unknown as OfficeApiLike };
}

describe("Outlook insertion", () => {
  it("inserts HTML at the cursor of an HTML message being written", async () => {
    const { api, written } = outlookMock({ mode: "compose" });
    expect(await writeOutlook(api, { kind: "insert", answer: ANSWER, lang: "fr" })).toEqual({
      status: "written",
      kind: "insert",
    });
    expect(written).toEqual([{ data: ANSWER_HTML, coercionType: "html" }]);
  });

  it("inserts plain text, lists kept as lines, into a plain-text message", async () => {
    const { api, written } = outlookMock({ mode: "compose", bodyType: "text" });
    await writeOutlook(api, { kind: "insert", answer: ANSWER, lang: "fr" });
    expect(written).toEqual([
      { data: "Bonjour Mme Martin,\n\n- dossier complet\n- paiement le 12 mars", coercionType: "text" },
    ]);
  });

  it("opens a reply holding the answer from a message being read", async () => {
    const { api, replies } = outlookMock({ mode: "read" });
    await writeOutlook(api, { kind: "reply", answer: ANSWER, lang: "fr" });
    expect(replies).toEqual([{ htmlBody: ANSWER_HTML }]);
  });

  it("offers no insertion into a message being read, nor a reply from one being written", async () => {
    await expect(
      writeOutlook(outlookMock({ mode: "read" }).api, { kind: "insert", answer: ANSWER, lang: "fr" }),
    ).rejects.toMatchObject({ code: "not_supported" });
    await expect(
      writeOutlook(outlookMock({ mode: "compose" }).api, { kind: "reply", answer: ANSWER, lang: "fr" }),
    ).rejects.toMatchObject({ code: "not_supported" });
  });

  it("says the cursor was lost when Outlook has no focus for the insertion", async () => {
    const { api } = outlookMock({ mode: "compose", failSet: true });
    await expect(writeOutlook(api, { kind: "insert", answer: ANSWER, lang: "fr" })).rejects.toMatchObject({
      code: "selection_lost",
    });
  });
});

interface CellInput {
  address: string;
  values: unknown[][];
}

function excelMock(options: { target: CellInput; active?: string; failSync?: MockData; api17?: boolean }) {
  const written: { values?: unknown; formulasLocal?: unknown; formulas?: unknown } = {};
  const target: MockData = { address: options.target.address, values: options.target.values };
  const active: MockData = {
    address: options.active ?? "Feuil1!F10",
    formulasLocal: [[""]],
    formulas: [[""]],
  };
  const resizes: Array<[number, number]> = [];
  const workbook: MockData = {
    selected: {
      topLeft: {
        target,
        getResizedRange(this: { target: unknown }, rows: number, columns: number) {
          resizes.push([rows, columns]);
          return this.target;
        },
      },
      getCell(this: { topLeft: unknown }) {
        return this.topLeft;
      },
    },
    getSelectedRange(this: { selected: unknown }) {
      return this.selected;
    },
  };
  if (options.api17 !== false) {
    workbook.active = active;
    workbook.getActiveCell = function (this: { active: unknown }) {
      return this.active;
    };
  }
  const context: MockData = { workbook };
  if (options.failSync) context.sync = () => Promise.reject(Object.assign(new Error("x"), options.failSync));
  const mock = new OfficeMockObject(runner(context));
  const api = mock as unknown as ExcelApiLike;
  const read = () => {
    const ctx = (mock as unknown as { context: { workbook: MockData } }).context.workbook;
    const selected = ctx.selected as { topLeft: { target: { values: unknown } } };
    written.values = selected.topLeft.target.values;
    written.formulasLocal = (ctx.active as { formulasLocal?: unknown } | undefined)?.formulasLocal;
    written.formulas = (ctx.active as { formulas?: unknown } | undefined)?.formulas;
    return written;
  };
  return { api, read, resizes };
}

const TABLE =
  "Voici :\n\n| Motif | Nombre | Part |\n|---|---|---|\n| Pièce manquante | 12 | 40 % |\n| =cmd | 3 | 10 % |";

describe("Excel insertion", () => {
  it("writes a table at the selection, resized to fit, numbers as numbers and formula-like text as text", async () => {
    const { api, read, resizes } = excelMock({
      target: {
        address: "Feuil1!H2:J4",
        values: [
          ["", "", ""],
          ["", "", ""],
          ["", "", ""],
        ],
      },
    });
    const outcome = await writeExcel(api, { kind: "table", answer: TABLE, lang: "fr" });
    expect(outcome).toEqual({ status: "written", kind: "table", address: "H2:J4" });
    expect(resizes).toEqual([[2, 2]]);
    expect(read().values).toEqual([
      ["Motif", "Nombre", "Part"],
      ["Pièce manquante", 12, 0.4],
      ["'=cmd", 3, 0.1],
    ]);
  });

  it("asks before writing over cells that are not empty, then writes once confirmed", async () => {
    const { api, read } = excelMock({ target: { address: "Feuil1!A1:A2", values: [["Total"], [""]] } });
    const answer = "Relancer M. Durand\nClore le dossier";
    const asked = await writeExcel(api, { kind: "values", answer, lang: "fr" });
    expect(asked).toEqual({ status: "confirm", kind: "values", reason: "overwrite", address: "A1:A2" });
    expect(read().values).toEqual([["Total"], [""]]);
    const done = await writeExcel(api, { kind: "values", answer, lang: "fr", confirmed: true });
    expect(done).toMatchObject({ status: "written", address: "A1:A2" });
    expect(read().values).toEqual([["Relancer M. Durand"], ["Clore le dossier"]]);
  });

  it("puts a formula into the active cell, in the user's language, only after confirmation", async () => {
    const { api, read } = excelMock({
      target: { address: "Feuil1!A1", values: [[""]] },
      active: "Feuil1!C12",
    });
    const answer = "Utilisez :\n```\n=SOMME(C2:C11)\n```";
    const asked = await writeExcel(api, { kind: "formula", answer, lang: "fr" });
    expect(asked).toEqual({
      status: "confirm",
      kind: "formula",
      reason: "formula",
      address: "C12",
      formula: "=SOMME(C2:C11)",
    });
    await writeExcel(api, { kind: "formula", answer, lang: "fr", confirmed: true });
    expect(read().formulasLocal).toEqual([["=SOMME(C2:C11)"]]);
  });

  it("puts a formula with English function names in through formulas, which every Excel translates", async () => {
    const { api, read } = excelMock({
      target: { address: "Feuil1!A1", values: [[""]] },
      active: "Feuil1!D4",
    });
    const answer = 'Dans D4 :\n```\n=IFERROR(VLOOKUP(A2,Tarifs!A:B,2,FALSE),"")\n```';
    await writeExcel(api, { kind: "formula", answer, lang: "fr", confirmed: true });
    expect(read().formulas).toEqual([['=IFERROR(VLOOKUP(A2,Tarifs!A:B,2,FALSE),"")']]);
    expect(JSON.stringify(read().formulasLocal)).not.toContain("IFERROR");
  });

  it("says a cell is being edited when Excel refuses for that reason", async () => {
    const { api } = excelMock({
      target: { address: "Feuil1!A1", values: [[""]] },
      failSync: { code: "InvalidOperationInCellEditMode" },
    });
    await expect(writeExcel(api, { kind: "values", answer: "x", lang: "fr" })).rejects.toMatchObject({
      code: "cell_editing",
    });
  });

  it("pads ragged rows so Excel gets a rectangle", () => {
    expect(sheetCells({ kind: "table", answer: "a\tb\tc\n1\t2\t3\nx\ty\tz", lang: "en" })).toEqual([
      ["a", "b", "c"],
      [1, 2, 3],
      ["x", "y", "z"],
    ]);
    expect(sheetCells({ kind: "values", answer: "un\n\ndeux", lang: "fr" })).toEqual([["un"], ["deux"]]);
  });
});

describe("write errors", () => {
  it.each([
    [{ code: "AccessDenied" }, "read_only"],
    [{ code: 9041, message: "no focus" }, "selection_lost"],
    [{ code: "ItemNotFound" }, "selection_lost"],
    [{ code: "ApiNotFound" }, "not_supported"],
    [{ code: "GeneralException" }, "host_write_failed"],
    [undefined, "host_write_failed"],
  ])("maps Office's %p to %s", (error, code) => {
    expect(writeErrorFrom(error).code).toBe(code);
  });
});
