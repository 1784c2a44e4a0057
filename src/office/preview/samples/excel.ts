/** Excel samples: a member's claims table with figures and formulas, in French and English. */
import type { ExcelSampleCell, PreviewSampleContent } from "./types";

type Claim = [date: string, procedure: string, charged: number, statutory: number, mutual: number];

/** Amounts in euros; the out-of-pocket column and the totals are formulas, as a real sheet would have. */
function claimRows(header: string[], totalLabel: string, claims: Claim[]): ExcelSampleCell[][] {
  const rows: ExcelSampleCell[][] = [header];
  claims.forEach(([date, procedure, charged, statutory, mutual], i) => {
    const r = i + 2;
    const rest = Math.round((charged - statutory - mutual) * 100) / 100;
    rows.push([
      { date },
      procedure,
      charged,
      statutory,
      mutual,
      { value: rest, formula: `=C${r}-D${r}-E${r}` },
    ]);
  });
  const last = claims.length + 1;
  const sum = (column: "C" | "D" | "E" | "F", index: number) => ({
    value: Math.round(rows.slice(1).reduce((total, row) => total + cellNumber(row[index]), 0) * 100) / 100,
    formula: `=SUM(${column}2:${column}${last})`,
  });
  rows.push([null, totalLabel, sum("C", 2), sum("D", 3), sum("E", 4), sum("F", 5)]);
  return rows;
}

function cellNumber(cell: ExcelSampleCell | undefined): number {
  if (typeof cell === "number") return cell;
  if (cell && typeof cell === "object" && "value" in cell) return cell.value;
  return 0;
}

const CLAIMS_FR: Claim[] = [
  ["2025-01-08", "Consultation généraliste", 30, 20, 9],
  ["2025-01-15", "Pharmacie", 42.6, 27.69, 14.91],
  ["2025-01-22", "Kinésithérapie (8 séances)", 384, 215.04, 120],
  ["2025-02-03", "Consultation spécialiste (dépassement)", 80, 21, 35],
  ["2025-02-10", "Radiographie", 56.52, 39.56, 16.96],
  ["2025-02-18", "Lunettes (hors 100 % Santé)", 460, 0.09, 250],
  ["2025-02-27", "Détartrage", 43.38, 30.37, 13.01],
  ["2025-03-04", "Hospitalisation – forfait journalier", 60, 0, 60],
  ["2025-03-04", "Dépassement d'honoraires chirurgien", 650, 0, 400],
];
const CLAIMS_EN: Claim[] = [
  ["2025-01-08", "GP consultation", 30, 20, 9],
  ["2025-01-15", "Pharmacy", 42.6, 27.69, 14.91],
  ["2025-01-22", "Physiotherapy (8 sessions)", 384, 215.04, 120],
  ["2025-02-03", "Specialist consultation (extra fee)", 80, 21, 35],
  ["2025-02-10", "X-ray", 56.52, 39.56, 16.96],
  ["2025-02-18", "Glasses (outside 100% Health)", 460, 0.09, 250],
  ["2025-02-27", "Scale and polish", 43.38, 30.37, 13.01],
  ["2025-03-04", "Hospital daily charge", 60, 0, 60],
  ["2025-03-04", "Surgeon's extra fees", 650, 0, 400],
];

const FORMATS = ["date", "text", "euro", "euro", "euro", "euro"] as const;

export const claimsTable: PreviewSampleContent = {
  kind: "excel",
  sheetName: "Remboursements 2025",
  columnFormats: [...FORMATS],
  rows: claimRows(
    ["Date de soins", "Acte", "Montant engagé", "Remboursé SS", "Remboursé mutuelle", "Reste à charge"],
    "Total",
    CLAIMS_FR,
  ),
};

export const claimsTableEn: PreviewSampleContent = {
  kind: "excel",
  sheetName: "Claims 2025",
  columnFormats: [...FORMATS],
  rows: claimRows(
    [
      "Date of care",
      "Procedure",
      "Amount charged",
      "Paid by statutory scheme",
      "Paid by the mutual",
      "Out of pocket",
    ],
    "Total",
    CLAIMS_EN,
  ),
};
