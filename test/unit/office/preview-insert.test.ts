import { previewSamples } from "../../../src/office";
import { previewKit } from "../../../src/office/preview/kit";
import { createPreviewSession } from "../../../src/office/preview/session";

async function session(sampleId: string) {
  const sample = previewSamples[sampleId];
  if (!sample) throw new Error(`no sample ${sampleId}`);
  return createPreviewSession({ sample, kit: await previewKit(sample.host) });
}

describe("preview documents show what the pane inserts", () => {
  it("Word: the inserted answer follows the document's text, marked, and listeners hear of it", async () => {
    const preview = await session("meeting-notes");
    const changes: number[] = [];
    preview.onDocumentChanged(() => changes.push(preview.document().writes));
    expect(preview.document().writes).toBe(0);
    await preview.writeAnswer({
      kind: "insert",
      answer: "Synthèse pour **Mme Martin** :\n- point un",
      lang: "fr",
    });
    const view = preview.document();
    expect(changes).toEqual([1]);
    const last = view.blocks[view.blocks.length - 1];
    expect(last).toEqual({ text: "Synthèse pour Mme Martin :\n\n- point un", inserted: true });
    expect(view.blocks.filter((b) => !b.inserted).length).toBeGreaterThan(3);
  });

  it("Outlook compose: the answer sits at the top of the message being written", async () => {
    const preview = await session("complaint-reply");
    await preview.writeAnswer({
      kind: "insert",
      answer: "Madame, nous avons bien reçu votre dossier.",
      lang: "fr",
    });
    expect(preview.document().blocks[0]).toEqual({
      text: "Madame, nous avons bien reçu votre dossier.",
      inserted: true,
    });
  });

  it("Outlook read: a reply form opens holding the answer", async () => {
    const preview = await session("late-reimbursement");
    await preview.writeAnswer({
      kind: "reply",
      answer: "Bonjour,\n\nVotre remboursement part demain.",
      lang: "fr",
    });
    expect(preview.document().replies).toEqual(["Bonjour,\n\nVotre remboursement part demain."]);
  });

  it("Excel: a formula lands under the table after confirmation, and the sheet shows it", async () => {
    const preview = await session("claims-table");
    const rows = preview.document().grid?.rows.length ?? 0;
    const asked = await preview.writeAnswer({ kind: "formula", answer: "=SOMME(C2:C5)", lang: "fr" });
    expect(asked).toMatchObject({ status: "confirm", reason: "formula", address: `A${rows + 1}` });
    expect(preview.document().writes).toBe(0);
    await preview.writeAnswer({ kind: "formula", answer: "=SOMME(C2:C5)", lang: "fr", confirmed: true });
    const grid = preview.document().grid;
    expect(grid?.rows[rows]?.[0]).toEqual({ text: "=SOMME(C2:C5)", written: true });
  });

  it("Excel: a table over the selected data asks first, then replaces the cells shown", async () => {
    const preview = await session("claims-table");
    const answer = "| Acte | Total |\n|---|---|\n| Consultation | 1 250,50 |";
    expect(await preview.writeAnswer({ kind: "table", answer, lang: "fr" })).toMatchObject({
      status: "confirm",
      reason: "overwrite",
      address: "A1:B2",
    });
    await preview.writeAnswer({ kind: "table", answer, lang: "fr", confirmed: true });
    const grid = preview.document().grid;
    expect(grid?.rows[1]?.slice(0, 2)).toEqual([
      { text: "Consultation", written: true },
      { text: "1250.5", written: true },
    ]);
  });

  it("keeps each sample's insertions when the preview switches away and back", async () => {
    const preview = await session("meeting-notes");
    await preview.writeAnswer({ kind: "replace", answer: "Nouveau texte", lang: "fr" });
    await preview.setSample("late-reimbursement");
    expect(preview.document().writes).toBe(0);
    await preview.setSample("meeting-notes");
    expect(preview.document().writes).toBe(1);
  });
});
