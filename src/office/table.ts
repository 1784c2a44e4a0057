/** Table helpers shared by the Word and Excel adapters. */

export function isNumericCell(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "string") return false;
  // Displayed figures: "1 234,56 €", "-12.5", "45 %".
  const compact = value.replace(/[\s\u00a0\u202f€$£%]/g, "");
  return compact !== "" && /^[-+]?(?:\d+(?:[.,]\d+)*)$/.test(compact);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A first row is a header when it is mostly filled with short, distinct, non-numeric labels and either the
 * rows below hold numbers or they differ in kind from it (the usual claims-table shape).
 */
export function detectHeaderRow(rows: unknown[][]): boolean {
  const [first, ...body] = rows;
  if (!first || body.length === 0) return false;
  const labels = first.filter((cell) => !isBlank(cell));
  if (labels.length === 0 || labels.length < first.length / 2) return false;
  if (!labels.every((cell) => typeof cell === "string" && !isNumericCell(cell) && cell.length <= 60))
    return false;
  if (new Set(labels.map((cell) => String(cell).trim().toLowerCase())).size !== labels.length) return false;
  // Text-only tables: short labels above longer content still read as a header.
  const bodyHasNumbers = body.some((row) => row.some((cell) => isNumericCell(cell)));
  return bodyHasNumbers || labels.every((cell) => String(cell).length <= 30);
}

/** Drops trailing rows and columns that are entirely blank (a whole-column selection is mostly empty). */
export function trimBlankEdges<T>(rows: T[][]): T[][] {
  let lastRow = rows.length - 1;
  while (lastRow >= 0 && (rows[lastRow] ?? []).every(isBlank)) lastRow--;
  const kept = rows.slice(0, lastRow + 1);
  let lastColumn = Math.max(0, ...kept.map((row) => row.length)) - 1;
  while (lastColumn >= 0 && kept.every((row) => isBlank(row[lastColumn]))) lastColumn--;
  return kept.map((row) => row.slice(0, lastColumn + 1));
}
