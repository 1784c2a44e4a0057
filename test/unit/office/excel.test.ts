import { readContext, sheetNameOf } from "../../../src/office/excel";
import { HostReadError } from "../../../src/office/errors";
import { excelMock } from "./office-mock";

const claims = [
  ["Date de soins", "Acte", "Montant engagé", "Remboursé SS", "Remboursé mutuelle", "Reste à charge"],
  [45700, "Consultation généraliste", 30, 20, 9, 1],
  [45702, "Kinésithérapie", 48, 28.8, 19.2, 0],
  [45710, "Lunettes", 420, 0.09, 200, 219.91],
];
const claimsText = [
  claims[0] as string[],
  ["12/02/2025", "Consultation généraliste", "30,00 €", "20,00 €", "9,00 €", "1,00 €"],
  ["14/02/2025", "Kinésithérapie", "48,00 €", "28,80 €", "19,20 €", "0,00 €"],
  ["22/02/2025", "Lunettes", "420,00 €", "0,09 €", "200,00 €", "219,91 €"],
];

describe("Excel adapter", () => {
  it("reads displayed values, address, header row, numeric share and formulas", async () => {
    const formulas = claims.map((row, r) =>
      row.map((v, c) => (r > 0 && c === 5 ? `=C${r + 1}-D${r + 1}-E${r + 1}` : v)),
    );
    const { api } = excelMock({
      areas: [{ address: "Sinistres!A1:F4", values: claims, text: claimsText, formulas }],
    });
    const context = await readContext({}, api);
    expect(context).toMatchObject({
      host: "excel",
      mode: "edit",
      title: "Sinistres",
      isSelection: true,
      truncated: false,
    });
    expect(context.text.split("\n")[1]).toBe(
      "12/02/2025\tConsultation généraliste\t30,00 €\t20,00 €\t9,00 €\t1,00 €",
    );
    expect(context.tables).toEqual([{ address: "Sinistres!A1:F4", rows: claimsText, hasHeader: true }]);
    expect(context.meta).toMatchObject({
      address: "Sinistres!A1:F4",
      rowCount: 4,
      columnCount: 6,
      hasFormulas: true,
    });
    // 15 numbers out of 24 non-empty cells (the header labels and the three "Acte" texts are not numbers).
    expect(context.meta.numericShare).toBe(0.625);
    expect(context.notice).toBeUndefined();
  });

  it("sees no header and no formulas in a plain block of figures", async () => {
    const { api } = excelMock({
      areas: [
        {
          address: "Feuil1!B2:C3",
          values: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    const context = await readContext({}, api);
    expect(context.tables[0]?.hasHeader).toBe(false);
    expect(context.meta).toMatchObject({ hasFormulas: false, numericShare: 1 });
  });

  it("reads a single empty cell as an empty selection", async () => {
    const { api } = excelMock({ areas: [{ address: "Feuil1!D7", values: [[""]] }] });
    const context = await readContext({}, api);
    expect(context).toMatchObject({ text: "", tables: [], truncated: false, isSelection: true });
    expect(context.meta.numericShare).toBe(0);
  });

  it("reads the first area of a multi-area selection with a notice in French and English", async () => {
    const { api } = excelMock({
      areas: [
        {
          address: "Sinistres!A1:B2",
          values: [
            ["Acte", "Montant"],
            ["Pharmacie", 12.5],
          ],
        },
        { address: "Sinistres!E1:E9", values: [[1]] },
      ],
    });
    const context = await readContext({}, api);
    expect(context.noticeCode).toBe("multi_area_selection");
    expect(context.notice?.fr).toMatch(/Plusieurs zones/);
    expect(context.notice?.en).toMatch(/Several areas/);
    expect(context.meta.address).toBe("Sinistres!A1:B2");
    expect(context.text).toBe("Acte\tMontant\nPharmacie\t12.5");
  });

  it("reads a whole-column selection only up to the row bound and says so", async () => {
    const boundedValues = Array.from({ length: 50 }, (_, i) => [i === 0 ? "Montant" : i * 10, ""]);
    const { api } = excelMock({
      areas: [
        {
          address: "Sinistres!A:B",
          values: [[]],
          rowCount: 1_048_576,
          columnCount: 2,
          bounded: { address: "Sinistres!A1:B50", values: boundedValues },
        },
      ],
    });
    const context = await readContext({ maxRows: 50 }, api);
    expect(context.truncated).toBe(true);
    expect(context.noticeCode).toBe("range_bounded");
    expect(context.notice?.fr).toContain("50 premières lignes");
    expect(context.meta).toMatchObject({ rowCount: 1_048_576, columnCount: 2 });
    // The empty second column is dropped; the header is found above the figures.
    expect(context.tables[0]?.rows).toHaveLength(50);
    expect(context.tables[0]?.rows[0]).toEqual(["Montant"]);
    expect(context.tables[0]?.hasHeader).toBe(true);
  });

  it("keeps whole rows within maxChars", async () => {
    const values = Array.from({ length: 100 }, (_, i) => [`Ligne ${i}`, i]);
    const { api } = excelMock({ areas: [{ address: "Feuil1!A1:B100", values }] });
    const context = await readContext({ maxChars: 100 }, api);
    expect(context.truncated).toBe(true);
    expect(context.text.length).toBeLessThanOrEqual(100);
    expect(context.text.endsWith("\n")).toBe(false);
    expect(context.tables[0]?.rows.length).toBe(context.text.split("\n").length);
  });

  it("works on hosts without getSelectedRanges", async () => {
    const { api } = excelMock({ areas: [{ address: "Feuil1!A1", values: [[42]] }], noAreasApi: true });
    expect((await readContext({}, api)).text).toBe("42");
  });

  it("does not ask for the selection's areas on hosts without ExcelApi 1.9", async () => {
    const { api } = excelMock({ areas: [{ address: "Feuil1!A1", values: [[7]] }], areasApiFails: true });
    await expect(readContext({}, api)).rejects.toMatchObject({ code: "host_read_failed" });
    expect((await readContext({ excelApi19: false }, api)).text).toBe("7");
  });

  it("turns a failing Office call into a HostReadError", async () => {
    const { api } = excelMock({ areas: [{ address: "Feuil1!A1", values: [[1]] }], failSync: true });
    const error = await readContext({}, api).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostReadError);
    expect((error as HostReadError).code).toBe("host_read_failed");
  });

  it("takes the sheet name from an address, quoted or not", () => {
    expect(sheetNameOf("'Sinistres 2024'!A1:F20")).toBe("Sinistres 2024");
    expect(sheetNameOf("Feuil1!A1")).toBe("Feuil1");
    expect(sheetNameOf("A1")).toBe("");
  });
});
