import { readContext } from "../../../src/office/word";
import { HostReadError } from "../../../src/office/errors";
import { wordMock } from "./office-mock";

const notes = [
  { text: "Compte rendu — comité qualité", styleBuiltIn: "Title" },
  { text: "Participants", styleBuiltIn: "Heading1" },
  { text: "Mme Martin (prestations), M. Durand (relation adhérents)." },
  { text: "" },
  { text: "Décisions", styleBuiltIn: "Heading1" },
  { text: "Le délai de remboursement cible passe à 5 jours ouvrés." },
  { text: "Actions", outlineLevel: 2 },
  { text: "Mettre à jour le modèle de courrier avant le 15 mars." },
];

describe("Word adapter", () => {
  it("reads the whole body with paragraph count and headings when nothing is selected", async () => {
    const { api } = wordMock({ paragraphs: notes });
    const context = await readContext({}, api);
    expect(context).toMatchObject({ host: "word", mode: "edit", isSelection: false, truncated: false });
    expect(context.text.split("\n")).toContain("Le délai de remboursement cible passe à 5 jours ouvrés.");
    expect(context.text).not.toContain("\r");
    expect(context.meta.paragraphCount).toBe(7);
    expect(context.meta.headings).toEqual([
      "Compte rendu — comité qualité",
      "Participants",
      "Décisions",
      "Actions",
    ]);
    expect(context.title).toBe("Compte rendu — comité qualité");
  });

  it("reads only the selection when there is one", async () => {
    const selected = "Le délai de remboursement cible passe à 5 jours ouvrés.";
    const { api } = wordMock({
      paragraphs: notes,
      selection: selected,
      selectionParagraphs: [{ text: selected }],
    });
    const context = await readContext({}, api);
    expect(context.isSelection).toBe(true);
    expect(context.text).toBe(selected);
    expect(context.meta.paragraphCount).toBe(1);
    expect(context.meta.headings).toEqual([]);
  });

  it("treats a whitespace-only selection as no selection", async () => {
    const { api } = wordMock({ paragraphs: notes, selection: " \r " });
    const context = await readContext({}, api);
    expect(context.isSelection).toBe(false);
    expect(context.meta.paragraphCount).toBe(7);
  });

  it("reads an empty document as empty text", async () => {
    const { api } = wordMock({ paragraphs: [{ text: "" }] });
    const context = await readContext({}, api);
    expect(context).toMatchObject({ text: "", isSelection: false, truncated: false, title: "" });
    expect(context.meta.paragraphCount).toBe(0);
  });

  it("bounds the text to maxChars and says it was truncated", async () => {
    const long = Array.from({ length: 400 }, (_, i) => ({
      text: `Paragraphe ${i} sur la politique de remboursement.`,
    }));
    const { api } = wordMock({ paragraphs: long });
    const context = await readContext({ maxChars: 1000 }, api);
    expect(context.truncated).toBe(true);
    expect(context.text.length).toBeLessThanOrEqual(1000);
    expect(context.meta.paragraphCount).toBe(400);
  });

  it("prefers the document title property and returns the first tables", async () => {
    const table = [
      ["Acte", "Taux"],
      ["Consultation", "70 %"],
    ];
    const { api } = wordMock({ paragraphs: notes, tables: [table], title: "Comité qualité" });
    const context = await readContext({}, api);
    expect(context.title).toBe("Comité qualité");
    expect(context.tables).toEqual([{ rows: table, hasHeader: true }]);
  });

  it("turns a failing Office call into a HostReadError with a stable code", async () => {
    const { api } = wordMock({ paragraphs: notes, failSync: true });
    const error = await readContext({}, api).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostReadError);
    expect((error as HostReadError).code).toBe("host_read_failed");
    expect((error as HostReadError).messageIn("fr")).toMatch(/Impossible de lire/);
    expect((error as HostReadError).message).toContain("GeneralException");
  });

  it("asks a WordApi 1.1 host only for what it has, with headings from outline levels", async () => {
    const { api } = wordMock({
      wordApi11: true,
      paragraphs: [{ text: "Synthèse", outlineLevel: 1 }, { text: "Le délai moyen a baissé." }],
    });
    const context = await readContext({ wordApi13: false }, api);
    expect(context).toMatchObject({
      title: "Synthèse",
      tables: [],
      meta: { headings: ["Synthèse"], paragraphCount: 2 },
    });
  });
});
