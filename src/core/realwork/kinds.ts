/**
 * How a model's answer went into real work: inserted at the cursor or replacing the selection (Word,
 * Outlook compose), a reply opened with it (Outlook read), a table, values or a formula written into a
 * sheet (Excel), or copied. Stored as a count with its kind, never the text.
 */
export const REAL_WORK_KINDS = ["insert", "replace", "reply", "table", "values", "formula", "copy"] as const;
export type RealWorkKind = (typeof REAL_WORK_KINDS)[number];
